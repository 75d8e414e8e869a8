package org.kaodian.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kaodian.mail.ConfigException;
import org.kaodian.mail.GroupConfig;
import org.kaodian.mail.ReplyCollector;
import org.kaodian.mail.WeeklyMailer;
import org.kaodian.render.TemplateException;
import org.kaodian.render.Templates;
import org.kaodian.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kaodian mail}: this week's quiz and last week's answers to a study group, at most once. */
@Command(name = "mail", mixinStandardHelpOptions = true,
    description = {"Send this week's quiz to a study group (at most once per member and week; safe to run from cron at any frequency, also overlapping).",
        "Without smtp: settings the messages are written as .eml files to exports/outbox/<group>/."})
final class MailCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "GROUP_FILE", description = "The group's YAML file (see README).")
  Path groupFile;

  @Option(names = "--dry-run", description = "Render the messages and print them; send and record nothing.")
  boolean dryRun;

  @Option(names = "--week", paramLabel = "YYYY-Www", description = "Send a given ISO week (e.g. 2026-W48) to catch up. Default: this week")
  String week;

  @Option(names = "--schedule", description = "Keep running and send at the group's send day and time each week.")
  boolean schedule;

  @Option(names = "--attach-docx", description = "Attach the week's worksheet (.docx) to each message.")
  boolean attachDocx;

  @Option(names = "--attach-html", description = "Attach the week's one-file quiz page (.html) to each message.")
  boolean attachHtml;

  @Option(names = "--resend-uncertain", description = {"Send again to members whose last attempt is UNCERTAIN",
      "(the whole message went out and the server never replied). Check the server's log first."})
  boolean resendUncertain;

  @Option(names = "--collect", description = {"Read new replies from the group's imap: folder, grade them and record",
      "退订/不公开 requests; sends nothing. With --schedule replies are collected before every send."})
  boolean collect;

  @Option(names = "--templates", paramLabel = "DIR", description = "Template folder. Default: question-templates")
  Path templatesDir;

  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    if (week != null && !WeeklyMailer.validWeek(week)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--week must look like 2026-W48, not " + week);
    }
    GroupConfig cfg;
    Templates templates;
    try {
      cfg = GroupConfig.load(groupFile);
      List<String> names = new ArrayList<>(Templates.REQUIRED);
      names.addAll(WeeklyMailer.TEMPLATES);
      if (attachHtml) {
        names.add(org.kaodian.export.HtmlQuizExporter.TEMPLATE);
      }
      templates = Templates.load(TemplateFolder.resolve(templatesDir), names);
    } catch (ConfigException e) {
      e.problems().forEach(p -> err.println("error: " + p));
      return 1;
    } catch (TemplateException e) {
      e.problems().forEach(p -> err.println("error: " + p));
      return 1;
    }
    cfg.warnings().forEach(w -> err.println("warning: " + w));
    if (collect && cfg.imap() == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--collect needs an imap: section in " + groupFile
          + " (host, port, security, user, password_env or password_file, folder)");
    }
    WeeklyMailer mailer = new WeeklyMailer(cfg, templates, err, clock);
    if (collect && !schedule) {
      return collect(cfg);
    }
    if (!schedule) {
      return once(mailer, week);
    }
    while (!Thread.currentThread().isInterrupted()) {
      ZonedDateTime now = ZonedDateTime.now(clock);
      // A week whose send time has passed but was not sent yet (the machine was off) goes now;
      // sending is idempotent, so a week already sent is not sent again.
      if (cfg.imap() != null) {
        collect(cfg);
      }
      if (!now.isBefore(mailer.thisWeeksSend(now))) {
        once(mailer, null);
      }
      ZonedDateTime next = mailer.nextSend(ZonedDateTime.now(clock).plusSeconds(1));
      err.println("next send: " + next);
      Thread.sleep(Math.max(1000, Duration.between(ZonedDateTime.now(clock), next).toMillis()));
    }
    return 0;
  }

  /** Collects new replies; a server that cannot be reached is reported and the run goes on (exit 1). */
  private int collect(GroupConfig cfg) throws Exception {
    var err = spec.commandLine().getErr();
    try (Store store = Store.openGroup(cfg.store())) {
      ReplyCollector.Result r = new ReplyCollector(cfg, err, clock).collect(store);
      err.println("collected: " + r.count(Store.ReplyOutcome.GRADED) + " graded, " + r.count(Store.ReplyOutcome.LATE)
          + " late, " + r.unsubscribed().size() + " unsubscribed, " + (r.counts().values().stream()
              .mapToInt(Integer::intValue).sum() - r.count(Store.ReplyOutcome.GRADED) - r.count(Store.ReplyOutcome.LATE)
              - r.unsubscribed().size()) + " not graded (see above), " + r.alreadyHandled() + " already handled");
      return 0;
    } catch (jakarta.mail.MessagingException e) {
      err.println("error: cannot collect replies from " + cfg.imap().host() + ":" + cfg.imap().port() + " ("
          + e.getMessage() + ")");
      return 1;
    }
  }

  private int once(WeeklyMailer mailer, String w) throws Exception {
    var err = spec.commandLine().getErr();
    try {
      WeeklyMailer.Result r = mailer.run(new WeeklyMailer.Options(w, dryRun, attachDocx, resendUncertain, attachHtml));
      r.sent().forEach(e -> err.println("sent " + r.week() + " to " + e));
      r.written().forEach(p -> err.println("wrote " + p));
      if (!r.skipped().isEmpty()) {
        err.println("already sent " + r.week() + " to " + r.skipped().size() + " member(s); not sent again");
      }
      r.held().forEach(e -> err.println("held by another run: " + r.week() + " to " + e + "; left to that run"));
      r.failed().forEach(f -> err.println("error: not delivered to " + f));
      r.uncertain().forEach(f -> err.println("error: UNCERTAIN, may or may not have arrived, not sent again: " + f));
      r.unsubscribed().forEach(u -> err.println("not sent: " + u));
      return r.ok() ? 0 : 1;
    } catch (WeeklyMailer.StopException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }
}
