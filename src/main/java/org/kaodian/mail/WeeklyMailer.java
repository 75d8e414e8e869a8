package org.kaodian.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.kaodian.render.Templates;
import org.kaodian.store.Store;

/**
 * Sends a group's weekly quiz, this week's questions and last week's answers, by claiming each
 * member-week in the store before sending it and recording the result after.
 */
public final class WeeklyMailer {
  /** The e-mail templates, checked at start-up with the others. */
  public static final List<String> TEMPLATES = List.of("email/subject.ftl", "email/quiz.txt.ftl", "email/quiz.html.ftlh");
  /**
   * A claim its run has not renewed for this long belongs to a dead run and is taken over. A live run
   * renews before each attempt and checks its claim again before ending a message, so a run that was
   * only slow loses the member-week rather than sending a second copy.
   */
  public static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(10);
  private static final Pattern WEEK = Pattern.compile("\\d{4}-W(0[1-9]|[1-4]\\d|5[0-3])");

  /**
   * What to do in this run; {@code resendUncertain} sends again to members whose delivery is in
   * doubt, {@code attachHtml} attaches the week's one-file quiz page.
   */
  public record Options(String week, boolean dryRun, boolean attachDocx, boolean resendUncertain, boolean attachHtml) {
    public Options(String week, boolean dryRun, boolean attachDocx) {
      this(week, dryRun, attachDocx, false, false);
    }

    public Options(String week, boolean dryRun, boolean attachDocx, boolean resendUncertain) {
      this(week, dryRun, attachDocx, resendUncertain, false);
    }
  }

  /**
   * What a run did, by member address: sent, already done before ({@code skipped}), held by another
   * live run, failed (retried by the next run), uncertain (reported, not resent), files written, and
   * members not sent to because they unsubscribed.
   */
  public record Result(String week, List<String> sent, List<String> skipped, List<String> held, List<String> failed,
      List<String> uncertain, List<Path> written, List<String> unsubscribed) {
    /** True when nothing failed and no delivery became uncertain in this run. */
    public boolean ok() {
      return failed.isEmpty() && uncertain.isEmpty();
    }
  }

  /** Thrown when the run must stop before anyone is sent anything (authentication, TLS, connection). */
  public static final class StopException extends Exception {
    StopException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final GroupConfig cfg;
  private final Templates templates;
  private final PrintWriter log;
  private final Clock clock;
  private final String runId = "run-" + ProcessHandle.current().pid() + "-"
      + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
  private Consumer<String> afterMember = email -> { };

  public WeeklyMailer(GroupConfig cfg, Templates templates, PrintWriter log, Clock clock) {
    this.cfg = cfg;
    this.templates = templates;
    this.log = log;
    this.clock = clock;
  }

  /** A hook run after each member is handled; tests use it to simulate a crash between members. */
  void afterEachMember(Consumer<String> hook) {
    this.afterMember = hook;
  }

  /** The ISO week (2026-W48) of now in the group's time zone. */
  public String currentWeek() {
    return isoWeek(LocalDate.now(clock.withZone(cfg.zone())));
  }

  static String isoWeek(LocalDate d) {
    return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  public static boolean validWeek(String week) {
    return week != null && WEEK.matcher(week).matches();
  }

  /** Claim → send → record for each member; see the README for what overlapping runs do. */
  public Result run(Options o) throws StopException, IOException, SQLException, MessagingException {
    String week = o.week() != null ? o.week() : currentWeek();
    QuizMessage composer = new QuizMessage(cfg, templates, clock);
    Result r = new Result(week, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    try (Store store = openStore()) {
      WeeklyItems.QuizWeek w = new WeeklyItems(cfg, templates, log).choose(store, week, !o.dryRun());
      Feedback.Replies replies = Feedback.replies(store, cfg.group());
      java.util.Map<String, Instant> unsubscribed = store.unsubscribed(cfg.group());
      List<GroupConfig.Member> members = new ArrayList<>();
      for (GroupConfig.Member m : cfg.members()) {
        if (unsubscribed.containsKey(m.id())) {
          r.unsubscribed().add(m.email() + " (unsubscribed " + unsubscribed.get(m.id()) + ")");
        } else {
          members.add(m);
        }
      }
      byte[] docx = o.attachDocx() ? composer.worksheet(w) : null;
      byte[] page = o.attachHtml() ? composer.quizPage(w) : null;
      if (o.dryRun()) {
        for (GroupConfig.Member m : members) {
          log.println("dry run: would send \"" + composer.subject(m, w) + "\" to " + m.email());
        }
        if (!members.isEmpty()) {
          log.println(composer.text(members.get(0), w, Feedback.of(cfg, store, replies, members.get(0), w, false)));
        }
        return r;
      }
      Outbox outbox = new Outbox(cfg.outbox());
      try (Sender sender = cfg.smtp() == null ? null : Sender.connect(cfg.smtp(), log)) {
        for (GroupConfig.Member m : members) {
          String id = m.id();
          Store.Claim claim = store.claim(cfg.group(), week, id, runId, composer.messageId(m, week), Instant.now(),
              CLAIM_TIMEOUT, o.resendUncertain());
          switch (claim.outcome()) {
            case DONE -> r.skipped().add(m.email());
            case HELD -> r.held().add(m.email());
            case UNCERTAIN -> {
              if (claim.takenFrom() != null) {
                r.uncertain().add(m.email() + ": " + claim.row().error());
              } else {
                log.println("note: " + week + " to " + m.email() + " is UNCERTAIN (" + claim.row().error()
                    + "); not sent again (--resend-uncertain sends it)");
              }
            }
            case CLAIMED -> {
              if (claim.takenFrom() != null) {
                log.println("note: took over " + m.email() + " from " + claim.takenFrom() + ", silent for over "
                    + CLAIM_TIMEOUT.toMinutes() + " minutes");
              }
              MimeMessage msg;
              try {
                // Composed only once claimed: the 错题回顾 items it records must belong to a mail that goes out.
                msg = composer.compose(m, w, Feedback.of(cfg, store, replies, m, w, true), docx, page);
              } catch (MessagingException | SQLException | RuntimeException e) {
                store.finish(cfg.group(), week, id, runId, Store.SendStatus.FAILED, e.getMessage(), Instant.now());
                throw e;
              }
              if (sender == null) {
                try {
                  r.written().add(outbox.write(week, m, msg));
                } catch (IOException e) {
                  // Let the next run try at once instead of waiting out the claim timeout.
                  store.finish(cfg.group(), week, id, runId, Store.SendStatus.FAILED, e.getMessage(), Instant.now());
                  throw e;
                }
                store.finish(cfg.group(), week, id, runId, Store.SendStatus.WRITTEN, null, Instant.now());
              } else {
                deliver(store, sender, week, m, msg, r);
              }
            }
          }
          afterMember.accept(m.email());
        }
      }
      return r;
    }
  }

  private void deliver(Store store, Sender sender, String week, GroupConfig.Member m, MimeMessage msg, Result r)
      throws SQLException, MessagingException {
    String id = m.id();
    Sender.Delivery d = sender.send(msg, new Sender.Hold() {
      @Override
      public boolean renew() throws SQLException {
        return store.touch(cfg.group(), week, id, runId, Instant.now());
      }

      @Override
      public boolean commit() throws SQLException {
        return store.startSending(cfg.group(), week, id, runId, Instant.now());
      }
    });
    switch (d.result()) {
      case SENT -> {
        store.finish(cfg.group(), week, id, runId, Store.SendStatus.SENT, null, Instant.now());
        r.sent().add(m.email());
      }
      case REFUSED, FAILED -> {
        store.finish(cfg.group(), week, id, runId, Store.SendStatus.FAILED, d.detail(), Instant.now());
        r.failed().add(m.email() + ": " + d.detail());
      }
      case UNCERTAIN -> {
        store.finish(cfg.group(), week, id, runId, Store.SendStatus.UNCERTAIN, d.detail(), Instant.now());
        r.uncertain().add(m.email() + ": " + d.detail());
      }
      case CLAIM_LOST -> r.held().add(m.email());
    }
  }

  private Store openStore() throws SQLException, IOException {
    return Store.openGroup(cfg.store());
  }

  /** This ISO week's send time (the configured day and time), whether past or not. */
  public ZonedDateTime thisWeeksSend(ZonedDateTime now) {
    return now.withZoneSameInstant(cfg.zone()).with(ChronoField.DAY_OF_WEEK, cfg.day().getValue()).with(cfg.time());
  }

  /** The next send time at or after now: this week's configured day and time, or next week's. */
  public ZonedDateTime nextSend(ZonedDateTime now) {
    ZonedDateTime t = thisWeeksSend(now);
    return t.isBefore(now) ? t.plusWeeks(1) : t;
  }
}
