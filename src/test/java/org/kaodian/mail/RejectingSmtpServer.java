package org.kaodian.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal loopback SMTP peer that answers 550 to one recipient, for the test of a member the
 * server rejects while others are delivered; or that, once, takes a whole message for another
 * recipient and drops the connection before replying to its end. Speaks only the commands Jakarta
 * Mail sends.
 */
final class RejectingSmtpServer implements AutoCloseable {
  final List<String> delivered = new CopyOnWriteArrayList<>();
  private final ServerSocket socket;
  private final String rejected;
  private String dropAfterDataOnce;
  private final Thread thread;

  RejectingSmtpServer(String rejected) throws IOException {
    this(rejected, null);
  }

  /** Also drops the connection after the "." ending the first message for {@code dropAfterDataOnce}. */
  RejectingSmtpServer(String rejected, String dropAfterDataOnce) throws IOException {
    this.rejected = rejected;
    this.dropAfterDataOnce = dropAfterDataOnce;
    this.socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    this.thread = new Thread(this::serve, "rejecting-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        s.setSoTimeout(10_000);
        session(s);
      } catch (IOException e) {
        // closed by the test, or the client went away
      }
    }
  }

  private void session(Socket s) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
    OutputStream out = s.getOutputStream();
    reply(out, "220 localhost test");
    String rcpt = null;
    String line;
    while ((line = in.readLine()) != null) {
      String cmd = line.toUpperCase(java.util.Locale.ROOT);
      if (cmd.startsWith("EHLO") || cmd.startsWith("HELO")) {
        reply(out, "250 localhost");
      } else if (cmd.startsWith("MAIL FROM")) {
        reply(out, "250 OK");
      } else if (cmd.startsWith("RCPT TO")) {
        if (line.contains(rejected)) {
          reply(out, "550 5.1.1 mailbox unavailable");
        } else {
          rcpt = line;
          reply(out, "250 OK");
        }
      } else if (cmd.startsWith("DATA")) {
        reply(out, "354 go ahead");
        while ((line = in.readLine()) != null && !line.equals(".")) {
          // message body discarded
        }
        if (line == null) {
          return; // the client went away before ending the message: nothing was delivered
        }
        delivered.add(rcpt);
        if (dropAfterDataOnce != null && rcpt.contains(dropAfterDataOnce)) {
          dropAfterDataOnce = null;
          return; // the message is whole and taken; the reply never comes
        }
        reply(out, "250 OK queued");
      } else if (cmd.startsWith("RSET") || cmd.startsWith("NOOP")) {
        reply(out, "250 OK");
      } else if (cmd.startsWith("QUIT")) {
        reply(out, "221 bye");
        return;
      } else {
        reply(out, "502 not implemented");
      }
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
