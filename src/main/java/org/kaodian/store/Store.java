package org.kaodian.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kaodian.export.ItemJson;
import org.kaodian.item.Item;

/**
 * The item bank, each group's weekly quizzes and the per-member send log, over JDBC (SQLite by
 * default; the URL is configurable). The schema is created and migrated by version.
 */
public final class Store implements AutoCloseable {
  /** Status of one member's message for one week. */
  public enum SendStatus { PENDING, SENT, WRITTEN, FAILED }

  /** One row of the send log. */
  public record Send(String email, SendStatus status, String messageId, String error) {}

  private static final List<String> MIGRATIONS = List.of(
      // 1: bank, weeks, send log
      "CREATE TABLE items (id TEXT PRIMARY KEY, type TEXT NOT NULL, score REAL NOT NULL, json TEXT NOT NULL,"
          + " reviewed INTEGER NOT NULL DEFAULT 0, added_at TEXT NOT NULL);"
          + "CREATE TABLE weeks (group_name TEXT NOT NULL, week TEXT NOT NULL, item_ids TEXT NOT NULL, created_at TEXT NOT NULL,"
          + " PRIMARY KEY (group_name, week));"
          + "CREATE TABLE sends (group_name TEXT NOT NULL, week TEXT NOT NULL, email TEXT NOT NULL, status TEXT NOT NULL,"
          + " message_id TEXT, attempted_at TEXT NOT NULL, error TEXT, PRIMARY KEY (group_name, week, email))");

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

  /** Opens any JDBC URL whose driver is on the class path, and migrates its schema. */
  public static Store openUrl(String url) throws SQLException {
    Connection c = DriverManager.getConnection(url);
    Store s = new Store(c);
    s.migrate();
    return s;
  }

  private void migrate() throws SQLException {
    try (Statement st = db.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
      int version = 0;
      try (ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
        if (rs.next()) {
          version = rs.getInt(1);
        }
      }
      for (int v = version; v < MIGRATIONS.size(); v++) {
        db.setAutoCommit(false);
        for (String sql : MIGRATIONS.get(v).split(";")) {
          st.execute(sql);
        }
        st.execute("INSERT INTO schema_version (version) VALUES (" + (v + 1) + ")");
        db.commit();
        db.setAutoCommit(true);
      }
    }
  }

  public int schemaVersion() throws SQLException {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /**
   * Adds items the bank does not have yet; items already there (same id) are left as they are,
   * except that reviewed items replace the machine-made version of the same id.
   */
  public int addItems(List<Item> items, boolean reviewed) throws SQLException, IOException {
    int added = 0;
    try (PreparedStatement ps = db.prepareStatement(
        "INSERT OR " + (reviewed ? "REPLACE" : "IGNORE") + " INTO items (id, type, score, json, reviewed, added_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (Item i : items) {
        ps.setString(1, i.id());
        ps.setString(2, i.type().id());
        ps.setDouble(3, i.score());
        ps.setString(4, ItemJson.write(i));
        ps.setInt(5, reviewed ? 1 : 0);
        ps.setString(6, Instant.now().toString());
        added += ps.executeUpdate();
      }
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
    Set<String> out = new LinkedHashSet<>();
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
        "INSERT OR IGNORE INTO weeks (group_name, week, item_ids, created_at) VALUES (?, ?, ?, ?)")) {
      ps.setString(1, group);
      ps.setString(2, week);
      ps.setString(3, String.join(",", itemIds));
      ps.setString(4, Instant.now().toString());
      ps.executeUpdate();
    }
    return week(group, week).orElseThrow();
  }

  public Optional<Send> send(String group, String week, String email) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(
        "SELECT status, message_id, error FROM sends WHERE group_name = ? AND week = ? AND email = ?")) {
      ps.setString(1, group);
      ps.setString(2, week);
      ps.setString(3, email);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new Send(email, SendStatus.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)))
            : Optional.empty();
      }
    }
  }

  /** Records a member's status for the week (the intent before sending, the result after). */
  public void recordSend(String group, String week, String email, SendStatus status, String messageId, String error)
      throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(
        "INSERT OR REPLACE INTO sends (group_name, week, email, status, message_id, attempted_at, error)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, group);
      ps.setString(2, week);
      ps.setString(3, email);
      ps.setString(4, status.name());
      ps.setString(5, messageId);
      ps.setString(6, Instant.now().toString());
      ps.setString(7, error);
      ps.executeUpdate();
    }
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
