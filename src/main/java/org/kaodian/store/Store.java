package org.kaodian.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.kaodian.export.ItemJson;
import org.kaodian.item.Item;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The item bank, each group's weekly quizzes and the per-member send log, over JDBC (SQLite by
 * default; the URL is configurable), with the schema kept by Flyway migrations.
 */
public final class Store implements AutoCloseable {
  /** Status of one member's message for one week. */
  public enum SendStatus {
    /** A run holds the member-week and has not yet sent the end of the message. */
    CLAIMED,
    /** The end of the message went to the server; its reply is awaited. */
    SENDING,
    SENT,
    WRITTEN,
    /** Not delivered (refused, or a failure before the end of the message); the next run tries again. */
    FAILED,
    /** The message may or may not have arrived; never sent again automatically. */
    UNCERTAIN
  }

  /** One row of the send log. */
  public record Send(String email, SendStatus status, String messageId, String runId, String error) {}

  /** What a claim attempt found. */
  public enum ClaimOutcome {
    /** This run now holds the member-week and may send. */
    CLAIMED,
    /** Already sent or written. */
    DONE,
    /** Another run holds it and has been alive within the claim timeout. */
    HELD,
    /** An earlier attempt may have delivered it; it is reported, not resent. */
    UNCERTAIN
  }

  /**
   * The result of {@link #claim}: the outcome, the row as it stands, and the dead run whose claim
   * this call took over (CLAIMED) or found cut off after the end of its message (UNCERTAIN), else null.
   */
  public record Claim(ClaimOutcome outcome, Send row, String takenFrom) {}

  /** Where the migrations live on the class path. */
  static final String MIGRATIONS = "classpath:org/kaodian/store/migration";
  /** How long a SQLite connection waits for another process's write to finish before failing. */
  static final int BUSY_TIMEOUT_MS = 30_000;
  /** The version of the newest file in {@link #MIGRATIONS}; a test keeps the two in step. */
  static final int LATEST_VERSION = 3;
  private static final int MIGRATE_ATTEMPTS = 20;

  private final Connection db;

  private Store(Connection db) {
    this.db = db;
  }

  /** Opens a SQLite file (created with its folder when missing). */
  public static Store open(Path file) throws SQLException, IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    return openUrl("jdbc:sqlite:" + file);
  }

  /** Opens a group file's {@code store:} value: a JDBC URL when it starts with {@code jdbc:}, else a SQLite file. */
  public static Store openGroup(String store) throws SQLException, IOException {
    return store.startsWith("jdbc:") ? openUrl(store) : open(Path.of(store));
  }

  /** Opens any JDBC URL whose driver is on the class path, and migrates its schema. */
  public static Store openUrl(String url) throws SQLException {
    DataSource ds = dataSource(url);
    migrate(ds, url);
    return new Store(ds.getConnection());
  }

  private static DataSource dataSource(String url) {
    if (url.startsWith("jdbc:sqlite:")) {
      SQLiteConfig config = new SQLiteConfig();
      // Several processes share one file: wait for another's write instead of failing at once, and
      // take the write lock when a transaction begins, so two transactions never both read and then
      // deadlock wanting to write.
      config.setBusyTimeout(BUSY_TIMEOUT_MS);
      config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
      SQLiteDataSource ds = new SQLiteDataSource(config);
      ds.setUrl(url);
      return ds;
    }
    return new UrlDataSource(url);
  }

  /**
   * Brings the schema up to date. Flyway locks its history table on PostgreSQL but not on SQLite,
   * where two processes starting on a fresh file can both try to create the same table; the loser's
   * migration rolls back (SQLite DDL is transactional) and it tries again, finding the work done.
   */
  private static void migrate(DataSource ds, String url) throws SQLException {
    if (appliedVersion(ds) == LATEST_VERSION) {
      return; // the everyday case; starting Flyway costs about a second of a cron run
    }
    Flyway flyway = Flyway.configure(Store.class.getClassLoader()).dataSource(ds).locations(MIGRATIONS)
        .baselineVersion("1").baselineDescription("schema made by kaodian 0.1").load();
    FlywayException last = null;
    for (int attempt = 1; attempt <= MIGRATE_ATTEMPTS; attempt++) {
      try {
        if (isLegacy(ds)) {
          flyway.baseline();
        }
        flyway.migrate();
        return;
      } catch (FlywayException e) {
        last = e;
        sleep(50L * attempt + ThreadLocalRandom.current().nextLong(100));
      }
    }
    throw new SQLException("cannot set up the store schema at " + url + ": " + firstLine(last), last);
  }

  /** The highest version among Flyway's successful migrations, or 0 before Flyway ran. */
  private static int appliedVersion(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      return hasTable(c, "flyway_schema_history") ? appliedVersion(c) : 0;
    }
  }

  private static int appliedVersion(Connection c) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
      int max = 0;
      while (rs.next()) {
        if (rs.getBoolean(2)) {
          max = Math.max(max, Integer.parseInt(rs.getString(1)));
        }
      }
      return max;
    }
  }

  /** A store made by kaodian 0.1: its own version table and no Flyway history yet. */
  private static boolean isLegacy(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      return hasTable(c, "schema_version") && !hasTable(c, "flyway_schema_history");
    }
  }

  private static boolean hasTable(Connection c, String name) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    try (ResultSet rs = md.getTables(null, null, name, null)) {
      return rs.next();
    }
  }

  /** The latest applied migration's version. */
  public int schemaVersion() throws SQLException {
    return appliedVersion(db);
  }

  /**
   * Adds items the bank does not have yet; items already there (same id) are left as they are,
   * except that reviewed items replace the machine-made version of the same id.
   */
  public int addItems(List<Item> items, boolean reviewed) throws SQLException, IOException {
    int added = 0;
    String onConflict = reviewed
        ? " ON CONFLICT (id) DO UPDATE SET type = excluded.type, score = excluded.score, json = excluded.json,"
            + " reviewed = excluded.reviewed, added_at = excluded.added_at"
        : " ON CONFLICT (id) DO NOTHING";
    boolean auto = db.getAutoCommit();
    // One transaction for the whole batch: one disk sync instead of one per item.
    db.setAutoCommit(false);
    try (PreparedStatement ps = db.prepareStatement(
        "INSERT INTO items (id, type, score, json, reviewed, added_at) VALUES (?, ?, ?, ?, ?, ?)" + onConflict)) {
      for (Item i : items) {
        ps.setString(1, i.id());
        ps.setString(2, i.type().id());
        ps.setDouble(3, i.score());
        ps.setString(4, ItemJson.write(i));
        ps.setInt(5, reviewed ? 1 : 0);
        ps.setString(6, Instant.now().toString());
        added += ps.executeUpdate();
      }
      db.commit();
    } catch (SQLException | IOException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(auto);
    }
    return added;
  }

  /** Items of the bank, best first; only reviewed ones when {@code reviewedOnly}. */
  public List<Item> items(boolean reviewedOnly) throws SQLException, IOException {
    List<Item> out = new ArrayList<>();
    String sql = "SELECT json FROM items" + (reviewedOnly ? " WHERE reviewed = 1" : "") + " ORDER BY score DESC, id";
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(ItemJson.read(rs.getString(1)));
      }
    }
    return out;
  }

  public boolean hasReviewedItems() throws SQLException {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM items WHERE reviewed = 1")) {
      return rs.next() && rs.getInt(1) > 0;
    }
  }

  public Optional<List<String>> week(String group, String week) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT item_ids FROM weeks WHERE group_name = ? AND week = ?")) {
      ps.setString(1, group);
      ps.setString(2, week);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(List.of(rs.getString(1).split(","))) : Optional.empty();
      }
    }
  }

  /** The most recent week before {@code week} that the group has a quiz for. */
  public Optional<String> previousWeek(String group, String week) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(
        "SELECT week FROM weeks WHERE group_name = ? AND week < ? ORDER BY week DESC LIMIT 1")) {
      ps.setString(1, group);
      ps.setString(2, week);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /** Every item id the group has had in any week. */
  public Set<String> usedItemIds(String group) throws SQLException {
    return new LinkedHashSet<>(itemIdsInWeekOrder(group));
  }

  /** The item ids of the group's weeks, oldest week first, repeats kept (for "asked longest ago"). */
  public List<String> itemIdsInWeekOrder(String group) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement("SELECT item_ids FROM weeks WHERE group_name = ? ORDER BY week")) {
      ps.setString(1, group);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.addAll(List.of(rs.getString(1).split(",")));
        }
      }
    }
    return out;
  }

  /** Records the week's quiz; returns the quiz already recorded when another run was first. */
  public List<String> recordWeek(String group, String week, List<String> itemIds) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(
        "INSERT INTO weeks (group_name, week, item_ids, created_at) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (group_name, week) DO NOTHING")) {
      ps.setString(1, group);
      ps.setString(2, week);
      ps.setString(3, String.join(",", itemIds));
      ps.setString(4, Instant.now().toString());
      ps.executeUpdate();
    }
    return week(group, week).orElseThrow();
  }

  /** The send-log row of a member-week ({@code member} is the member's identity, see the README). */
  public Optional<Send> send(String group, String week, String member) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(
        "SELECT status, message_id, run_id, error FROM sends WHERE group_name = ? AND week = ? AND email = ?")) {
      ps.setString(1, group);
      ps.setString(2, week);
      ps.setString(3, member);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new Send(member, SendStatus.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                rs.getString(4)))
            : Optional.empty();
      }
    }
  }

  /**
   * Claims a member-week for {@code runId}. Each step is one statement, so it is atomic on its own
   * and needs no lock held across steps: the insert succeeds for exactly one run (primary key);
   * a failed attempt or a claim whose run was last alive longer than {@code timeout} ago is taken
   * over by a conditional update that also succeeds for exactly one run; a dead run's claim that had
   * already sent the end of its message turns UNCERTAIN instead. UNCERTAIN rows are claimed again
   * only when {@code retakeUncertain} (the organiser checked and wants them resent).
   */
  public Claim claim(String group, String week, String member, String runId, String messageId, Instant now,
      Duration timeout, boolean retakeUncertain) throws SQLException {
    long nowMs = now.toEpochMilli();
    long staleBefore = nowMs - timeout.toMillis();
    try (PreparedStatement ps = db.prepareStatement(
        "INSERT INTO sends (group_name, week, email, status, message_id, attempted_at, error, run_id, touched_ms)"
            + " VALUES (?, ?, ?, 'CLAIMED', ?, ?, NULL, ?, ?) ON CONFLICT (group_name, week, email) DO NOTHING")) {
      ps.setString(1, group);
      ps.setString(2, week);
      ps.setString(3, member);
      ps.setString(4, messageId);
      ps.setString(5, now.toString());
      ps.setString(6, runId);
      ps.setLong(7, nowMs);
      if (ps.executeUpdate() == 1) {
        return new Claim(ClaimOutcome.CLAIMED, send(group, week, member).orElseThrow(), null);
      }
    }
    Send before = send(group, week, member).orElseThrow();
    try (PreparedStatement ps = db.prepareStatement(
        "UPDATE sends SET status = 'CLAIMED', message_id = ?, attempted_at = ?, error = NULL, run_id = ?, touched_ms = ?"
            + " WHERE group_name = ? AND week = ? AND email = ?"
            + " AND (status = 'FAILED' OR (status = 'CLAIMED' AND touched_ms < ?)"
            + (retakeUncertain ? " OR status = 'UNCERTAIN'" : "") + ")")) {
      ps.setString(1, messageId);
      ps.setString(2, now.toString());
      ps.setString(3, runId);
      ps.setLong(4, nowMs);
      ps.setString(5, group);
      ps.setString(6, week);
      ps.setString(7, member);
      ps.setLong(8, staleBefore);
      if (ps.executeUpdate() == 1) {
        String from = before.status() == SendStatus.CLAIMED ? before.runId() : null;
        return new Claim(ClaimOutcome.CLAIMED, send(group, week, member).orElseThrow(), from);
      }
    }
    try (PreparedStatement ps = db.prepareStatement(
        "UPDATE sends SET status = 'UNCERTAIN', error = ? WHERE group_name = ? AND week = ? AND email = ?"
            + " AND status = 'SENDING' AND touched_ms < ?")) {
      ps.setString(1, "run " + before.runId() + " sent the whole message and stopped before the server's reply");
      ps.setString(2, group);
      ps.setString(3, week);
      ps.setString(4, member);
      ps.setLong(5, staleBefore);
      if (ps.executeUpdate() == 1) {
        return new Claim(ClaimOutcome.UNCERTAIN, send(group, week, member).orElseThrow(), before.runId());
      }
    }
    Send row = send(group, week, member).orElseThrow();
    ClaimOutcome outcome = switch (row.status()) {
      case SENT, WRITTEN -> ClaimOutcome.DONE;
      case UNCERTAIN -> ClaimOutcome.UNCERTAIN;
      // FAILED here means another run turned it back between our steps; it is theirs to retry.
      case CLAIMED, SENDING, FAILED -> ClaimOutcome.HELD;
    };
    return new Claim(outcome, row, null);
  }

  /** Shows that {@code runId} is alive and still holds its claim; false when it was taken over. */
  public boolean touch(String group, String week, String member, String runId, Instant now) throws SQLException {
    return move(group, week, member, runId, SendStatus.CLAIMED, SendStatus.CLAIMED, null, now);
  }

  /**
   * The point of no return, taken just before the end of the message goes to the server: moves the
   * claim to SENDING if {@code runId} still holds it. False means another run took it over.
   */
  public boolean startSending(String group, String week, String member, String runId, Instant now)
      throws SQLException {
    return move(group, week, member, runId, SendStatus.CLAIMED, SendStatus.SENDING, null, now);
  }

  /** Records how a claimed member-week ended, if {@code runId} still holds it (false otherwise). */
  public boolean finish(String group, String week, String member, String runId, SendStatus status, String error,
      Instant now) throws SQLException {
    return move(group, week, member, runId, null, status, error, now);
  }

  private boolean move(String group, String week, String member, String runId, SendStatus from, SendStatus to,
      String error, Instant now) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(
        "UPDATE sends SET status = ?, error = ?, touched_ms = ?, attempted_at = ?"
            + " WHERE group_name = ? AND week = ? AND email = ? AND run_id = ?"
            + (from == null ? "" : " AND status = '" + from.name() + "'"))) {
      ps.setString(1, to.name());
      ps.setString(2, error);
      ps.setLong(3, now.toEpochMilli());
      ps.setString(4, now.toString());
      ps.setString(5, group);
      ps.setString(6, week);
      ps.setString(7, member);
      ps.setString(8, runId);
      return ps.executeUpdate() == 1;
    }
  }

  /** What became of a reply (see the replies table). */
  public enum ReplyOutcome { GRADED, LATE, UNSUBSCRIBE, NOT_MEMBER, FORGED, UNMATCHED, OVERSIZED, UNREADABLE }

  /** A member-week's grade: the reply it came from, when it arrived, the score and each item's credit in mail order. */
  public record GradeRow(String week, String member, String replyKey, long receivedMs, double score, int max,
      List<ItemCredit> results) {
    public GradeRow {
      results = List.copyOf(results);
    }
  }

  /** One item's credit (0–1) in a graded reply. */
  public record ItemCredit(String itemId, double credit) {}

  /**
   * Records that a reply was handled; false when it was already (the primary key on the reply's key
   * makes a second collect, or a second process collecting at the same time, skip it).
   */
  public boolean recordReply(String group, String replyKey, String member, String week, long receivedMs,
      ReplyOutcome outcome, String detail) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(
        "INSERT INTO replies (group_name, reply_key, member, week, received_ms, outcome, detail)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (group_name, reply_key) DO NOTHING")) {
      ps.setString(1, group);
      ps.setString(2, replyKey);
      ps.setString(3, member);
      ps.setString(4, week);
      ps.setLong(5, receivedMs);
      ps.setString(6, outcome.name());
      ps.setString(7, detail);
      return ps.executeUpdate() == 1;
    }
  }

  /** How many replies a member sent for a week with the given outcome. */
  public int replyCount(String group, String week, String member, ReplyOutcome outcome) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) FROM replies WHERE group_name = ? AND week = ?"
        + " AND member = ? AND outcome = ?")) {
      ps.setString(1, group);
      ps.setString(2, week);
      ps.setString(3, member);
      ps.setString(4, outcome.name());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  /** When the group's quiz for a week was recorded (its items chosen), if it was. */
  public Optional<Instant> weekCreated(String group, String week) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT created_at FROM weeks WHERE group_name = ? AND week = ?")) {
      ps.setString(1, group);
      ps.setString(2, week);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(Instant.parse(rs.getString(1))) : Optional.empty();
      }
    }
  }

  /** Every week the group has a quiz for, oldest first. */
  public List<String> weeks(String group) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement("SELECT week FROM weeks WHERE group_name = ? ORDER BY week")) {
      ps.setString(1, group);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /**
   * Stores a member-week's grade unless a reply received later is already stored: one upsert, so two
   * collectors racing on two replies of one member keep the later one whatever their order.
   */
  public void recordGrade(String group, GradeRow g) throws SQLException {
    StringBuilder results = new StringBuilder();
    for (ItemCredit c : g.results()) {
      results.append(results.length() == 0 ? "" : ";").append(c.itemId()).append('=').append(c.credit());
    }
    try (PreparedStatement ps = db.prepareStatement(
        "INSERT INTO grades (group_name, week, member, reply_key, received_ms, score, max_score, results)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (group_name, week, member) DO UPDATE SET"
            + " reply_key = excluded.reply_key, received_ms = excluded.received_ms, score = excluded.score,"
            + " max_score = excluded.max_score, results = excluded.results"
            + " WHERE excluded.received_ms > grades.received_ms")) {
      ps.setString(1, group);
      ps.setString(2, g.week());
      ps.setString(3, g.member());
      ps.setString(4, g.replyKey());
      ps.setLong(5, g.receivedMs());
      ps.setDouble(6, g.score());
      ps.setInt(7, g.max());
      ps.setString(8, results.toString());
      ps.executeUpdate();
    }
  }

  /** The group's grades, by week then member. */
  public List<GradeRow> grades(String group) throws SQLException {
    List<GradeRow> out = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement("SELECT week, member, reply_key, received_ms, score, max_score,"
        + " results FROM grades WHERE group_name = ? ORDER BY week, member")) {
      ps.setString(1, group);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<ItemCredit> results = new ArrayList<>();
          for (String r : rs.getString(7).split(";")) {
            int eq = r.lastIndexOf('=');
            if (eq > 0) {
              results.add(new ItemCredit(r.substring(0, eq), Double.parseDouble(r.substring(eq + 1))));
            }
          }
          out.add(new GradeRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getDouble(5),
              rs.getInt(6), results));
        }
      }
    }
    return out;
  }

  /** Records that a member asked to stop the mail; the first request's time stays. */
  public void unsubscribe(String group, String member, Instant at) throws SQLException {
    flag(group, member, "unsubscribed_ms = COALESCE(member_flags.unsubscribed_ms, excluded.unsubscribed_ms)",
        at.toEpochMilli(), 0);
  }

  /** Records that a member asked to be shown as 匿名 on the leaderboard. */
  public void hideFromLeaderboard(String group, String member) throws SQLException {
    flag(group, member, "anonymous = 1", null, 1);
  }

  private void flag(String group, String member, String update, Long unsubscribedMs, int anonymous)
      throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO member_flags (group_name, member, unsubscribed_ms,"
        + " anonymous) VALUES (?, ?, ?, ?) ON CONFLICT (group_name, member) DO UPDATE SET " + update)) {
      ps.setString(1, group);
      ps.setString(2, member);
      if (unsubscribedMs == null) {
        ps.setNull(3, java.sql.Types.BIGINT);
      } else {
        ps.setLong(3, unsubscribedMs);
      }
      ps.setInt(4, anonymous);
      ps.executeUpdate();
    }
  }

  /** Members of the group who unsubscribed, with when. */
  public java.util.Map<String, Instant> unsubscribed(String group) throws SQLException {
    java.util.Map<String, Instant> out = new java.util.LinkedHashMap<>();
    try (PreparedStatement ps = db.prepareStatement("SELECT member, unsubscribed_ms FROM member_flags"
        + " WHERE group_name = ? AND unsubscribed_ms IS NOT NULL ORDER BY member")) {
      ps.setString(1, group);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)));
        }
      }
    }
    return out;
  }

  /** Members of the group who asked to be anonymous on the leaderboard. */
  public Set<String> anonymous(String group) throws SQLException {
    Set<String> out = new LinkedHashSet<>();
    try (PreparedStatement ps = db.prepareStatement(
        "SELECT member FROM member_flags WHERE group_name = ? AND anonymous = 1")) {
      ps.setString(1, group);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /** Records the 错题回顾 items of a member's mail for a week; returns those recorded first when another run was first. */
  public List<String> recordReview(String group, String week, String member, List<String> itemIds)
      throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO review_sends (group_name, week, member, item_ids)"
        + " VALUES (?, ?, ?, ?) ON CONFLICT (group_name, week, member) DO NOTHING")) {
      ps.setString(1, group);
      ps.setString(2, week);
      ps.setString(3, member);
      ps.setString(4, String.join(",", itemIds));
      ps.executeUpdate();
    }
    return review(group, week, member);
  }

  /** The 错题回顾 items a member's mail for a week carried (empty when none). */
  public List<String> review(String group, String week, String member) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(
        "SELECT item_ids FROM review_sends WHERE group_name = ? AND week = ? AND member = ?")) {
      ps.setString(1, group);
      ps.setString(2, week);
      ps.setString(3, member);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && !rs.getString(1).isEmpty() ? List.of(rs.getString(1).split(",")) : List.of();
      }
    }
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String firstLine(Exception e) {
    String m = e == null || e.getMessage() == null ? String.valueOf(e) : e.getMessage();
    return m.lines().findFirst().orElse(m).strip();
  }

  /** A data source over {@link DriverManager}, for JDBC URLs other than SQLite's. */
  private static final class UrlDataSource implements DataSource {
    private final String url;

    UrlDataSource(String url) {
      this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public java.io.PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(java.io.PrintWriter out) {
      // DriverManager logs on its own
    }

    @Override
    public void setLoginTimeout(int seconds) {
      DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
      return DriverManager.getLoginTimeout();
    }

    @Override
    public java.util.logging.Logger getParentLogger() {
      return java.util.logging.Logger.getLogger("org.kaodian.store");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      if (iface.isInstance(this)) {
        return iface.cast(this);
      }
      throw new SQLException("not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return iface.isInstance(this);
    }
  }
}
