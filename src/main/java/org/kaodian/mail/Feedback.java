package org.kaodian.mail;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kaodian.item.Item;
import org.kaodian.store.Store;

/**
 * What a member's mail says about the replies so far: their score last week and the items missed,
 * the group's leaderboard for that week, and the member's 错题回顾 items for this week.
 *
 * @param lastWeek the week reported on, or null when this is the group's first quiz
 * @param score the member's grade for it, or null when no reply counted
 * @param missed the items of last week's mail the member did not get fully right, with their numbers there
 * @param leaderboard last week's members who replied, best first (names hidden as 匿名 on request)
 * @param review items this member missed earlier that are due again, asked after this week's questions
 */
record Feedback(String lastWeek, Store.GradeRow score, List<Missed> missed, List<Rank> leaderboard, List<Item> review) {
  /** No replies yet: what a group without collecting, or a dry run of a first week, shows. */
  static final Feedback NONE = new Feedback(null, null, List.of(), List.of(), List.of());
  /** The name shown for members who asked not to be named. */
  static final String ANONYMOUS = "匿名";

  /** A missed item and its number in last week's mail. */
  record Missed(int number, Item item) {}

  /** One leaderboard line; members with equal scores share a rank. */
  record Rank(int rank, String name, double score, int max) {}

  /** The group's replies so far, read once per run, from which each member's feedback is made. */
  record Replies(List<Store.GradeRow> grades, Set<String> anonymous, Map<String, Item> bank) {}

  static Replies replies(Store store, String group) throws SQLException, IOException {
    Map<String, Item> bank = new java.util.HashMap<>();
    store.items(false).forEach(i -> bank.put(i.id(), i));
    return new Replies(store.grades(group), store.anonymous(group), bank);
  }

  /**
   * A member's feedback for the mail of {@code w}. The 错题回顾 items are recorded when {@code record},
   * and a week's recorded items stand, so every attempt and the grading of the reply see the same ones.
   */
  static Feedback of(GroupConfig cfg, Store store, Replies replies, GroupConfig.Member m, WeeklyItems.QuizWeek w,
      boolean record) throws SQLException {
    String prev = w.previousWeek();
    Store.GradeRow mine = null;
    List<Missed> missed = new ArrayList<>();
    List<Rank> board = new ArrayList<>();
    if (prev != null) {
      mine = replies.grades().stream().filter(g -> g.week().equals(prev) && g.member().equals(m.id())).findFirst()
          .orElse(null);
      if (mine != null) {
        for (int i = 0; i < mine.results().size(); i++) {
          Store.ItemCredit c = mine.results().get(i);
          Item item = replies.bank().get(c.itemId());
          if (c.credit() < 1 && item != null) {
            missed.add(new Missed(i + 1, item));
          }
        }
      }
      List<Store.GradeRow> week = new ArrayList<>(replies.grades().stream().filter(g -> g.week().equals(prev)).toList());
      week.sort(Comparator.comparingDouble(Store.GradeRow::score).reversed().thenComparing(Store.GradeRow::member));
      for (int i = 0; i < week.size(); i++) {
        Store.GradeRow g = week.get(i);
        int rank = i > 0 && board.get(i - 1).score() == g.score() ? board.get(i - 1).rank() : i + 1;
        board.add(new Rank(rank, shownName(cfg, replies, g.member()), g.score(), g.max()));
      }
    }
    List<Leitner.Answer> history = new ArrayList<>();
    replies.grades().stream().filter(g -> g.member().equals(m.id())).forEach(g -> g.results()
        .forEach(c -> history.add(new Leitner.Answer(g.week(), c.itemId(), c.credit() >= 1))));
    Set<String> thisWeek = new java.util.HashSet<>(w.quiz().stream().map(Item::id).toList());
    List<String> due = Leitner.due(history, w.week()).stream()
        .filter(id -> !thisWeek.contains(id) && replies.bank().containsKey(id)).toList();
    if (record) {
      due = store.recordReview(cfg.group(), w.week(), m.id(), due);
    }
    List<Item> review = due.stream().map(replies.bank()::get).filter(java.util.Objects::nonNull).toList();
    return new Feedback(prev, mine, missed, board, review);
  }

  private static String shownName(GroupConfig cfg, Replies replies, String memberId) {
    GroupConfig.Member member = cfg.members().stream().filter(x -> x.id().equals(memberId)).findFirst().orElse(null);
    if (member == null || !member.leaderboard() || replies.anonymous().contains(memberId)) {
      return ANONYMOUS;
    }
    return member.name().isBlank() ? member.email().substring(0, member.email().indexOf('@')) : member.name();
  }

  /** A score as people write it: 3, 2.5. */
  static String points(double score) {
    return new BigDecimal(String.valueOf(score)).stripTrailingZeros().toPlainString();
  }
}
