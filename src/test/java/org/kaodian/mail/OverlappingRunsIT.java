package org.kaodian.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real {@code mail} processes at once on one fresh store, as cron plus a manual run would
 * start them: on a SQLite file and on a PostgreSQL bank.
 */
class OverlappingRunsIT {
  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final List<String> MEMBERS = List.of("zhangsan", "lisi", "wangwu", "zhaoliu", "sunqi", "zhouba");
  private static final List<String> WEEKS = List.of("2026-W46", "2026-W47", "2026-W48");
  private static final int RUNS = 3;
  private static final Pattern SENT = Pattern.compile("(?m)^sent (\\S+) to (\\S+)$");
  private static final Pattern HELD = Pattern.compile("(?m)^held by another run: (\\S+) to (\\S+);");
  private static final Pattern ALREADY = Pattern.compile("(?m)^already sent (\\S+) to (\\d+) member\\(s\\)");

  @TempDir Path dir;

  record Run(int code, String output) {}

  @Test
  void threeProcessesAtOnceSendEachMemberExactlyOneMessagePerWeek() throws Exception {
    overlappingRuns(dir.resolve("fresh/kaodian.db").toString());
  }

  @Test
  void threeProcessesAtOnceOnOnePostgresBankSendEachMemberExactlyOneMessagePerWeek() throws Exception {
    overlappingRuns(org.kaodian.store.TestPostgres.freshDatabase());
  }

  @Test
  void twoOrganisersSendingDifferentGroupsFromOnePostgresBankAtOnceSendEveryMessageOnce() throws Exception {
    Path input = dir.resolve("reading.txt");
    Files.copy(Path.of("seeds/000_e1db0641c79e177c.txt"), input);
    String bank = org.kaodian.store.TestPostgres.freshDatabase();
    String week = "2026-W48";
    try (SlowProxy proxy = new SlowProxy(greenMail.getSmtp().getPort(), 40)) {
      List<Process> processes = new ArrayList<>();
      List<String> logs = new ArrayList<>();
      for (String group : List.of("甲支部", "乙支部")) {
        StringBuilder yaml = new StringBuilder("group: " + group + "\nfrom: teacher@example.org\nmembers:\n");
        MEMBERS.forEach(m -> yaml.append("  - {email: ").append(m).append("@example.org}\n"));
        yaml.append("inputs: [").append(input).append("]\nitems_per_week: 2\n")
            .append("smtp: {host: 127.0.0.1, port: ").append(proxy.port()).append(", security: none, retries: 1, retry_delay_ms: 10}\n")
            .append("store: \"").append(bank).append("\"\n");
        Path file = dir.resolve(group + ".yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        // Each organiser's cron and a manual run at the same moment: two processes per group.
        for (int i = 0; i < 2; i++) {
          processes.add(start(file, week, processes.size()));
          logs.add(week + "-" + (processes.size() - 1) + ".log");
        }
      }
      for (int i = 0; i < processes.size(); i++) {
        assertThat(processes.get(i).waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(dir.resolve(logs.get(i)), StandardCharsets.UTF_8);
        assertThat(processes.get(i).exitValue()).as(out).isZero();
        assertThat(out).doesNotContain("error:").doesNotContain("kaodian:");
      }
      Map<String, Integer> perMessageId = new TreeMap<>();
      for (MimeMessage m : greenMail.getReceivedMessages()) {
        perMessageId.merge(m.getMessageID(), 1, Integer::sum);
      }
      // Six members in each of two groups, each message exactly once.
      assertThat(perMessageId).hasSize(2 * MEMBERS.size());
      assertThat(perMessageId.values()).containsOnly(1);
    }
  }

  private void overlappingRuns(String store) throws Exception {
    Path input = dir.resolve("reading.txt");
    Files.copy(Path.of("seeds/000_e1db0641c79e177c.txt"), input);
    try (SlowProxy proxy = new SlowProxy(greenMail.getSmtp().getPort(), 40)) {
      StringBuilder yaml = new StringBuilder("group: 理论学习小组\nfrom: 老师 <teacher@example.org>\nmembers:\n");
      MEMBERS.forEach(m -> yaml.append("  - {name: ").append(m).append(", email: ").append(m).append("@example.org}\n"));
      yaml.append("inputs: [").append(input).append("]\nitems_per_week: 2\n")
          .append("smtp: {host: 127.0.0.1, port: ").append(proxy.port()).append(", security: none, retries: 1, retry_delay_ms: 10}\n")
          .append("store: \"").append(store).append("\"\n");
      Path group = dir.resolve("group.yaml");
      Files.writeString(group, yaml, StandardCharsets.UTF_8);

      int heldSeen = 0;
      for (String week : WEEKS) {
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
          processes.add(start(group, week, i));
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
          Process p = processes.get(i);
          assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("run %d of %s finished", i, week).isTrue();
          runs.add(new Run(p.exitValue(), Files.readString(dir.resolve(week + "-" + i + ".log"), StandardCharsets.UTF_8)));
        }
        for (Run r : runs) {
          assertThat(r.code()).as(r.output()).isZero();
          assertThat(r.output()).as("no database error").doesNotContainIgnoringCase("sqlite")
              .doesNotContainIgnoringCase("database").doesNotContain("kaodian:").doesNotContain("error:");
          // Every member is accounted for by every run: sent by it, found sent, or announced as held.
          int sent = count(SENT, r.output(), week);
          int held = count(HELD, r.output(), week);
          Matcher already = ALREADY.matcher(r.output());
          int done = already.find() && already.group(1).equals(week) ? Integer.parseInt(already.group(2)) : 0;
          assertThat(sent + held + done).as(r.output()).isEqualTo(MEMBERS.size());
          heldSeen += held;
        }
      }
      Map<String, Integer> perMemberWeek = new TreeMap<>();
      for (MimeMessage m : greenMail.getReceivedMessages()) {
        String week = m.getMessageID().replaceAll("^<kaodian\\.([^.]+)\\..*$", "$1");
        perMemberWeek.merge(((jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0]).getAddress() + " " + week, 1, Integer::sum);
      }
      Map<String, Integer> expected = new TreeMap<>();
      for (String m : MEMBERS) {
        for (String w : WEEKS) {
          expected.put(m + "@example.org " + w, 1);
        }
      }
      assertThat(perMemberWeek).isEqualTo(expected);
      // With slow replies the runs overlap on the same members, so some run must have stood aside.
      assertThat(heldSeen).as("members skipped as held by another run").isPositive();
    }
  }

  private Process start(Path group, String week, int i) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "-Dfile.encoding=UTF-8", "-Xss4m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
        "org.kaodian.cli.Main", "mail", group.toString(), "--week", week);
    pb.redirectErrorStream(true);
    pb.redirectOutput(dir.resolve(week + "-" + i + ".log").toFile());
    return pb.start();
  }

  private static int count(Pattern p, String output, String week) {
    Matcher m = p.matcher(output);
    int n = 0;
    while (m.find()) {
      if (m.group(1).equals(week)) {
        n++;
      }
    }
    return n;
  }
}
