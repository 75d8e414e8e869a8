package org.kaodian.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.kaodian.Pipeline;
import org.kaodian.export.AtomicFiles;
import org.kaodian.export.ExportRequest;
import org.kaodian.export.WorksheetExporter;
import org.kaodian.extract.Extractor;
import org.kaodian.item.Item;
import org.kaodian.item.ItemGenerator;
import org.kaodian.item.ItemType;
import org.kaodian.item.PaperAssembler;
import org.kaodian.render.Templates;
import org.kaodian.store.Store;

/**
 * Sends a group's weekly quiz: this week's questions and last week's answers, at most once per
 * member and week, recording the intent before each send and the result after.
 */
public final class WeeklyMailer {
  /** The e-mail templates, checked at start-up with the others. */
  public static final List<String> TEMPLATES = List.of("email/subject.ftl", "email/quiz.txt.ftl", "email/quiz.html.ftlh");
  private static final Pattern WEEK = Pattern.compile("\\d{4}-W(0[1-9]|[1-4]\\d|5[0-3])");

  /** What to do in this run. */
  public record Options(String week, boolean dryRun, boolean attachDocx) {}

  /** What a run did. */
  public record Result(String week, List<String> sent, List<String> skipped, List<String> failed, List<Path> written) {
    public boolean ok() {
      return failed.isEmpty();
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

  public Result run(Options o) throws StopException, IOException, SQLException, MessagingException {
    String week = o.week() != null ? o.week() : currentWeek();
    try (Store store = openStore()) {
      List<Item> quiz = weeklyItems(store, week, !o.dryRun());
      Optional<String> prev = store.previousWeek(cfg.group(), week);
      List<Item> last = prev.isPresent() ? itemsById(store, store.week(cfg.group(), prev.get()).orElseThrow()) : List.of();
      byte[] docx = o.attachDocx() ? worksheet(quiz, week) : null;
      List<String> sent = new ArrayList<>();
      List<String> skipped = new ArrayList<>();
      List<String> failed = new ArrayList<>();
      List<Path> written = new ArrayList<>();
      Session session = session();
      if (o.dryRun()) {
        for (GroupConfig.Member m : cfg.members()) {
          MimeMessage msg = message(session, m, week, quiz, prev.orElse(null), last, docx);
          log.println("dry run: would send \"" + msg.getSubject() + "\" to " + m.email());
        }
        if (!cfg.members().isEmpty()) {
          log.println(templates.render("email/quiz.txt.ftl", model(cfg.members().get(0), week, quiz, prev.orElse(null), last)));
        }
        return new Result(week, sent, skipped, failed, written);
      }
      Transport transport = cfg.smtp() == null ? null : connect(session);
      try {
        for (GroupConfig.Member m : cfg.members()) {
          Optional<Store.Send> before = store.send(cfg.group(), week, m.email());
          if (before.isPresent() && (before.get().status() == Store.SendStatus.SENT
              || before.get().status() == Store.SendStatus.WRITTEN)) {
            skipped.add(m.email());
            continue;
          }
          MimeMessage msg = message(session, m, week, quiz, prev.orElse(null), last, docx);
          String id = msg.getMessageID();
          // Intent first: a crash after this line leaves PENDING, and the resend reuses the same Message-ID.
          store.recordSend(cfg.group(), week, m.email(), Store.SendStatus.PENDING, id, null);
          if (transport == null) {
            Path file = cfg.outbox().resolve(week + "-" + GroupConfig.safeName(m.email()) + ".eml");
            AtomicFiles.write(file, out -> {
              try {
                msg.writeTo(out);
              } catch (MessagingException e) {
                throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
              }
            });
            store.recordSend(cfg.group(), week, m.email(), Store.SendStatus.WRITTEN, id, null);
            written.add(file);
          } else {
            String error = deliver(transport, session, msg);
            if (error == null) {
              store.recordSend(cfg.group(), week, m.email(), Store.SendStatus.SENT, id, null);
              sent.add(m.email());
            } else {
              store.recordSend(cfg.group(), week, m.email(), Store.SendStatus.FAILED, id, error);
              failed.add(m.email() + ": " + error);
            }
          }
          afterMember.accept(m.email());
        }
      } finally {
        if (transport != null) {
          transport.close();
        }
      }
      return new Result(week, sent, skipped, failed, written);
    }
  }

  private Store openStore() throws SQLException, IOException {
    return cfg.store().startsWith("jdbc:") ? Store.openUrl(cfg.store()) : Store.open(Path.of(cfg.store()));
  }

  /** This week's items: recorded ones if the week exists, else new ones the group has not had. */
  private List<Item> weeklyItems(Store store, String week, boolean record) throws SQLException, IOException {
    Optional<List<String>> existing = store.week(cfg.group(), week);
    if (existing.isPresent()) {
      return itemsById(store, existing.get());
    }
    boolean reviewed = store.hasReviewedItems();
    if (!reviewed) {
      var ex = Pipeline.extractFiles(cfg.inputs().stream().map(Path::of).toList(), Extractor.DEFAULT_THRESHOLD,
          p -> log.println((p.fatal() ? "error: " : "note: ") + p), Pipeline.Progress.NONE).extraction();
      List<Item> all = Pipeline.items(ex, templates, new ItemGenerator.Selection(ItemGenerator.Selection.ALL,
          List.of(ItemType.values()), true), cfg.seed());
      int added = store.addItems(all, false);
      if (added > 0) {
        log.println("item bank: " + added + " new items");
      }
    } else {
      log.println("item bank: using the teacher-reviewed items only");
    }
    List<Item> bank = store.items(reviewed).stream().filter(i -> cfg.types().contains(i.type())).toList();
    // The bank remembers facts, not only items: a fact the group was asked (as any item) waits until
    // every unused fact has been asked, and then the facts asked longest ago come first.
    Map<String, Item> byId = new LinkedHashMap<>();
    bank.forEach(i -> byId.put(i.id(), i));
    Map<String, Integer> lastAsked = new java.util.HashMap<>();
    List<String> history = store.itemIdsInWeekOrder(cfg.group());
    for (int k = 0; k < history.size(); k++) {
      Item i = byId.get(history.get(k));
      if (i != null) {
        lastAsked.put(i.fact(), k);
      }
    }
    List<Item> fresh = bank.stream().filter(i -> !lastAsked.containsKey(i.fact())).toList();
    List<Item> chosen = pick(fresh, cfg.itemsPerWeek(), List.of());
    if (chosen.size() < cfg.itemsPerWeek()) {
      List<Item> again = new ArrayList<>(bank.stream().filter(i -> lastAsked.containsKey(i.fact())).toList());
      again.sort(java.util.Comparator.comparingInt((Item i) -> lastAsked.get(i.fact())));
      chosen = new ArrayList<>(chosen);
      chosen.addAll(pick(again, cfg.itemsPerWeek() - chosen.size(), chosen));
    }
    if (chosen.isEmpty()) {
      throw new IOException("no items for " + cfg.group() + ": the inputs " + cfg.inputs() + " gave no key statements");
    }
    if (!record) {
      return chosen;
    }
    return itemsById(store, store.recordWeek(cfg.group(), week, chosen.stream().map(Item::id).toList()));
  }

  /**
   * Items in the candidates' order, types taken in turn so a week mixes them, making one paper with
   * {@code already}: one fact once, no item showing another's answer.
   */
  private static List<Item> pick(List<Item> candidates, int n, List<Item> already) {
    List<Item> out = new ArrayList<>();
    List<Item> paper = new ArrayList<>(already);
    Map<ItemType, List<Item>> byType = new LinkedHashMap<>();
    candidates.forEach(i -> byType.computeIfAbsent(i.type(), k -> new ArrayList<>()).add(i));
    boolean progress = true;
    while (out.size() < n && progress) {
      progress = false;
      for (List<Item> list : byType.values()) {
        while (!list.isEmpty()) {
          Item i = list.remove(0);
          if (!PaperAssembler.compatible(List.of(i), paper, 1).isEmpty()) {
            out.add(i);
            paper.add(i);
            progress = true;
            break;
          }
        }
        if (out.size() >= n) {
          break;
        }
      }
    }
    return out;
  }

  private static List<Item> itemsById(Store store, List<String> ids) throws SQLException, IOException {
    Map<String, Item> all = new LinkedHashMap<>();
    store.items(false).forEach(i -> all.put(i.id(), i));
    List<Item> out = new ArrayList<>();
    ids.forEach(id -> Optional.ofNullable(all.get(id)).ifPresent(out::add));
    return out;
  }

  private Map<String, Object> model(GroupConfig.Member m, String week, List<Item> quiz, String prevWeek, List<Item> last) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("group", cfg.group());
    model.put("from", cfg.from());
    model.put("week", week);
    model.put("weekNumber", Integer.parseInt(week.substring(week.indexOf('W') + 1)));
    model.put("member", Map.of("name", m.name(), "email", m.email()));
    List<Map<String, Object>> questions = new ArrayList<>();
    int n = 1;
    for (Item i : quiz) {
      List<Map<String, String>> options = new ArrayList<>();
      for (int k = 0; k < i.options().size(); k++) {
        options.add(Map.of("letter", String.valueOf((char) ('A' + k)), "text", i.options().get(k)));
      }
      questions.add(Map.of("number", n++, "stem", i.stem(), "type", i.type().id(), "typeName", i.type().chinese(),
          "trueFalse", i.type() == ItemType.TRUE_FALSE, "options", options));
    }
    model.put("questions", questions);
    if (prevWeek != null && !last.isEmpty()) {
      List<Map<String, Object>> answers = new ArrayList<>();
      int k = 1;
      for (Item i : last) {
        answers.add(Map.of("number", k++, "stem", i.stem(), "answer", WorksheetExporter.answerText(i)
            + (i.type().isChoice() ? "（" + String.join("、", i.answers()) + "）" : ""), "explanation", i.explanation()));
      }
      model.put("lastWeek", Map.of("week", prevWeek, "answers", answers));
    }
    return model;
  }

  MimeMessage message(Session session, GroupConfig.Member m, String week, List<Item> quiz, String prevWeek,
      List<Item> last, byte[] docx) throws MessagingException, IOException {
    Map<String, Object> model = model(m, week, quiz, prevWeek, last);
    String id = "<kaodian." + week + "." + hash(cfg.group() + "\u0000" + m.email()) + "@" + domain(cfg.from()) + ">";
    MimeMessage msg = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", id);
      }
    };
    msg.setFrom(new InternetAddress(cfg.from(), cfg.group(), StandardCharsets.UTF_8.name()));
    msg.setRecipient(Message.RecipientType.TO, new InternetAddress(m.email(), m.name(), StandardCharsets.UTF_8.name()));
    msg.setSubject(templates.render("email/subject.ftl", model), StandardCharsets.UTF_8.name());
    msg.setSentDate(Date.from(clock.instant()));
    msg.setHeader("List-Unsubscribe", "<mailto:" + cfg.from() + "?subject=unsubscribe>");
    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(templates.render("email/quiz.txt.ftl", model), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(templates.render("email/quiz.html.ftlh", model), StandardCharsets.UTF_8.name(), "html");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    if (docx == null) {
      msg.setContent(alternative);
    } else {
      MimeMultipart mixed = new MimeMultipart("mixed");
      MimeBodyPart body = new MimeBodyPart();
      body.setContent(alternative);
      mixed.addBodyPart(body);
      MimeBodyPart attachment = new MimeBodyPart();
      attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(docx,
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document")));
      attachment.setFileName(jakarta.mail.internet.MimeUtility.encodeText(cfg.group() + "-" + week + ".docx", "UTF-8", "B"));
      mixed.addBodyPart(attachment);
      msg.setContent(mixed);
    }
    msg.saveChanges();
    return msg;
  }

  private byte[] worksheet(List<Item> quiz, String week) throws IOException {
    Path tmp = Files.createTempDirectory("kaodian-mail");
    try {
      List<Path> files = new WorksheetExporter().export(new ExportRequest(quiz, tmp, "quiz", cfg.group() + " " + week,
          cfg.seed(), 1, templates));
      return Files.readAllBytes(files.get(0));
    } finally {
      try (var s = Files.walk(tmp)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private Session session() {
    Properties p = new Properties();
    GroupConfig.Smtp s = cfg.smtp();
    if (s != null) {
      String proto = s.security().equals("ssl") ? "smtps" : "smtp";
      p.put("mail.transport.protocol", proto);
      p.put("mail." + proto + ".host", s.host());
      p.put("mail." + proto + ".port", String.valueOf(s.port()));
      p.put("mail." + proto + ".auth", String.valueOf(s.user() != null));
      p.put("mail." + proto + ".connectiontimeout", String.valueOf(s.timeoutMillis()));
      p.put("mail." + proto + ".timeout", String.valueOf(s.timeoutMillis()));
      p.put("mail." + proto + ".writetimeout", String.valueOf(s.timeoutMillis()));
      if (s.security().equals("starttls")) {
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true");
        p.put("mail.smtp.ssl.checkserveridentity", "true");
      } else if (s.security().equals("ssl")) {
        p.put("mail.smtps.ssl.checkserveridentity", "true");
      }
    }
    return Session.getInstance(p);
  }

  /** Connects and authenticates once before anyone is sent anything. */
  private Transport connect(Session session) throws StopException {
    GroupConfig.Smtp s = cfg.smtp();
    try {
      Transport t = session.getTransport(s.security().equals("ssl") ? "smtps" : "smtp");
      t.connect(s.host(), s.port(), s.user(), s.password());
      return t;
    } catch (AuthenticationFailedException e) {
      throw new StopException("SMTP authentication failed for user " + s.user() + " at " + s.host() + "; nothing was sent", e);
    } catch (MessagingException e) {
      String why = e.getMessage() == null ? e.toString() : e.getMessage();
      boolean tls = why.toLowerCase(java.util.Locale.ROOT).contains("tls") || why.toLowerCase(java.util.Locale.ROOT).contains("ssl")
          || e.getCause() instanceof javax.net.ssl.SSLException;
      throw new StopException((tls ? "TLS failed with " : "cannot connect to ") + s.host() + ":" + s.port() + " (" + why
          + "); nothing was sent", e);
    } catch (IOException e) {
      throw new StopException("cannot read the SMTP password: " + e.getMessage() + "; nothing was sent", e);
    }
  }

  /** Sends one message; retries transient failures with backoff. Returns null, or the permanent error. */
  private String deliver(Transport transport, Session session, MimeMessage msg) throws MessagingException {
    GroupConfig.Smtp s = cfg.smtp();
    String last = null;
    for (int attempt = 0; attempt <= s.retries(); attempt++) {
      try {
        if (!transport.isConnected()) {
          transport.connect(s.host(), s.port(), s.user(), s.password());
        }
        transport.sendMessage(msg, msg.getAllRecipients());
        return null;
      } catch (SendFailedException e) {
        int code = code(e);
        last = "server refused (" + (code > 0 ? code + " " : "") + firstLine(e) + ")";
        if (code >= 500 || code == 0 && e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
          return last; // permanent for this recipient
        }
      } catch (MessagingException | IOException e) {
        last = firstLine(e);
        try {
          transport.close();
        } catch (MessagingException ignored) {
          // the connection is being replaced
        }
      }
      if (attempt < s.retries()) {
        log.println("transient failure (" + last + "), retrying");
        sleep(s.retryDelayMillis() << attempt);
      }
    }
    return last;
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

  private static String domain(String address) {
    int at = address.indexOf('@');
    return at < 0 ? "kaodian.local" : address.substring(at + 1);
  }

  private static String hash(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** This ISO week's send time (the configured day and time), whether past or not. */
  public ZonedDateTime thisWeeksSend(ZonedDateTime now) {
    return now.withZoneSameInstant(cfg.zone()).with(java.time.temporal.ChronoField.DAY_OF_WEEK, cfg.day().getValue())
        .with(cfg.time());
  }

  /** The next send time at or after now: this week's configured day and time, or next week's. */
  public ZonedDateTime nextSend(ZonedDateTime now) {
    ZonedDateTime t = thisWeeksSend(now);
    return t.isBefore(now) ? t.plusWeeks(1) : t;
  }

}
