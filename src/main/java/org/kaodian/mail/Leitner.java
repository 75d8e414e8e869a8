package org.kaodian.mail;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 错题回顾 schedule, a pure function of a member's graded answers: a missed item enters box 1
 * and comes back after 1 week; answered right it moves up a box and comes back after 2, then 4
 * weeks; answered right in the last box it is learnt and comes back no more; missed again it starts over.
 */
final class Leitner {
  /** Weeks until an item in box 1, 2, 3 comes back. */
  static final int[] INTERVAL_WEEKS = {1, 2, 4};
  /** At most this many review items in one mail, the longest overdue first, so the mail stays short. */
  static final int MAX_PER_MAIL = 5;

  /** One graded answer of the member: the week of the mail, the item, and whether it was right. */
  record Answer(String week, String itemId, boolean right) {}

  private record Box(int box, String due) {}

  private Leitner() {}

  /** The items due for the member's mail of {@code week}, given all their graded answers of earlier weeks. */
  static List<String> due(List<Answer> history, String week) {
    Map<String, Box> boxes = new LinkedHashMap<>();
    history.stream().filter(a -> a.week().compareTo(week) < 0).sorted(Comparator.comparing(Answer::week))
        .forEach(a -> {
          Box b = boxes.get(a.itemId());
          if (!a.right()) {
            boxes.put(a.itemId(), new Box(1, plusWeeks(a.week(), INTERVAL_WEEKS[0])));
          } else if (b != null) {
            boxes.remove(a.itemId());
            if (b.box() < INTERVAL_WEEKS.length) {
              boxes.put(a.itemId(), new Box(b.box() + 1, plusWeeks(a.week(), INTERVAL_WEEKS[b.box()])));
            }
          }
        });
    List<Map.Entry<String, Box>> due = new ArrayList<>();
    boxes.entrySet().stream().filter(e -> e.getValue().due().compareTo(week) <= 0).forEach(due::add);
    due.sort(Comparator.comparing(e -> e.getValue().due()));
    return due.stream().limit(MAX_PER_MAIL).map(Map.Entry::getKey).toList();
  }

  /** The ISO week {@code n} weeks after {@code week} (2026-W52 + 1 = 2027-W01). */
  static String plusWeeks(String week, int n) {
    int year = Integer.parseInt(week.substring(0, 4));
    int w = Integer.parseInt(week.substring(week.indexOf('W') + 1));
    LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w).with(DayOfWeek.MONDAY);
    return WeeklyMailer.isoWeek(monday.plusWeeks(n));
  }
}
