package org.kaodian.item;

import java.util.List;
import java.util.Optional;
import org.kaodian.extract.AnswerSpan;
import org.kaodian.extract.Statement;

/**
 * 判断题: the sentence from its start to the end of the fact's clause, as written (true) or with a
 * named fact swapped for a distractor of its own form (false).
 */
public final class TrueFalseBuilder implements ItemBuilder {
  /** The longest statement a student is asked to judge; longer sentences are cut to the fact's clause. */
  static final int MAX_STEM = 60;

  private static final java.util.regex.Pattern FRAME_END = java.util.regex.Pattern.compile(
      "(?:强调|指出|表示|说|提出|认为|宣布|要求)。$");

  /**
   * The lowest statement score a paper makes a true/false item from: in five blind reads, 3 of 28 true/false
   * items from statements scoring under 0.8 were printable, 14 of 21 from those above.
   */
  static final double MIN_SCORE = 0.8;

  @Override
  public ItemType type() {
    return ItemType.TRUE_FALSE;
  }

  @Override
  public Optional<Item> build(Statement s, Context ctx) {
    return build(s, ctx, ctx.random().nextBoolean());
  }

  /** A true or a false statement as asked; empty when the statement cannot make that one. */
  public Optional<Item> build(Statement s, Context ctx, boolean makeFalse) {
    List<String> words = ctx.renderer().trueFalseWords();
    Optional<AnswerSpan> hidden = ItemBuilder.hideable(s);
    AnswerSpan fact = hidden.orElse(s.answers().isEmpty() ? null : s.answers().get(0));
    // A true statement tests something only when it holds a fact a student could get wrong.
    if (fact == null || !ctx.pool().isNamed(fact)) {
      return Optional.empty();
    }
    // A formula stated true is a task line read back (推进…，做好“六稳”“六保”工作): in the blind reads 3 of 18 such
    // items were printable. A formula makes a false statement (one formula swapped) or a question, not this.
    if (!makeFalse && s.kind() == org.kaodian.extract.StatementKind.FORMULA
        && fact.type() != org.kaodian.extract.AnswerType.NUMBER && fact.type() != org.kaodian.extract.AnswerType.DATE) {
      return Optional.empty();
    }
    String text = s.text();
    List<Distractor> swap = List.of();
    if (makeFalse) {
      // Another role in a role's place (艰巨任务 for 根本任务) reads as true as false: no swap there.
      // A concept in a concept's place (保障国家能源安全 for 粮食安全) makes a claim that is true on its own: only
      // figures, dates, names, documents, formulas and what a definition says X is are swapped.
      // “十五五”时期…必须坚持马克思列宁主义… holds for the 十三五 as well: a plan's ordinal is never swapped.
      if (hidden.isEmpty() || !ctx.pool().isNamed(hidden.get()) || AnswerForm.isRole(hidden.get().text())
          || InputEra.isPlanOrdinal(hidden.get().text())
          || hidden.get().type() == org.kaodian.extract.AnswerType.TERM
              && s.kind() != org.kaodian.extract.StatementKind.DEFINITION
          || AnswerForm.weakPredicate(text.substring(hidden.get().end()))) {
        return Optional.empty();
      }
      swap = ctx.pool().pick(ctx.slot(s, fact, ItemBuilder.siblings(s, fact)), 1, ctx.random());
      if (swap.isEmpty()) {
        return Optional.empty();
      }
      text = ItemBuilder.replace(text, fact, swap.get(0).text());
    }
    int end = fact.end() + (makeFalse ? swap.get(0).text().length() - fact.text().length() : 0);
    // The start holds the subject: the statement to judge runs from it to the fact's clause.
    // A fact's clause may run past the limit; a statement to judge may not run far past it.
    // …时强调。 cut before what was stressed is the frame of a statement, not a statement to judge.
    // In the blind and development reads 27% of true/false statements over 60 characters were printable, 54% of shorter ones.
    Optional<String> clause = ItemBuilder.leadClause(text, end, MAX_STEM).filter(c -> c.length() <= MAX_STEM)
        .filter(c -> !FRAME_END.matcher(c).find());
    if (clause.isEmpty()) {
      return Optional.empty();
    }
    String stem = ctx.renderer().stem(type(), ItemBuilder.model(s, clause.get(), 0));
    return Optional.of(ItemBuilder.item(type(), s, stem, List.of(), List.of(words.get(makeFalse ? 1 : 0)), swap,
        ctx.renderer()));
  }

  /**
   * The part of a sentence that carries the fact at {@code [start, end)}: the sentence itself when it
   * is short, otherwise its clause (between ；。！？) grown by comma-separated parts on either side
   * while it stays within {@code max} characters; empty when even the bare clause is longer.
   */
  static Optional<String> clause(String text, int start, int end, int max) {
    if (text.length() <= max) {
      return Optional.of(text);
    }
    int from = start;
    while (from > 0 && "；。！？".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    int to = end;
    while (to < text.length() && "；。！？".indexOf(text.charAt(to)) < 0) {
      to++;
    }
    // The clause's comma parts; the fact's own parts are always kept.
    int left = start;
    while (left > from && "，：".indexOf(text.charAt(left - 1)) < 0) {
      left--;
    }
    int right = end;
    while (right < to && "，：".indexOf(text.charAt(right)) < 0) {
      right++;
    }
    boolean grew = true;
    while (grew) {
      grew = false;
      if (left > from) {
        int l = left - 1;
        while (l > from && "，：".indexOf(text.charAt(l - 1)) < 0) {
          l--;
        }
        if (right - l + 1 <= max) {
          left = l;
          grew = true;
        }
      }
      if (right < to) {
        int r = right + 1;
        while (r < to && "，：".indexOf(text.charAt(r)) < 0) {
          r++;
        }
        // A part ending on 的 leaves its noun outside (面向未来的，民族的…文化): grow past it or stop.
        if (r - left + 1 <= max && !text.substring(right, r).endsWith("的")) {
          right = r;
          grew = true;
        }
      }
    }
    String out = text.substring(left, right).strip().replaceAll("[，：、]$", "");
    // A cut that leaves a modifier without its noun (面向未来的。) is not a statement.
    if (out.length() + 1 > max || out.endsWith("的") || out.endsWith("和") || out.endsWith("与")) {
      return Optional.empty();
    }
    return Optional.of(out + "。");
  }
}
