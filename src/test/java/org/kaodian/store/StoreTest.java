package org.kaodian.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaodian.store.Store.ClaimOutcome;
import org.kaodian.store.Store.SendStatus;

class StoreTest extends StoreContract {

  @TempDir Path dir;
  private int stores;

  @Override
  protected String freshUrl() throws Exception {
    Path folder = dir.resolve("store-" + ++stores);
    Files.createDirectories(folder);
    return "jdbc:sqlite:" + folder.resolve("k.db");
  }

  @Test
  void theLatestVersionConstantIsTheNewestMigrationFile() throws Exception {
    URL folder = Store.class.getResource("/" + Store.MIGRATIONS.substring("classpath:".length()));
    Pattern version = Pattern.compile("V(\\d+)__.+\\.sql");
    int newest = 0;
    try (var files = Files.list(Path.of(folder.toURI()))) {
      for (Path f : files.toList()) {
        Matcher m = version.matcher(f.getFileName().toString());
        if (m.matches()) {
          newest = Math.max(newest, Integer.parseInt(m.group(1)));
        }
      }
    }
    assertThat(Store.LATEST_VERSION).isEqualTo(newest);
  }

  @Test
  void aStoreMadeByTheHandWrittenSchemaIsBaselinedAndMigrated() throws Exception {
    Path file = dir.resolve("old.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
      // Exactly what kaodian 0.1's Store created and wrote.
      st.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
      st.execute("CREATE TABLE items (id TEXT PRIMARY KEY, type TEXT NOT NULL, score REAL NOT NULL, json TEXT NOT NULL,"
          + " reviewed INTEGER NOT NULL DEFAULT 0, added_at TEXT NOT NULL)");
      st.execute("CREATE TABLE weeks (group_name TEXT NOT NULL, week TEXT NOT NULL, item_ids TEXT NOT NULL,"
          + " created_at TEXT NOT NULL, PRIMARY KEY (group_name, week))");
      st.execute("CREATE TABLE sends (group_name TEXT NOT NULL, week TEXT NOT NULL, email TEXT NOT NULL,"
          + " status TEXT NOT NULL, message_id TEXT, attempted_at TEXT NOT NULL, error TEXT,"
          + " PRIMARY KEY (group_name, week, email))");
      st.execute("INSERT INTO schema_version VALUES (1)");
      st.execute("INSERT INTO weeks VALUES ('g', '2026-W47', 'a,b', '2026-11-16T00:00:00Z')");
      st.execute("INSERT INTO sends VALUES ('g', '2026-W47', 'ZhangSan@Example.org', 'SENT', '<m1>', 'x', NULL)");
      st.execute("INSERT INTO sends VALUES ('g', '2026-W47', 'lisi@example.org', 'PENDING', '<m2>', 'x', NULL)");
    }
    try (Store s = Store.open(file)) {
      assertThat(s.schemaVersion()).isEqualTo(Store.LATEST_VERSION);
      assertThat(s.week("g", "2026-W47")).contains(List.of("a", "b"));
      assertThat(s.send("g", "2026-W47", "zhangsan@example.org").orElseThrow().status()).isEqualTo(SendStatus.SENT);
      Store.Send pending = s.send("g", "2026-W47", "lisi@example.org").orElseThrow();
      assertThat(pending.status()).isEqualTo(SendStatus.UNCERTAIN);
      assertThat(pending.error()).contains("older kaodian");
      // A member found sent by the old schema is not claimed again.
      assertThat(s.claim("g", "2026-W47", "zhangsan@example.org", "r", "<m>", T0, TIMEOUT, false).outcome())
          .isEqualTo(ClaimOutcome.DONE);
    }
  }

}
