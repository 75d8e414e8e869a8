package org.kaodian.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaodian.store.Store.ClaimOutcome;
import org.kaodian.store.Store.SendStatus;

class StoreTest {
  private static final Duration TIMEOUT = Duration.ofMinutes(10);
  private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

  @TempDir Path dir;

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

  @Test
  void oneRunHoldsAMemberWeekAndALiveHolderIsLeftAlone() throws Exception {
    try (Store a = Store.open(dir.resolve("k.db")); Store b = Store.open(dir.resolve("k.db"))) {
      assertThat(a.claim("g", "W", "m", "A", "<id>", T0, TIMEOUT, false).outcome()).isEqualTo(ClaimOutcome.CLAIMED);
      Store.Claim second = b.claim("g", "W", "m", "B", "<id>", T0.plusSeconds(60), TIMEOUT, false);
      assertThat(second.outcome()).isEqualTo(ClaimOutcome.HELD);
      assertThat(second.row().runId()).isEqualTo("A");
      assertThat(b.startSending("g", "W", "m", "B", T0)).as("only the holder may send").isFalse();
      assertThat(a.startSending("g", "W", "m", "A", T0)).isTrue();
      assertThat(a.finish("g", "W", "m", "A", SendStatus.SENT, null, T0)).isTrue();
      assertThat(b.claim("g", "W", "m", "B", "<id>", T0.plus(TIMEOUT).plusSeconds(1), TIMEOUT, false).outcome())
          .isEqualTo(ClaimOutcome.DONE);
    }
  }

  @Test
  void aDeadRunsClaimIsTakenOverAfterTheTimeoutAndTheSlowRunCannotSendAnyMore() throws Exception {
    try (Store s = Store.open(dir.resolve("k.db"))) {
      s.claim("g", "W", "m", "A", "<id>", T0, TIMEOUT, false);
      Instant late = T0.plus(TIMEOUT).plusSeconds(1);
      assertThat(s.claim("g", "W", "m", "B", "<id>", T0.plus(TIMEOUT).minusSeconds(1), TIMEOUT, false).outcome())
          .isEqualTo(ClaimOutcome.HELD);
      Store.Claim taken = s.claim("g", "W", "m", "B", "<id>", late, TIMEOUT, false);
      assertThat(taken.outcome()).isEqualTo(ClaimOutcome.CLAIMED);
      assertThat(taken.takenFrom()).isEqualTo("A");
      assertThat(s.touch("g", "W", "m", "A", late)).isFalse();
      assertThat(s.startSending("g", "W", "m", "A", late)).isFalse();
      assertThat(s.finish("g", "W", "m", "A", SendStatus.FAILED, "x", late)).as("A cannot overwrite B's claim").isFalse();
      assertThat(s.send("g", "W", "m").orElseThrow().runId()).isEqualTo("B");
    }
  }

  @Test
  void aDeadRunThatHadSentTheEndOfItsMessageLeavesItUncertainNotResent() throws Exception {
    try (Store s = Store.open(dir.resolve("k.db"))) {
      s.claim("g", "W", "m", "A", "<id>", T0, TIMEOUT, false);
      s.startSending("g", "W", "m", "A", T0);
      Instant late = T0.plus(TIMEOUT).plusSeconds(1);
      Store.Claim c = s.claim("g", "W", "m", "B", "<id>", late, TIMEOUT, false);
      assertThat(c.outcome()).isEqualTo(ClaimOutcome.UNCERTAIN);
      assertThat(c.takenFrom()).isEqualTo("A");
      assertThat(s.claim("g", "W", "m", "C", "<id>", late, TIMEOUT, false).outcome()).isEqualTo(ClaimOutcome.UNCERTAIN);
      assertThat(s.claim("g", "W", "m", "C", "<id>", late, TIMEOUT, true).outcome())
          .as("the organiser asked for it").isEqualTo(ClaimOutcome.CLAIMED);
    }
  }

  @Test
  void aFailedMemberWeekIsClaimedAgainByTheNextRun() throws Exception {
    try (Store s = Store.open(dir.resolve("k.db"))) {
      s.claim("g", "W", "m", "A", "<id>", T0, TIMEOUT, false);
      s.finish("g", "W", "m", "A", SendStatus.FAILED, "421 try later", T0);
      Store.Claim again = s.claim("g", "W", "m", "B", "<id>", T0.plusSeconds(5), TIMEOUT, false);
      assertThat(again.outcome()).isEqualTo(ClaimOutcome.CLAIMED);
      assertThat(again.takenFrom()).isNull();
    }
  }

  @Test
  void connectionsOpeningAFreshStoreTogetherAllGetTheSchema() throws Exception {
    Path file = dir.resolve("fresh/k.db");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Integer>> opens = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        opens.add(() -> {
          try (Store s = Store.open(file)) {
            return s.schemaVersion();
          }
        });
      }
      for (Future<Integer> f : pool.invokeAll(opens)) {
        assertThat(f.get()).isEqualTo(Store.LATEST_VERSION);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
