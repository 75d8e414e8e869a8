package org.kaodian.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Properties;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Talks to a group's SMTP server for one run: the security settings, one authenticated connection,
 * and retries of failures that left a message undelivered for sure.
 */
final class Sender implements AutoCloseable {
  /** How one message ended. */
  enum Result {
    SENT,
    /** The server refused it for good (5xx). */
    REFUSED,
    /** Not delivered: a transient failure outlasted the retries, or a 4xx reply to the end of the message. */
    FAILED,
    /** The whole message went out and no reply came: it may or may not have been accepted. */
    UNCERTAIN,
    /** Another run took the member-week over before the end of the message; nothing was delivered. */
    CLAIM_LOST
  }

  /** The outcome and what the server or connection said. */
  record Delivery(Result result, String detail) {}

  /** The send's hold on its member-week in the store. */
  interface Hold {
    /** Shows the run is alive before an attempt; false when the claim was taken over. */
    boolean renew() throws Exception;

    /** Called just before the end of the message goes out; false stops before anything is delivered. */
    boolean commit() throws Exception;
  }

  private final GroupConfig.Smtp smtp;
  private final PrintWriter log;
  private final GuardedTransport transport;

  private Sender(GroupConfig.Smtp smtp, PrintWriter log, GuardedTransport transport) {
    this.smtp = smtp;
    this.log = log;
    this.transport = transport;
  }

  /** Connects and authenticates once, before anyone is sent anything. */
  static Sender connect(GroupConfig.Smtp s, PrintWriter log) throws WeeklyMailer.StopException {
    GuardedTransport t = new GuardedTransport(session(s), s.security());
    try {
      t.connect(s.host(), s.port(), s.user(), s.password());
      return new Sender(s, log, t);
    } catch (AuthenticationFailedException e) {
      throw new WeeklyMailer.StopException("SMTP authentication failed for user " + s.user() + " at " + s.host()
          + "; nothing was sent", e);
    } catch (MessagingException e) {
      String why = e.getMessage() == null ? e.toString() : e.getMessage();
      String lower = why.toLowerCase(Locale.ROOT);
      boolean tls = lower.contains("tls") || lower.contains("ssl") || e.getCause() instanceof SSLException;
      throw new WeeklyMailer.StopException((tls ? "TLS failed with " : "cannot connect to ") + s.host() + ":" + s.port()
          + " (" + why + "); nothing was sent", e);
    } catch (IOException e) {
      throw new WeeklyMailer.StopException("cannot read the SMTP password: " + e.getMessage() + "; nothing was sent", e);
    }
  }

  static Session session(GroupConfig.Smtp s) {
    Properties p = new Properties();
    String proto = protocol(s.security());
    p.put("mail.transport.protocol", proto);
    p.put("mail." + proto + ".host", s.host());
    p.put("mail." + proto + ".port", String.valueOf(s.port()));
    p.put("mail." + proto + ".auth", String.valueOf(s.user() != null));
    p.put("mail." + proto + ".connectiontimeout", String.valueOf(s.timeoutMillis()));
    p.put("mail." + proto + ".timeout", String.valueOf(s.timeoutMillis()));
    p.put("mail." + proto + ".writetimeout", String.valueOf(s.timeoutMillis()));
    switch (s.security()) {
      case STARTTLS -> {
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true");
        p.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      case SSL -> p.put("mail.smtps.ssl.checkserveridentity", "true");
      case NONE -> { }
    }
    return Session.getInstance(p);
  }

  private static String protocol(GroupConfig.Security security) {
    return security == GroupConfig.Security.SSL ? "smtps" : "smtp";
  }

  /**
   * Sends one message. Failures before the end of the message are retried with backoff (nothing
   * was delivered); once the end has gone out nothing is retried: a reply decides, and no reply is
   * {@link Result#UNCERTAIN}, because sending again could deliver a second copy.
   */
  Delivery send(MimeMessage msg, Hold hold) throws MessagingException {
    String last = null;
    for (int attempt = 0; attempt <= smtp.retries(); attempt++) {
      if (!renew(hold)) {
        return new Delivery(Result.CLAIM_LOST, "claim taken over by another run");
      }
      transport.arm(hold);
      try {
        if (!transport.isConnected()) {
          transport.connect(smtp.host(), smtp.port(), smtp.user(), smtp.password());
        }
        transport.sendMessage(msg, msg.getAllRecipients());
        return new Delivery(Result.SENT, null);
      } catch (MessagingException | IOException e) {
        boolean committed = transport.committed;
        if (!(e instanceof SendFailedException) || committed) {
          closeQuietly();
        }
        if (transport.lost) {
          return new Delivery(Result.CLAIM_LOST, "claim taken over by another run");
        }
        int code = e instanceof MessagingException me ? code(me) : 0;
        if (committed) {
          if (code >= 500) {
            return new Delivery(Result.REFUSED, "server refused (" + code + " " + firstLine(e) + ")");
          }
          if (code >= 400) {
            return new Delivery(Result.FAILED, "server refused for now (" + code + " " + firstLine(e) + ")");
          }
          return new Delivery(Result.UNCERTAIN, "the whole message went out but no reply came (" + firstLine(e) + ")");
        }
        if (e instanceof SendFailedException sf) {
          last = "server refused (" + (code > 0 ? code + " " : "") + firstLine(e) + ")";
          if (code >= 500 || code == 0 && sf.getInvalidAddresses() != null && sf.getInvalidAddresses().length > 0) {
            return new Delivery(Result.REFUSED, last);
          }
        } else {
          last = firstLine(e);
        }
      }
      if (attempt < smtp.retries()) {
        log.println("transient failure (" + last + "), retrying");
        sleep(smtp.retryDelayMillis() << attempt);
      }
    }
    return new Delivery(Result.FAILED, last);
  }

  private static boolean renew(Hold hold) throws MessagingException {
    try {
      return hold.renew();
    } catch (Exception e) {
      throw new MessagingException("cannot renew the claim in the store: " + e.getMessage(), e);
    }
  }

  private void closeQuietly() {
    try {
      transport.close();
    } catch (MessagingException ignored) {
      // the connection is being replaced
    }
  }

  @Override
  public void close() throws MessagingException {
    transport.close();
  }

  private static int code(MessagingException e) {
    for (Exception x = e; x != null; x = x instanceof MessagingException me ? me.getNextException() : null) {
      if (x instanceof SMTPAddressFailedException a) {
        return a.getReturnCode();
      }
      if (x instanceof SMTPSendFailedException f) {
        return f.getReturnCode();
      }
    }
    return 0;
  }

  private static String firstLine(Exception e) {
    Exception x = e;
    if (e instanceof MessagingException me && me.getNextException() != null) {
      x = me.getNextException();
    }
    String m = x.getMessage() == null ? x.toString() : x.getMessage();
    return m.lines().findFirst().orElse(m).strip();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The SMTP transport with one hook: before the final "." that ends DATA (after which the server may
   * accept the message) it asks the hold to commit, and remembers whether it did.
   */
  private static final class GuardedTransport extends SMTPTransport {
    private Hold hold;
    boolean committed;
    boolean lost;

    GuardedTransport(Session session, GroupConfig.Security security) {
      super(session, new URLName(protocol(security), null, -1, null, null, null), protocol(security),
          security == GroupConfig.Security.SSL);
    }

    void arm(Hold h) {
      this.hold = h;
      this.committed = false;
      this.lost = false;
    }

    @Override
    protected void finishData() throws IOException, MessagingException {
      boolean ours;
      try {
        ours = hold.commit();
      } catch (Exception e) {
        throw new MessagingException("cannot record the send in the store: " + e.getMessage(), e);
      }
      if (!ours) {
        lost = true;
        throw new MessagingException("claim taken over by another run; the message was not ended");
      }
      committed = true;
      super.finishData();
    }
  }
}
