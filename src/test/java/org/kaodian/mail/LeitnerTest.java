package org.kaodian.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeitnerTest {
  private static Leitner.Answer a(String week, String item, boolean right) {
    return new Leitner.Answer(week, item, right);
  }

  @Test
  void aMissedItemComesBackAfterOneTwoAndFourWeeksUntilLearnt() {
    List<Leitner.Answer> h = List.of(a("2026-W47", "x", false), a("2026-W47", "y", true));
    assertThat(Leitner.due(h, "2026-W47")).isEmpty();
    assertThat(Leitner.due(h, "2026-W48")).containsExactly("x");
    h = List.of(a("2026-W47", "x", false), a("2026-W48", "x", true));
    assertThat(Leitner.due(h, "2026-W49")).isEmpty();
    assertThat(Leitner.due(h, "2026-W50")).containsExactly("x");
    h = List.of(a("2026-W47", "x", false), a("2026-W48", "x", true), a("2026-W50", "x", true));
    assertThat(Leitner.due(h, "2026-W53")).isEmpty();
    assertThat(Leitner.due(h, "2027-W01")).containsExactly("x");
    h = List.of(a("2026-W47", "x", false), a("2026-W48", "x", true), a("2026-W50", "x", true), a("2027-W01", "x", true));
    assertThat(Leitner.due(h, "2027-W10")).isEmpty();
  }

  @Test
  void missedAgainStartsOverAndAnUnansweredItemStaysDue() {
    List<Leitner.Answer> h = List.of(a("2026-W47", "x", false), a("2026-W48", "x", true), a("2026-W50", "x", false));
    assertThat(Leitner.due(h, "2026-W51")).containsExactly("x");
    assertThat(Leitner.due(List.of(a("2026-W47", "x", false)), "2026-W52")).containsExactly("x");
  }

  @Test
  void weeksCountAcrossTheYearEnd() {
    assertThat(Leitner.plusWeeks("2026-W52", 1)).isEqualTo("2026-W53");
    assertThat(Leitner.plusWeeks("2026-W53", 1)).isEqualTo("2027-W01");
    assertThat(Leitner.plusWeeks("2026-W47", 4)).isEqualTo("2026-W51");
  }
}
