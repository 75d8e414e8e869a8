package org.kaodian.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kaodian.render.Templates;
import org.kaodian.store.Store;

class MailIT {
  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir Path dir;
  final StringWriter log = new StringWriter();

  private Path groupFile(String smtp, String... extraMembers) throws Exception {
    StringBuilder members = new StringBuilder("  - {name: 张三, email: zhangsan@example.org}\n  - {name: 李四, email: lisi@example.org}\n");
    for (String m : extraMembers) {
      members.append("  - {name: 王五, email: ").append(m).append("}\n");
    }
    String yaml = "group: 理论学习小组\nfrom: teacher@example.org\nmembers:\n" + members
        + "inputs: [" + Path.of("seeds").toAbsolutePath() + "]\nitems_per_week: 5\n"
        + "send: {day: MONDAY, time: \"08:00\", zone: Asia/Shanghai}\n"
        + (smtp == null ? "" : "smtp: " + smtp + "\n")
        + "store: " + dir.resolve("kaodian.db") + "\noutbox: " + dir.resolve("outbox") + "\n";
    Path f = dir.resolve("group.yaml");
    Files.writeString(f, yaml, StandardCharsets.UTF_8);
    return f;
  }

  private String greenMailSmtp() {
    return "{host: 127.0.0.1, port: " + greenMail.getSmtp().getPort() + ", security: none, retries: 1, retry_delay_ms: 10}";
  }

  private WeeklyMailer mailer(Path group) throws Exception {
    List<String> names = new ArrayList<>(Templates.REQUIRED);
    names.addAll(WeeklyMailer.TEMPLATES);
    return new WeeklyMailer(GroupConfig.load(group), Templates.load(Path.of("question-templates"), names),
        new PrintWriter(log, true), Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC));
  }

  private static String part(MimeMessage m, String type) throws Exception {
    Multipart mp = (Multipart) m.getContent();
    for (int i = 0; i < mp.getCount(); i++) {
      if (mp.getBodyPart(i).isMimeType(type)) {
        return (String) mp.getBodyPart(i).getContent();
      }
    }
    throw new AssertionError("no " + type + " part");
  }

  @Test
  void deliversMultipartChineseMailWithQuestionsAndLastWeeksAnswers() throws Exception {
    Path group = groupFile(greenMailSmtp());
    WeeklyMailer.Result w47 = mailer(group).run(new WeeklyMailer.Options("2026-W47", false, false));
    assertThat(w47.sent()).containsExactly("zhangsan@example.org", "lisi@example.org");
    WeeklyMailer.Result w48 = mailer(group).run(new WeeklyMailer.Options(null, false, false));
    assertThat(w48.week()).isEqualTo("2026-W48");
    MimeMessage[] all = greenMail.getReceivedMessages();
    assertThat(all).hasSize(4);
    MimeMessage m = all[3];
    assertThat(m.getSubject()).isEqualTo("【理论学习小组】第48周时政理论小测（2026-W48）");
    assertThat(m.getContentType()).startsWith("multipart/alternative");
    assertThat(m.getHeader("List-Unsubscribe")[0]).isEqualTo("<mailto:teacher@example.org?subject=unsubscribe>");
    assertThat(m.getMessageID()).startsWith("<kaodian.2026-W48.");
    assertThat(m.getSentDate()).isNotNull();
    String text = part(m, "text/plain");
    String html = part(m, "text/html");
    assertThat(text).contains("李四同学", "1. （", "上周（2026-W47）答案与解析", "答案：");
    assertThat(html).contains("<ol>", "上周（2026-W47）答案与解析");
    // The same questions are never sent twice to the group.
    try (Store store = Store.open(dir.resolve("kaodian.db"))) {
      List<String> a = store.week("理论学习小组", "2026-W47").orElseThrow();
      List<String> b = store.week("理论学习小组", "2026-W48").orElseThrow();
      assertThat(a).hasSize(5).doesNotContainAnyElementsOf(b);
      assertThat(store.schemaVersion()).isEqualTo(3);
    }
  }

  @Test
  void secondRunInTheSameWeekSendsNothing() throws Exception {
    Path group = groupFile(greenMailSmtp());
    mailer(group).run(new WeeklyMailer.Options("2026-W48", false, false));
    WeeklyMailer.Result again = mailer(group).run(new WeeklyMailer.Options("2026-W48", false, false));
    assertThat(again.sent()).isEmpty();
    assertThat(again.skipped()).hasSize(2);
    assertThat(greenMail.getReceivedMessages()).hasSize(2);
  }

  @Test
  void resumesAfterACrashBetweenMembersWithoutDuplicates() throws Exception {
    Path group = groupFile(greenMailSmtp(), "wangwu@example.org");
    WeeklyMailer crashing = mailer(group);
    crashing.afterEachMember(email -> {
      throw new IllegalStateException("simulated kill after " + email);
    });
    assertThatThrownBy(() -> crashing.run(new WeeklyMailer.Options("2026-W48", false, false)))
        .hasMessageContaining("simulated kill");
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    WeeklyMailer.Result resumed = mailer(group).run(new WeeklyMailer.Options("2026-W48", false, false));
    assertThat(resumed.skipped()).containsExactly("zhangsan@example.org");
    assertThat(resumed.sent()).containsExactly("lisi@example.org", "wangwu@example.org");
    List<String> to = new ArrayList<>();
    for (MimeMessage m : greenMail.getReceivedMessages()) {
      to.add(m.getAllRecipients()[0].toString());
    }
    assertThat(to).hasSize(3).doesNotHaveDuplicates();
  }

  @Test
  void dryRunRendersButSendsAndRecordsNothing() throws Exception {
    Path group = groupFile(greenMailSmtp());
    mailer(group).run(new WeeklyMailer.Options("2026-W48", true, false));
    assertThat(greenMail.getReceivedMessages()).isEmpty();
    assertThat(log.toString()).contains("dry run: would send", "张三同学");
    try (Store store = Store.open(dir.resolve("kaodian.db"))) {
      assertThat(store.week("理论学习小组", "2026-W48")).isEmpty();
    }
  }

  @Test
  void withoutSmtpMessagesGoToTheOutboxAsEml() throws Exception {
    Path group = groupFile(null);
    WeeklyMailer.Result r = mailer(group).run(new WeeklyMailer.Options("2026-W48", false, true));
    assertThat(r.written()).hasSize(2);
    for (Path p : r.written()) {
      assertThat(p.toString()).endsWith(".eml");
      try (var in = Files.newInputStream(p)) {
        MimeMessage m = new MimeMessage(null, in);
        assertThat(m.getSubject()).contains("理论学习小组");
        assertThat(m.getContentType()).startsWith("multipart/mixed");
      }
    }
    assertThat(mailer(group).run(new WeeklyMailer.Options("2026-W48", false, false)).written()).isEmpty();
  }

  @Test
  void attachHtmlAddsTheWeeksQuizPage() throws Exception {
    Path group = groupFile(null);
    WeeklyMailer.Result r = mailer(group).run(new WeeklyMailer.Options("2026-W48", false, false, false, true));
    assertThat(r.written()).hasSize(2);
    try (var in = Files.newInputStream(r.written().get(0))) {
      MimeMessage m = new MimeMessage(null, in);
      assertThat(m.getContentType()).startsWith("multipart/mixed");
      Multipart mixed = (Multipart) m.getContent();
      assertThat(mixed.getCount()).isEqualTo(2);
      jakarta.mail.BodyPart page = mixed.getBodyPart(1);
      assertThat(page.isMimeType("text/html")).isTrue();
      assertThat(page.getDisposition()).isEqualTo(jakarta.mail.Part.ATTACHMENT);
      assertThat(jakarta.mail.internet.MimeUtility.decodeText(page.getFileName())).isEqualTo("理论学习小组-2026-W48-quiz.html");
      org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse((String) page.getContent());
      var items = new com.fasterxml.jackson.databind.ObjectMapper().readTree(html.getElementById("quiz-items").data());
      // The page holds exactly this week's questions, the ones in the message text.
      assertThat(items).hasSize(5);
      MimeMessage body = new MimeMessage((jakarta.mail.Session) null);
      body.setContent((Multipart) mixed.getBodyPart(0).getContent());
      body.saveChanges();
      String text = part(body, "text/plain");
      items.forEach(i -> assertThat(text).contains(i.get("stem").asText()));
    }
  }

  @Test
  void aMemberRejectedByTheServerIsRecordedWhileOthersAreSent() throws Exception {
    try (RejectingSmtpServer server = new RejectingSmtpServer("lisi@example.org")) {
      Path group = groupFile("{host: 127.0.0.1, port: " + server.port() + ", security: none, retries: 1, retry_delay_ms: 10}",
          "wangwu@example.org");
      WeeklyMailer.Result r = mailer(group).run(new WeeklyMailer.Options("2026-W48", false, false));
      assertThat(r.sent()).containsExactly("zhangsan@example.org", "wangwu@example.org");
      assertThat(r.failed()).singleElement().asString().contains("lisi@example.org", "550");
      assertThat(server.delivered).hasSize(2);
      try (Store store = Store.open(dir.resolve("kaodian.db"))) {
        assertThat(store.send("理论学习小组", "2026-W48", "lisi@example.org").orElseThrow().status())
            .isEqualTo(Store.SendStatus.FAILED);
      }
    }
  }

  @Test
  void starttlsRequiredStopsBeforeAnyoneIsSent() throws Exception {
    Path group = groupFile("{host: 127.0.0.1, port: " + greenMail.getSmtp().getPort() + ", security: starttls}");
    assertThatThrownBy(() -> mailer(group).run(new WeeklyMailer.Options("2026-W48", false, false)))
        .isInstanceOf(WeeklyMailer.StopException.class).hasMessageContaining("TLS").hasMessageContaining("nothing was sent");
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void aGroupOnlyGetsTeacherReviewedItemsOnceAReviewedSetExists() throws Exception {
    Path group = groupFile(greenMailSmtp());
    List<org.kaodian.item.Item> reviewed = org.kaodian.Pipeline.items(org.kaodian.Seeds.extraction(),
        Templates.load(Path.of("question-templates")), new org.kaodian.item.ItemGenerator.Selection(8,
            List.of(org.kaodian.item.ItemType.values())), 3);
    try (Store store = Store.open(dir.resolve("kaodian.db"))) {
      store.addItems(reviewed, true);
    }
    mailer(group).run(new WeeklyMailer.Options("2026-W48", false, false));
    try (Store store = Store.open(dir.resolve("kaodian.db"))) {
      assertThat(store.week("理论学习小组", "2026-W48").orElseThrow())
          .hasSize(5).isSubsetOf(reviewed.stream().map(org.kaodian.item.Item::id).toList());
    }
  }

  @Test
  void headerInjectionBadAddressesAndUnknownKeysAreRejectedWithLines() throws Exception {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, "group: \"理论\\r\\nBcc: evil@example.org\"\nfrom: teacher@example.org\nmembers:\n"
        + "  - {name: 张三, email: not-an-address}\ncolour: red\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GroupConfig.load(f)).isInstanceOf(ConfigException.class).satisfies(e -> {
      List<String> p = ((ConfigException) e).problems();
      assertThat(p).anySatisfy(x -> assertThat(x).contains("bad.yaml:1:", "line break"));
      assertThat(p).anySatisfy(x -> assertThat(x).contains("bad.yaml:4:", "invalid e-mail address"));
      assertThat(p).anySatisfy(x -> assertThat(x).contains("bad.yaml:5:", "unknown key 'colour'"));
    });
    Path empty = dir.resolve("empty.yaml");
    Files.writeString(empty, "group: g\nfrom: teacher@example.org\nmembers: []\n");
    assertThatThrownBy(() -> GroupConfig.load(empty)).hasMessageContaining("no members");
  }

  @Test
  void aConnectionDroppedAfterTheEndOfDataLeavesTheMemberUncertainAndIsNotResent() throws Exception {
    try (RejectingSmtpServer server = new RejectingSmtpServer("nobody@example.org", "lisi@example.org")) {
      Path group = groupFile("{host: 127.0.0.1, port: " + server.port() + ", security: none, retries: 2, retry_delay_ms: 10}",
          "wangwu@example.org");
      WeeklyMailer.Result r = mailer(group).run(new WeeklyMailer.Options("2026-W48", false, false));
      // The server took lisi's whole message: sending it again could deliver a second copy.
      assertThat(r.sent()).containsExactly("zhangsan@example.org", "wangwu@example.org");
      assertThat(r.uncertain()).singleElement().asString().contains("lisi@example.org", "no reply");
      assertThat(r.ok()).isFalse();
      assertThat(server.delivered).filteredOn(x -> x.contains("lisi")).hasSize(1);
      try (Store store = Store.open(dir.resolve("kaodian.db"))) {
        assertThat(store.send("理论学习小组", "2026-W48", "lisi@example.org").orElseThrow().status())
            .isEqualTo(Store.SendStatus.UNCERTAIN);
      }
      WeeklyMailer.Result again = mailer(group).run(new WeeklyMailer.Options("2026-W48", false, false));
      assertThat(again.sent()).isEmpty();
      assertThat(log.toString()).contains("lisi@example.org is UNCERTAIN", "--resend-uncertain");
      assertThat(server.delivered).hasSize(3);
      // Once the organiser has checked, the same message (same Message-ID) can be sent again on purpose.
      WeeklyMailer.Result resent = mailer(group).run(new WeeklyMailer.Options("2026-W48", false, false, true));
      assertThat(resent.sent()).containsExactly("lisi@example.org");
      assertThat(server.delivered).filteredOn(x -> x.contains("lisi")).hasSize(2);
    }
  }

  @Test
  void addressesReachTheHeadersOnlyAsParsedMailboxes() throws Exception {
    Path f = dir.resolve("group.yaml");
    Files.writeString(dir.resolve("roster.csv"), "name,email\n,\"王五 <wangwu@example.org>\"\n", StandardCharsets.UTF_8);
    Files.writeString(f, "group: 理论学习小组\nfrom: 老师 <teacher@example.org>\nroster: roster.csv\n"
        + "inputs: [" + Path.of("seeds").toAbsolutePath() + "]\nstore: " + dir.resolve("kaodian.db")
        + "\noutbox: " + dir.resolve("outbox") + "\n", StandardCharsets.UTF_8);
    WeeklyMailer.Result r = mailer(f).run(new WeeklyMailer.Options("2026-W48", false, false));
    Path eml = r.written().get(0);
    assertThat(eml.getFileName().toString()).isEqualTo("2026-W48-wangwu@example.org.eml");
    byte[] bytes = Files.readAllBytes(eml);
    String raw = new String(bytes, StandardCharsets.US_ASCII);
    String headers = raw.substring(0, raw.indexOf("\r\n\r\n"));
    for (int i = 0; i < headers.length(); i++) {
      assertThat(bytes[i]).as("header byte %d is 7-bit", i).isBetween((byte) 0, (byte) 0x7f);
    }
    try (var in = Files.newInputStream(eml)) {
      MimeMessage m = new MimeMessage(null, in);
      jakarta.mail.internet.InternetAddress from = (jakarta.mail.internet.InternetAddress) m.getFrom()[0];
      assertThat(from.getAddress()).isEqualTo("teacher@example.org");
      assertThat(from.getPersonal()).isEqualTo("老师");
      jakarta.mail.internet.InternetAddress to = (jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0];
      assertThat(m.getAllRecipients()).hasSize(1);
      assertThat(to.getAddress()).isEqualTo("wangwu@example.org");
      assertThat(to.getPersonal()).isEqualTo("王五");
      assertThat(m.getMessageID()).matches("<kaodian\\.2026-W48\\.[0-9a-f]{16}@example\\.org>");
      assertThat(m.getHeader("List-Unsubscribe")[0]).isEqualTo("<mailto:teacher@example.org?subject=unsubscribe>");
    }
  }

  @Test
  void aSendWhoseClaimWasTakenOverStopsBeforeEndingTheMessage() throws Exception {
    try (RejectingSmtpServer server = new RejectingSmtpServer("nobody@example.org")) {
      GroupConfig cfg = GroupConfig.load(groupFile("{host: 127.0.0.1, port: " + server.port()
          + ", security: none, retries: 1, retry_delay_ms: 10}"));
      QuizMessage composer = new QuizMessage(cfg, Templates.load(Path.of("question-templates"), WeeklyMailer.TEMPLATES),
          Clock.systemUTC());
      WeeklyItems.QuizWeek week = new WeeklyItems.QuizWeek("2026-W48", List.of(), null, List.of());
      List<String> calls = new ArrayList<>();
      try (Sender sender = Sender.connect(cfg.smtp(), new PrintWriter(log, true))) {
        Sender.Delivery d = sender.send(composer.compose(cfg.members().get(0), week, null), new Sender.Hold() {
          @Override
          public boolean renew() {
            calls.add("renew");
            return true;
          }

          @Override
          public boolean commit() {
            calls.add("commit");
            return false; // another run took the member-week over while this one was slow
          }
        });
        assertThat(d.result()).isEqualTo(Sender.Result.CLAIM_LOST);
        // The next member still goes out on a fresh connection.
        Sender.Delivery next = sender.send(composer.compose(cfg.members().get(1), week, null), new Sender.Hold() {
          @Override
          public boolean renew() {
            return true;
          }

          @Override
          public boolean commit() {
            return true;
          }
        });
        assertThat(next.result()).isEqualTo(Sender.Result.SENT);
      }
      assertThat(calls).containsExactly("renew", "commit");
      // The fake server takes one session at a time, so the first had ended when the second was served.
      assertThat(server.delivered).singleElement().asString().contains("lisi@example.org");
    }
  }
}
