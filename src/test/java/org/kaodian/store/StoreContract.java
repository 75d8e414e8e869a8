package org.kaodian.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaodian.store.Store.ClaimOutcome;
import org.kaodian.store.Store.ReplyOutcome;
import org.kaodian.store.Store.SendStatus;

/** What every store must do, on SQLite ({@link StoreTest}) and on PostgreSQL ({@link PostgresStoreIT}) alike. */
abstract class StoreContract {
  static final Duration TIMEOUT = Duration.ofMinutes(10);
  static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

  private String url;

  /** The JDBC URL of a new, empty store. */
  protected abstract String freshUrl() throws Exception;

  @BeforeEach
  void newStore() throws Exception {
    url = freshUrl();
  }

  /** Another connection to this test's store. */
  Store open() throws Exception {
    return Store.openUrl(url);
  }

  @Test
  void oneRunHoldsAMemberWeekAndALiveHolderIsLeftAlone() throws Exception {
    try (Store a = open(); Store b = open()) {
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
    try (Store s = open()) {
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
    try (Store s = open()) {
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
    try (Store s = open()) {
      s.claim("g", "W", "m", "A", "<id>", T0, TIMEOUT, false);
      s.finish("g", "W", "m", "A", SendStatus.FAILED, "421 try later", T0);
      Store.Claim again = s.claim("g", "W", "m", "B", "<id>", T0.plusSeconds(5), TIMEOUT, false);
      assertThat(again.outcome()).isEqualTo(ClaimOutcome.CLAIMED);
      assertThat(again.takenFrom()).isNull();
    }
  }

  @Test
  void connectionsOpeningAFreshStoreTogetherAllGetTheSchema() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Integer>> opens = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        opens.add(() -> {
          try (Store s = open()) {
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

  @Test
  void aReplyIsRecordedOnceAndTheLaterReplysGradeWins() throws Exception {
    try (Store a = open(); Store b = open()) {
      assertThat(a.recordReply("g", "<r1>", "m", "W", 10, ReplyOutcome.GRADED, null)).isTrue();
      assertThat(b.recordReply("g", "<r1>", "m", "W", 10, ReplyOutcome.GRADED, null)).as("second collect").isFalse();
      assertThat(a.recordReply("h", "<r1>", "m", "W", 10, ReplyOutcome.GRADED, null)).as("another group").isTrue();
      a.recordGrade("g", new Store.GradeRow("W", "m", "<r2>", 20, 4, 5, List.of(new Store.ItemCredit("x", 1),
          new Store.ItemCredit("y", 0.5))));
      b.recordGrade("g", new Store.GradeRow("W", "m", "<r1>", 10, 1, 5, List.of()));
      List<Store.GradeRow> grades = a.grades("g");
      assertThat(grades).singleElement().satisfies(g -> {
        assertThat(g.replyKey()).isEqualTo("<r2>");
        assertThat(g.score()).isEqualTo(4);
        assertThat(g.results()).containsExactly(new Store.ItemCredit("x", 1), new Store.ItemCredit("y", 0.5));
      });
      a.recordReply("g", "<r3>", "m", "W", 30, ReplyOutcome.LATE, "late");
      assertThat(b.replyCount("g", "W", "m", ReplyOutcome.LATE)).isEqualTo(1);
    }
  }

  @Test
  void unsubscribeAnonymityAndReviewItemsAreKeptPerGroup() throws Exception {
    try (Store s = open()) {
      s.unsubscribe("g", "m", T0);
      s.unsubscribe("g", "m", T0.plusSeconds(60));
      s.hideFromLeaderboard("g", "m");
      s.hideFromLeaderboard("g", "n");
      assertThat(s.unsubscribed("g")).containsExactly(java.util.Map.entry("m", T0));
      assertThat(s.unsubscribed("h")).isEmpty();
      assertThat(s.anonymous("g")).containsExactlyInAnyOrder("m", "n");
      assertThat(s.recordReview("g", "W", "m", List.of("a", "b"))).containsExactly("a", "b");
      assertThat(s.recordReview("g", "W", "m", List.of("c"))).as("the first recorded stands").containsExactly("a", "b");
      assertThat(s.recordReview("g", "W", "n", List.of())).isEmpty();
      s.recordWeek("g", "W1", List.of("a"));
      s.recordWeek("g", "W2", List.of("b"));
      assertThat(s.weeks("g")).containsExactly("W1", "W2");
      assertThat(s.weekCreated("g", "W1")).isPresent();
    }
  }
}
