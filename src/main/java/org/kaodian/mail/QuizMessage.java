package org.kaodian.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.kaodian.export.ExportRequest;
import org.kaodian.export.WorksheetExporter;
import org.kaodian.item.Item;
import org.kaodian.item.ItemType;
import org.kaodian.render.Templates;

/** Composes one member's weekly quiz message: headers, text and HTML parts, and the optional worksheet. */
final class QuizMessage {
  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final GroupConfig cfg;
  private final Templates templates;
  private final Clock clock;
  // Composing needs no server; the sender's own session carries the SMTP settings.
  private final Session session = Session.getInstance(new Properties());

  QuizMessage(GroupConfig cfg, Templates templates, Clock clock) {
    this.cfg = cfg;
    this.templates = templates;
    this.clock = clock;
  }

  /**
   * The member's stable Message-ID for the week: the same on every attempt, from the group and the
   * member's identity, so a mail program that sees it twice can tell it is one message.
   */
  String messageId(GroupConfig.Member m, String week) {
    return messageId(cfg, m, week);
  }

  /** The same Message-ID without a composer, for matching replies to the quiz they answer. */
  static String messageId(GroupConfig cfg, GroupConfig.Member m, String week) {
    return "<kaodian." + week + "." + hash(cfg.group() + "\u0000" + m.id()) + "@" + domain(cfg.fromAddress()) + ">";
  }

  String subject(GroupConfig.Member m, WeeklyItems.QuizWeek w) {
    return templates.render("email/subject.ftl", model(m, w, Feedback.NONE));
  }

  String text(GroupConfig.Member m, WeeklyItems.QuizWeek w, Feedback f) {
    return templates.render("email/quiz.txt.ftl", model(m, w, f));
  }

  MimeMessage compose(GroupConfig.Member m, WeeklyItems.QuizWeek w, byte[] docx) throws MessagingException {
    return compose(m, w, Feedback.NONE, docx, null);
  }

  /**
   * The member's message with their feedback, the worksheet ({@code docx}) and the one-file quiz page
   * ({@code page}) attached when given.
   */
  MimeMessage compose(GroupConfig.Member m, WeeklyItems.QuizWeek w, Feedback f, byte[] docx, byte[] page)
      throws MessagingException {
    Map<String, Object> model = model(m, w, f);
    String id = messageId(m, w.week());
    MimeMessage msg = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", id);
      }
    };
    InternetAddress from = cfg.from();
    // The group's name is the sender's display name unless the group file gives one ("老师 <a@b>").
    msg.setFrom(Mailbox.of(from.getAddress(), from.getPersonal() != null ? from.getPersonal() : cfg.group()));
    msg.setRecipient(Message.RecipientType.TO, m.address());
    msg.setSubject(templates.render("email/subject.ftl", model), StandardCharsets.UTF_8.name());
    msg.setSentDate(Date.from(clock.instant()));
    msg.setHeader("List-Unsubscribe", "<mailto:" + cfg.fromAddress() + "?subject=unsubscribe>");
    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(templates.render("email/quiz.txt.ftl", model), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(templates.render("email/quiz.html.ftlh", model), StandardCharsets.UTF_8.name(), "html");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    if (docx == null && page == null) {
      msg.setContent(alternative);
    } else {
      MimeMultipart mixed = new MimeMultipart("mixed");
      MimeBodyPart body = new MimeBodyPart();
      body.setContent(alternative);
      mixed.addBodyPart(body);
      if (docx != null) {
        mixed.addBodyPart(attachment(docx, DOCX, cfg.group() + "-" + w.week() + ".docx"));
      }
      if (page != null) {
        // The one-file quiz page: opened from the mail program, it works offline like the exported one.
        mixed.addBodyPart(attachment(page, "text/html; charset=UTF-8", cfg.group() + "-" + w.week() + "-quiz.html"));
      }
      msg.setContent(mixed);
    }
    msg.saveChanges();
    return msg;
  }

  private static MimeBodyPart attachment(byte[] bytes, String type, String name) throws MessagingException {
    MimeBodyPart attachment = new MimeBodyPart();
    attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, type)));
    try {
      attachment.setFileName(MimeUtility.encodeText(name, "UTF-8", "B"));
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException("UTF-8 is always supported", e);
    }
    return attachment;
  }

  /** The week's quiz page (the same page as {@code --format html}) as UTF-8 bytes, for attaching. */
  byte[] quizPage(WeeklyItems.QuizWeek w) throws IOException {
    return org.kaodian.export.HtmlQuizExporter.page(w.quiz(), cfg.group() + " " + w.week(), templates)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The week's worksheet as .docx bytes, for attaching. */
  byte[] worksheet(WeeklyItems.QuizWeek w) throws IOException {
    Path tmp = Files.createTempDirectory("kaodian-mail");
    try {
      List<Path> files = new WorksheetExporter().export(new ExportRequest(w.quiz(), tmp, "quiz",
          cfg.group() + " " + w.week(), cfg.seed(), 1, templates));
      return Files.readAllBytes(files.get(0));
    } finally {
      try (var s = Files.walk(tmp)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private Map<String, Object> model(GroupConfig.Member m, WeeklyItems.QuizWeek w, Feedback f) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("group", cfg.group());
    model.put("from", cfg.fromAddress());
    model.put("week", w.week());
    model.put("weekNumber", Integer.parseInt(w.week().substring(w.week().indexOf('W') + 1)));
    model.put("member", Map.of("name", m.name(), "email", m.email()));
    List<Map<String, Object>> questions = new ArrayList<>();
    for (Item i : w.quiz()) {
      questions.add(question(i, questions.size() + 1));
    }
    model.put("questions", questions);
    // 错题回顾 questions are numbered on after the week's, so one reply answers both.
    List<Map<String, Object>> review = new ArrayList<>();
    for (Item i : f.review()) {
      review.add(question(i, questions.size() + review.size() + 1));
    }
    model.put("review", review);
    if (f.lastWeek() != null) {
      Map<String, Object> mine = new LinkedHashMap<>();
      mine.put("week", f.lastWeek());
      mine.put("replied", f.score() != null);
      if (f.score() != null) {
        mine.put("score", Feedback.points(f.score().score()));
        mine.put("max", f.score().max());
      }
      List<Map<String, Object>> missed = new ArrayList<>();
      for (Feedback.Missed x : f.missed()) {
        missed.add(Map.of("number", x.number(), "stem", x.item().stem(), "answer", answer(x.item()),
            "explanation", x.item().explanation()));
      }
      mine.put("missed", missed);
      model.put("myScore", mine);
      List<Map<String, Object>> board = new ArrayList<>();
      for (Feedback.Rank r : f.leaderboard()) {
        board.add(Map.of("rank", r.rank(), "name", r.name(), "score", Feedback.points(r.score()), "max", r.max()));
      }
      model.put("leaderboard", board);
    }
    if (w.previousWeek() != null && !w.lastWeek().isEmpty()) {
      List<Map<String, Object>> answers = new ArrayList<>();
      int k = 1;
      for (Item i : w.lastWeek()) {
        answers.add(Map.of("number", k++, "stem", i.stem(), "answer", answer(i), "explanation", i.explanation()));
      }
      model.put("lastWeek", Map.of("week", w.previousWeek(), "answers", answers));
    }
    return model;
  }

  private static Map<String, Object> question(Item i, int number) {
    List<Map<String, String>> options = new ArrayList<>();
    for (int k = 0; k < i.options().size(); k++) {
      options.add(Map.of("letter", String.valueOf((char) ('A' + k)), "text", i.options().get(k)));
    }
    return Map.of("number", number, "stem", i.stem(), "type", i.type().id(), "typeName", i.type().chinese(),
        "trueFalse", i.type() == ItemType.TRUE_FALSE, "options", options);
  }

  private static String answer(Item i) {
    return WorksheetExporter.answerText(i) + (i.type().isChoice() ? "（" + String.join("、", i.answers()) + "）" : "");
  }

  private static String domain(String address) {
    int at = address.indexOf('@');
    return at < 0 ? "kaodian.local" : address.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
  }

  private static String hash(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
