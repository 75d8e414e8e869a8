package org.kaodian.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kaodian.item.Item;
import org.kaodian.item.ItemType;
import org.kaodian.render.Templates;
import org.kaodian.store.Store;
import org.kaodian.store.Store.ReplyOutcome;

/** A group of five answers back: week 1 goes out, replies come in over IMAP, week 2 reports on them. */
class ReplyIT {
  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

  private static final String W1 = "2026-W47";
  private static final String W2 = "2026-W48";
  private static final String[][] MEMBERS = {{"张三", "zhangsan@example.org"}, {"李四", "lisi@example.org"},
      {"王五", "wangwu@example.org"}, {"赵六", "zhaoliu@example.org"}, {"钱七", "qianqi@example.org"}};
  private static final Session SESSION = Session.getInstance(new Properties());

  @TempDir Path dir;
  final StringWriter log = new StringWriter();
  GreenMailUser teacher;

  private GroupConfig config() throws Exception {
    StringBuilder members = new StringBuilder();
    for (String[] m : MEMBERS) {
      members.append("  - {name: ").append(m[0]).append(", email: ").append(m[1]).append("}\n");
    }
    Files.writeString(dir.resolve("imap.pw"), "secret\n", StandardCharsets.UTF_8);
    String yaml = "group: 理论学习小组\nfrom: teacher@example.org\nmembers:\n" + members
        + "inputs: [" + Path.of("seeds").toAbsolutePath() + "]\nitems_per_week: 5\n"
        + "smtp: {host: 127.0.0.1, port: " + greenMail.getSmtp().getPort() + ", security: none, retries: 1, retry_delay_ms: 10}\n"
        + "imap: {host: 127.0.0.1, port: " + greenMail.getImap().getPort() + ", security: none, user: teacher,"
        + " password_file: imap.pw}\n"
        + "store: " + dir.resolve("kaodian.db") + "\n";
    Path f = dir.resolve("group.yaml");
    Files.writeString(f, yaml, StandardCharsets.UTF_8);
    return GroupConfig.load(f);
  }

  private WeeklyMailer mailer(GroupConfig cfg) throws Exception {
    List<String> names = new ArrayList<>(Templates.REQUIRED);
    names.addAll(WeeklyMailer.TEMPLATES);
    return new WeeklyMailer(cfg, Templates.load(Path.of("question-templates"), names), new PrintWriter(log, true),
        Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC));
  }

  private ReplyCollector.Result collect(GroupConfig cfg) throws Exception {
    try (Store store = Store.openGroup(cfg.store())) {
      return new ReplyCollector(cfg, new PrintWriter(log, true), Clock.systemUTC()).collect(store);
    }
  }

  /** The right answer as a member writes it: letters, 对/错, the words of the blanks. */
  private static String right(Item i) {
    if (i.type().isChoice()) {
      return i.answerLetters();
    }
    if (i.type() == ItemType.TRUE_FALSE) {
      return i.answers().contains("正确") ? "对" : "错";
    }
    return String.join("；", i.answers());
  }

  private static String wrong(Item i) {
    if (i.type() == ItemType.TRUE_FALSE) {
      return i.answers().contains("正确") ? "错" : "对";
    }
    return i.type().isChoice() ? (i.answerLetters().equals("A") ? "B" : "A") : "不知道";
  }

  private static String fullWidth(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars().forEach(c -> sb.append((char) (c >= '!' && c <= '~' ? c + 0xFEE0 : c == ' ' ? '\u3000' : c)));
    return sb.toString();
  }

  private MimeMessage reply(String from, String inReplyTo, String subject) throws Exception {
    MimeMessage m = new MimeMessage(SESSION);
    m.setFrom(new InternetAddress(from));
    m.setRecipients(Message.RecipientType.TO, "teacher@example.org");
    m.setSubject(subject, "UTF-8");
    if (inReplyTo != null) {
      m.setHeader("In-Reply-To", inReplyTo);
    }
    return m;
  }

  private MimeMessage textReply(String from, String inReplyTo, String text) throws Exception {
    MimeMessage m = reply(from, inReplyTo, "Re: 【理论学习小组】第47周时政理论小测（" + W1 + "）");
    m.setText(text, "UTF-8");
    m.saveChanges();
    return m;
  }

  private static List<MimeMessage> mailsTo(String address) throws Exception {
    List<MimeMessage> out = new ArrayList<>();
    for (MimeMessage m : greenMail.getReceivedMessages()) {
      Address[] to = m.getRecipients(Message.RecipientType.TO);
      if (to != null && Arrays.stream(to).anyMatch(a -> ((InternetAddress) a).getAddress().equals(address))) {
        out.add(m);
      }
    }
    return out;
  }

  private static String text(MimeMessage m) throws Exception {
    MimeMultipart mp = (MimeMultipart) m.getContent();
    return (String) mp.getBodyPart(0).getContent();
  }

  @Test
  void repliesAreGradedOnceAndWeekTwoReportsScoresLeaderboardReviewAndStopsTheUnsubscribed() throws Exception {
    teacher = greenMail.setUser("teacher@example.org", "teacher", "secret");
    GroupConfig cfg = config();
    WeeklyMailer.Result w1 = mailer(cfg).run(new WeeklyMailer.Options(W1, false, false));
    assertThat(w1.sent()).hasSize(5);
    assertThat(text(mailsTo("zhangsan@example.org").get(0))).contains("如何作答", "1 B", "2 AC");

    List<Item> items;
    try (Store store = Store.openGroup(cfg.store())) {
      items = ReplyCollector.mailItems(store, cfg.group(), W1, cfg.members().get(0));
    }
    assertThat(items).hasSize(5);
    Map<String, String> quizId = new LinkedHashMap<>();
    for (String[] m : MEMBERS) {
      quizId.put(m[1], mailsTo(m[1]).get(0).getMessageID());
    }

    // 张三 first answers everything wrong, then (before week 2) again with only question 2 wrong: the later counts.
    StringBuilder allWrong = new StringBuilder();
    StringBuilder oneWrong = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      allWrong.append(i + 1).append(' ').append(wrong(items.get(i))).append('\n');
      oneWrong.append(i + 1).append(' ').append(i == 1 ? wrong(items.get(i)) : right(items.get(i))).append('\n');
    }
    String quoted = "\n在 2026年11月23日 09:00，理论学习小组 <teacher@example.org> 写道：\n"
        + text(mailsTo("zhangsan@example.org").get(0)).lines().map(l -> "> " + l).reduce("", (a, b) -> a + b + "\n");
    teacher.deliver(textReply("zhangsan@example.org", quizId.get("zhangsan@example.org"), allWrong + quoted));

    // 李四: HTML only, all right on one line, asks to stay off the leaderboard by name; the quiz quoted in a blockquote.
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      line.append(i + 1).append('.').append(right(items.get(i))).append(i < 4 ? "，" : "");
    }
    MimeMessage html = reply("lisi@example.org", quizId.get("lisi@example.org"), "回复：小测");
    html.setText("<div>" + line + "</div><div>不公开</div><blockquote>1. 题干 A. " + wrong(items.get(0))
        + "<br>请回复“退订”</blockquote>", "UTF-8", "html");
    html.saveChanges();
    teacher.deliver(html);

    // 王五: GBK, full-width digits and letters, only References naming the quiz; questions 1–3 right, 4–5 unanswered.
    StringBuilder gbk = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      gbk.append(fullWidth((i + 1) + " " + right(items.get(i)))).append("\r\n");
    }
    String headers = "From: wangwu@example.org\r\nTo: teacher@example.org\r\nSubject: =?GBK?B?u9i4tA==?=\r\n"
        + "Message-ID: <gbk-1@example.org>\r\nReferences: " + quizId.get("wangwu@example.org") + "\r\n"
        + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=GBK\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
    byte[] head = headers.getBytes(StandardCharsets.US_ASCII);
    byte[] body = gbk.toString().getBytes(Charset.forName("GBK"));
    byte[] raw = new byte[head.length + body.length];
    System.arraycopy(head, 0, raw, 0, head.length);
    System.arraycopy(body, 0, raw, head.length, body.length);
    teacher.deliver(new MimeMessage(SESSION, new ByteArrayInputStream(raw)));

    teacher.deliver(textReply("zhaoliu@example.org", quizId.get("zhaoliu@example.org"), "退订"));
    teacher.deliver(textReply("stranger@example.net", quizId.get("qianqi@example.org"), "1 A"));
    // 王五's address answering 张三's quiz: never credited to either.
    teacher.deliver(textReply("wangwu@example.org", quizId.get("zhangsan@example.org"), "1 A 2 B"));
    Thread.sleep(1100); // INTERNALDATE has whole seconds: the correction must arrive visibly later
    teacher.deliver(textReply("zhangsan@example.org", quizId.get("zhangsan@example.org"), oneWrong + quoted));

    // The organiser's command, twice: the second finds nothing new.
    StringWriter err = new StringWriter();
    int exit = org.kaodian.cli.Main.run(new String[] {"mail", cfg.file().toString(), "--collect"},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertThat(exit).as(err.toString()).isZero();
    assertThat(err.toString()).contains("stranger@example.net: not a member", "answers another member's quiz",
        "unsubscribed: zhaoliu@example.org",
        "collected: 4 graded, 0 late, 1 unsubscribed, 2 not graded (see above), 0 already handled");
    StringWriter again = new StringWriter();
    org.kaodian.cli.Main.run(new String[] {"mail", cfg.file().toString(), "--collect"},
        new PrintWriter(new StringWriter(), true), new PrintWriter(again, true));
    assertThat(again.toString()).contains("collected: 0 graded, 0 late, 0 unsubscribed, 0 not graded");
    // Even with the flags cleared, a reply already handled is not counted again.
    clearFlags();
    ReplyCollector.Result third = collect(cfg);
    assertThat(third.counts()).isEmpty();
    assertThat(third.alreadyHandled()).isEqualTo(7);

    try (Store store = Store.openGroup(cfg.store())) {
      Map<String, Double> scores = new LinkedHashMap<>();
      store.grades(cfg.group()).forEach(g -> scores.put(g.member(), g.score()));
      assertThat(scores).containsExactlyInAnyOrderEntriesOf(Map.of("zhangsan@example.org", 4.0,
          "lisi@example.org", 5.0, "wangwu@example.org", 3.0));
    }

    WeeklyMailer.Result w2 = mailer(cfg).run(new WeeklyMailer.Options(W2, false, false));
    assertThat(w2.sent()).containsExactlyInAnyOrder("zhangsan@example.org", "lisi@example.org", "wangwu@example.org",
        "qianqi@example.org");
    assertThat(w2.unsubscribed()).singleElement().asString().startsWith("zhaoliu@example.org");
    assertThat(mailsTo("zhaoliu@example.org")).hasSize(1);

    String zhang = text(mailsTo("zhangsan@example.org").get(1));
    assertThat(zhang).contains("上周（2026-W47）你的得分：4/5", "答错或未答的题：", "第2题 " + items.get(1).stem(),
        "解析：" + items.get(1).explanation(), "—— 错题回顾", "6. （" + items.get(1).type().chinese() + "）"
            + items.get(1).stem());
    assertThat(zhang).contains("—— 上周排行榜 ——\n1. 匿名  5/5\n2. 张三  4/5\n3. 王五  3/5");
    String wang = text(mailsTo("wangwu@example.org").get(1));
    assertThat(wang).contains("你的得分：3/5", "第4题", "第5题", "6. （", "7. （");
    String qian = text(mailsTo("qianqi@example.org").get(1));
    assertThat(qian).contains("上周（2026-W47）没有收到你的答案。").doesNotContain("错题回顾");
    assertThat(text(mailsTo("lisi@example.org").get(1))).contains("你的得分：5/5，全部答对！").doesNotContain("错题回顾");

    // After week 2 went out, an answer to week 1 is late: recorded, not counted.
    teacher.deliver(textReply("qianqi@example.org", quizId.get("qianqi@example.org"), "1 A"));
    ReplyCollector.Result late = collect(cfg);
    assertThat(late.count(ReplyOutcome.LATE)).isEqualTo(1);
    try (Store store = Store.openGroup(cfg.store())) {
      assertThat(store.grades(cfg.group())).hasSize(3);
      assertThat(store.replyCount(cfg.group(), W1, "qianqi@example.org", ReplyOutcome.LATE)).isEqualTo(1);
    }

    // 张三 answers the 错题回顾 question 6 right in week 2: it comes back after two weeks, not next week.
    StringBuilder w2answers = new StringBuilder();
    List<Item> w2items;
    try (Store store = Store.openGroup(cfg.store())) {
      w2items = ReplyCollector.mailItems(store, cfg.group(), W2, cfg.members().get(0));
    }
    assertThat(w2items).hasSize(6).last().isEqualTo(items.get(1));
    for (int i = 0; i < w2items.size(); i++) {
      w2answers.append(i + 1).append(' ').append(right(w2items.get(i))).append('\n');
    }
    teacher.deliver(textReply("zhangsan@example.org", mailsTo("zhangsan@example.org").get(1).getMessageID(),
        w2answers.toString()));
    assertThat(collect(cfg).count(ReplyOutcome.GRADED)).isEqualTo(1);
    mailer(cfg).run(new WeeklyMailer.Options("2026-W49", false, false));
    assertThat(text(mailsTo("zhangsan@example.org").get(2))).contains("你的得分：6/6").doesNotContain("错题回顾");

    // The organiser's grade book from the same store: scores, the late reply, and the chart.
    Path out = dir.resolve("report");
    assertThat(org.kaodian.cli.Main.run(new String[] {"report", cfg.file().toString(), "-o", out.toString()},
        new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true))).isZero();
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out.resolve("理论学习小组-成绩册.xlsx")))) {
      var sheet = wb.getSheet("成绩册");
      var fmt = new org.apache.poi.ss.usermodel.DataFormatter();
      assertThat(fmt.formatCellValue(sheet.getRow(1).getCell(2))).isEqualTo("80");
      assertThat(fmt.formatCellValue(sheet.getRow(1).getCell(3))).isEqualTo("4/5");
      assertThat(fmt.formatCellValue(sheet.getRow(1).getCell(5))).isEqualTo("6/6");
      assertThat(fmt.formatCellValue(sheet.getRow(5).getCell(3))).isEqualTo("迟交×1");
    }
    assertThat(javax.imageio.ImageIO.read(out.resolve("理论学习小组-成绩.png").toFile()).getWidth()).isEqualTo(900);
  }

  @Test
  void theListUnsubscribeMailtoStopsTheMailAndAnOversizedReplyIsLoggedNotRead() throws Exception {
    teacher = greenMail.setUser("teacher@example.org", "teacher", "secret");
    GroupConfig cfg = config();
    // What a mail program sends from the List-Unsubscribe header: no In-Reply-To, subject "unsubscribe".
    MimeMessage mailto = reply("qianqi@example.org", null, "unsubscribe");
    mailto.setText("", "UTF-8");
    mailto.saveChanges();
    teacher.deliver(mailto);
    MimeMessage big = reply("zhangsan@example.org", null, "Re: 小测（" + W1 + "）");
    big.setText("1 B\n" + "附件".repeat(ReplyCollector.MAX_REPLY_BYTES / 2), "UTF-8");
    big.saveChanges();
    teacher.deliver(big);
    ReplyCollector.Result r = collect(cfg);
    assertThat(r.count(ReplyOutcome.UNSUBSCRIBE)).isEqualTo(1);
    assertThat(r.count(ReplyOutcome.OVERSIZED)).isEqualTo(1);
    assertThat(log.toString()).contains("unsubscribed: qianqi@example.org", "zhangsan@example.org: ", "-byte cap; not read");
    try (Store store = Store.openGroup(cfg.store())) {
      assertThat(store.unsubscribed(cfg.group())).containsOnlyKeys("qianqi@example.org");
    }
  }

  @Test
  void collectWithoutAnImapSectionIsAUsageError() throws Exception {
    Path f = dir.resolve("g.yaml");
    Files.writeString(f, "group: g\nfrom: teacher@example.org\nmembers: [{email: a@example.org}]\n", StandardCharsets.UTF_8);
    StringWriter err = new StringWriter();
    int exit = org.kaodian.cli.Main.run(new String[] {"mail", f.toString(), "--collect"},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--collect needs an imap: section in " + f);
  }

  private void clearFlags() throws Exception {
    Properties p = new Properties();
    try (jakarta.mail.Store s = Session.getInstance(p).getStore("imap")) {
      s.connect("127.0.0.1", greenMail.getImap().getPort(), "teacher", "secret");
      Folder inbox = s.getFolder("INBOX");
      inbox.open(Folder.READ_WRITE);
      for (Message m : inbox.getMessages()) {
        m.setFlags(new Flags(ReplyCollector.HANDLED), false);
        m.setFlags(new Flags(Flags.Flag.SEEN), false);
      }
      inbox.close(false);
    }
  }
}
