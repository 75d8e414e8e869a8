package org.kaodian.mail;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.NotTerm;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kaodian.item.Item;
import org.kaodian.store.Store;
import org.kaodian.store.Store.ReplyOutcome;

/**
 * Reads members' replies from the group's IMAP folder, grades each once against the mail it answers,
 * records unsubscribe and anonymity requests, and flags every handled message (never deletes it).
 */
public final class ReplyCollector {
  /** The keyword set on handled messages; servers without keywords get \Seen instead. */
  static final String HANDLED = "KaodianCollected";
  /** Replies larger than this are not read: answers fit in a few lines, and a big one is an attachment or spam. */
  static final int MAX_REPLY_BYTES = 512 * 1024;
  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
  private static final Pattern WEEK_TAG = Pattern.compile("\\d{4}-W\\d{2}");

  /** What one collect did: replies by outcome, and the member addresses that unsubscribed. */
  public record Result(Map<ReplyOutcome, Integer> counts, List<String> unsubscribed, int alreadyHandled) {
    public int count(ReplyOutcome o) {
      return counts.getOrDefault(o, 0);
    }
  }

  private final GroupConfig cfg;
  private final PrintWriter log;
  private final Clock clock;

  public ReplyCollector(GroupConfig cfg, PrintWriter log, Clock clock) {
    this.cfg = cfg;
    this.log = log;
    this.clock = clock;
  }

  /** Connects to the group's IMAP server and collects from its folder. */
  public Result collect(Store store) throws MessagingException, IOException, SQLException {
    GroupConfig.Imap imap = cfg.imap();
    String proto = imap.security() == GroupConfig.Security.SSL ? "imaps" : "imap";
    Properties p = new Properties();
    p.put("mail." + proto + ".connectiontimeout", String.valueOf(imap.timeoutMillis()));
    p.put("mail." + proto + ".timeout", String.valueOf(imap.timeoutMillis()));
    switch (imap.security()) {
      case STARTTLS -> {
        p.put("mail.imap.starttls.enable", "true");
        p.put("mail.imap.starttls.required", "true");
        p.put("mail.imap.ssl.checkserveridentity", "true");
      }
      case SSL -> p.put("mail.imaps.ssl.checkserveridentity", "true");
      case NONE -> { }
    }
    try (jakarta.mail.Store server = Session.getInstance(p).getStore(proto)) {
      server.connect(imap.host(), imap.port(), imap.user(), imap.password());
      Folder folder = server.getFolder(imap.folder());
      if (!folder.exists()) {
        throw new MessagingException("the IMAP folder " + imap.folder() + " does not exist at " + imap.host());
      }
      folder.open(Folder.READ_WRITE);
      try {
        return collect(store, folder);
      } finally {
        folder.close(false); // false: never expunge, nothing is deleted
      }
    }
  }

  /** Collects the folder's messages that are not flagged as handled yet. */
  Result collect(Store store, Folder folder) throws MessagingException, SQLException {
    Flags handled = folder.getPermanentFlags().contains(Flags.Flag.USER) ? new Flags(HANDLED)
        : new Flags(Flags.Flag.SEEN);
    Message[] fresh = folder.search(new NotTerm(new FlagTerm(handled, true)));
    Map<String, Owner> quizIds = quizIds(store);
    Map<ReplyOutcome, Integer> counts = new HashMap<>();
    List<String> unsubscribed = new ArrayList<>();
    int already = 0;
    for (Message m : fresh) {
      String key = key(folder, m);
      Optional<ReplyOutcome> outcome;
      try {
        outcome = handle(store, m, key, quizIds, unsubscribed);
      } catch (MessagingException | IOException | RuntimeException e) {
        // One broken message must not stop the others; it is recorded and flagged, not retried forever.
        log.println("reply " + key + ": cannot be read (" + e.getMessage() + "); skipped");
        outcome = store.recordReply(cfg.group(), key, null, null, received(m), ReplyOutcome.UNREADABLE,
            String.valueOf(e.getMessage())) ? Optional.of(ReplyOutcome.UNREADABLE) : Optional.empty();
      }
      if (outcome.isPresent()) {
        counts.merge(outcome.get(), 1, Integer::sum);
      } else {
        already++;
      }
      m.setFlags(handled, true);
    }
    return new Result(Map.copyOf(counts), List.copyOf(unsubscribed), already);
  }

  /** Whose quiz a Message-ID is: the member and the week. */
  private record Owner(String member, String week) {}

  private Map<String, Owner> quizIds(Store store) throws SQLException {
    Map<String, Owner> ids = new HashMap<>();
    for (String week : store.weeks(cfg.group())) {
      for (GroupConfig.Member m : cfg.members()) {
        ids.put(QuizMessage.messageId(cfg, m, week), new Owner(m.id(), week));
      }
    }
    return ids;
  }

  /**
   * Grades or records one reply. Every effect is idempotent (the grade upsert keeps the latest reply,
   * flags only get set), and the reply is recorded as handled last, so a crash part-way through
   * leaves it to be handled again in full; empty when an earlier collect already handled it.
   */
  private Optional<ReplyOutcome> handle(Store store, Message m, String key, Map<String, Owner> quizIds,
      List<String> unsubscribed) throws MessagingException, IOException, SQLException {
    long receivedMs = received(m);
    String from = from(m);
    if (m.getSize() > MAX_REPLY_BYTES) {
      return record(store, key, null, null, receivedMs, ReplyOutcome.OVERSIZED,
          "reply " + key + " from " + from + ": " + m.getSize() + " bytes, over the " + MAX_REPLY_BYTES + "-byte cap; not read");
    }
    GroupConfig.Member member = member(from);
    if (member == null) {
      return record(store, key, null, null, receivedMs, ReplyOutcome.NOT_MEMBER,
          "reply " + key + " from " + from + ": not a member of " + cfg.group() + "; ignored");
    }
    String subject = Optional.ofNullable(m.getSubject()).orElse("");
    String text = ReplyText.of(m);
    String week = null;
    Owner other = null;
    for (String id : references(m)) {
      Owner o = quizIds.get(id);
      if (o != null && o.member().equals(member.id())) {
        week = o.week();
      } else if (o != null) {
        other = o;
      }
    }
    if (week == null && other != null) {
      // Another member's quiz: a forwarded mail or a forged header; grading it would credit the wrong person.
      return record(store, key, member.id(), null, receivedMs, ReplyOutcome.FORGED, "reply " + key + " from "
          + member.email() + ": answers another member's quiz (" + other.week() + "); not graded");
    }
    if (week == null) {
      Matcher tag = WEEK_TAG.matcher(subject);
      while (tag.find()) {
        if (quizIds.containsValue(new Owner(member.id(), tag.group()))) {
          week = tag.group();
        }
      }
    }
    List<Item> items = week == null ? List.of() : mailItems(store, week, member);
    Grader.Reply reply = Grader.read(text, items.size());
    if (reply.anonymous()) {
      store.hideFromLeaderboard(cfg.group(), member.id());
    }
    if (reply.unsubscribe() || subject.toLowerCase(Locale.ROOT).strip().equals("unsubscribe")) {
      store.unsubscribe(cfg.group(), member.id(), Instant.ofEpochMilli(receivedMs));
      Optional<ReplyOutcome> o = record(store, key, member.id(), week, receivedMs, ReplyOutcome.UNSUBSCRIBE,
          "unsubscribed: " + member.email() + " (reply " + key + "); no more mail from the next run");
      o.ifPresent(x -> unsubscribed.add(member.email()));
      return o;
    }
    if (week == null) {
      return record(store, key, member.id(), null, receivedMs, ReplyOutcome.UNMATCHED, "reply " + key + " from "
          + member.email() + ": answers no quiz of " + cfg.group() + " (no known In-Reply-To or week in the subject)");
    }
    Grader.Grade g = Grader.grade(reply, items, cfg.partialCredit());
    String score = Feedback.points(g.score()) + "/" + g.max();
    if (isLate(store, week, receivedMs)) {
      return record(store, key, member.id(), week, receivedMs, ReplyOutcome.LATE, "late reply from " + member.email()
          + " for " + week + " (after the next quiz): " + score + ", recorded as late, not counted");
    }
    store.recordGrade(cfg.group(), new Store.GradeRow(week, member.id(), key, receivedMs, g.score(), g.max(),
        g.results().stream().map(r -> new Store.ItemCredit(r.item().id(), r.credit())).toList()));
    return record(store, key, member.id(), week, receivedMs, ReplyOutcome.GRADED, null);
  }

  /** The questions of a member's mail for a week, in mail order: the week's quiz, then their 错题回顾. */
  static List<Item> mailItems(Store store, String group, String week, GroupConfig.Member member)
      throws SQLException, IOException {
    Map<String, Item> bank = new HashMap<>();
    store.items(false).forEach(i -> bank.put(i.id(), i));
    List<Item> out = new ArrayList<>();
    for (String id : store.week(group, week).orElse(List.of())) {
      Optional.ofNullable(bank.get(id)).ifPresent(out::add);
    }
    for (String id : store.review(group, week, member.id())) {
      Optional.ofNullable(bank.get(id)).ifPresent(out::add);
    }
    return out;
  }

  private List<Item> mailItems(Store store, String week, GroupConfig.Member member) throws SQLException, IOException {
    return mailItems(store, cfg.group(), week, member);
  }

  /**
   * A reply is late once the group's next quiz was chosen before it arrived. Servers give arrival
   * times in whole seconds, so the quiz's time is cut to its second: a reply in that second is late.
   */
  private boolean isLate(Store store, String week, long receivedMs) throws SQLException {
    for (String w : store.weeks(cfg.group())) {
      if (w.compareTo(week) > 0) {
        Optional<Instant> created = store.weekCreated(cfg.group(), w);
        return created.isPresent()
            && created.get().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toEpochMilli() <= receivedMs;
      }
    }
    return false;
  }

  private Optional<ReplyOutcome> record(Store store, String key, String member, String week, long receivedMs,
      ReplyOutcome outcome, String message) throws SQLException {
    if (!store.recordReply(cfg.group(), key, member, week, receivedMs, outcome, message)) {
      return Optional.empty();
    }
    if (message != null) {
      log.println(message);
    }
    return Optional.of(outcome);
  }

  private GroupConfig.Member member(String from) {
    if (from == null) {
      return null;
    }
    String id = from.toLowerCase(Locale.ROOT);
    return cfg.members().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
  }

  private static String from(Message m) throws MessagingException {
    Address[] from = m.getFrom();
    return from != null && from.length > 0 && from[0] instanceof InternetAddress a ? a.getAddress() : null;
  }

  private static List<String> references(Message m) throws MessagingException {
    List<String> ids = new ArrayList<>();
    for (String header : new String[] {"In-Reply-To", "References"}) {
      String[] values = m.getHeader(header);
      if (values != null) {
        for (String v : values) {
          Matcher id = MESSAGE_ID.matcher(v);
          while (id.find()) {
            ids.add(id.group());
          }
        }
      }
    }
    return ids;
  }

  /** The reply's Message-ID, or the folder's UIDVALIDITY and UID when it has none. */
  private static String key(Folder folder, Message m) throws MessagingException {
    String[] id = m.getHeader("Message-ID");
    if (id != null && id.length > 0 && !id[0].isBlank()) {
      return id[0].strip();
    }
    if (folder instanceof UIDFolder u) {
      return "uid:" + folder.getFullName() + ":" + u.getUIDValidity() + ":" + u.getUID(m);
    }
    return "number:" + folder.getFullName() + ":" + m.getMessageNumber();
  }

  private long received(Message m) throws MessagingException {
    java.util.Date d = m.getReceivedDate() != null ? m.getReceivedDate() : m.getSentDate();
    return d != null ? d.getTime() : clock.millis();
  }
}
