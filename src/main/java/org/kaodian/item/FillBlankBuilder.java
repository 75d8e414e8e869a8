package org.kaodian.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kaodian.extract.AnswerSpan;
import org.kaodian.extract.Statement;

/** 填空题: the thing to remember replaced by a blank; up to three blanks for a parallel list. */
public final class FillBlankBuilder implements ItemBuilder {
  /** What follows the last element of an open list: more elements, then 等 or an ellipsis (……). */
  private static final java.util.regex.Pattern OPEN_END = java.util.regex.Pattern.compile("(?:、[^、，。；]{1,10})*(?:等|…)");

  /** An element of an open list: other elements after it, then 等 (生物制造、量子科技、6G等). */
  private static final java.util.regex.Pattern OPEN_ELEMENT = java.util.regex.Pattern.compile("(?:、[^、，。；]{1,10})+(?:等|…)");

  private static final org.kaodian.extract.Lexicon STANDARD = org.kaodian.extract.Lexicon.standard();

  /**
   * Whether a list is no formula: its elements share no lead and no doctrine's tail, it is not quoted, and neither the
   * lexicon nor a named set knows it. Kinds of one thing (科技农业、绿色农业、质量农业; 级别管辖、集中管辖、异地管辖) share
   * a tail too, and are task lines: 3 of 11 such fill-ins were printable in reads P to Y, 5 of 5 sharing a lead.
   */
  static boolean adHoc(String text, List<AnswerSpan> list) {
    List<String> elements = list.stream().map(AnswerSpan::text).toList();
    if (!AnswerForm.sharedPrefix(elements).isEmpty()
        || org.kaodian.extract.FormulaStatementDetector.doctrineTail(AnswerForm.sharedSuffix(elements))) {
      return false;
    }
    int from = list.get(0).start();
    int to = list.get(list.size() - 1).end();
    boolean quoted = from > 0 && text.charAt(from - 1) == '“' || to < text.length() && text.charAt(to) == '”';
    String whole = text.substring(from, to);
    return !quoted && !STANDARD.contains(whole) && elements.stream().noneMatch(STANDARD::contains)
        && DistractorPool.kin(elements.get(0)).isEmpty();
  }

  /** The fewest characters a fill-in shows around its answer or its list. */
  static final int MIN_CONTEXT = 4;

  private static int hanCount(String text) {
    return (int) text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
  }

  @Override
  public ItemType type() {
    return ItemType.FILL_BLANK;
  }

  @Override
  public Optional<Item> build(Statement s, Context ctx) {
    List<AnswerSpan> list = ListSpans.contiguousList(s);
    List<AnswerSpan> blanks = new ArrayList<>();
    // A list left open (生物制造、量子科技、具身智能、6G等) has no one set of answers for its blanks.
    if (!list.isEmpty() && OPEN_END.matcher(s.text().substring(list.get(list.size() - 1).end())).lookingAt()) {
      return Optional.empty();
    }
    // 全面深刻的变化、影响深远的变化、鼓舞人心的变化: a list that describes is no formula, and other words fit each
    // blank as well (development read C). A list of qualities may be one (连续性、创新性、统一性、包容性、和平性).
    if (list.size() >= 3 && list.stream().allMatch(a -> a.text().contains("的"))) {
      return Optional.empty();
    }
    // 开动脑筋、主动作为、大胆作为: elements that share no lead or head, unquoted and no standing formula, are a
    // passing list; any apt phrase fits its blanks (in the reads 9 of 24 such fill-ins were printable, 28 of 40
    // whose elements share an affix).
    if (list.size() >= 3 && adHoc(s.text(), list)) {
      return Optional.empty();
    }
    if (list.size() >= 3) {
      // Keep at least one element visible so the stem still reads as the formula it is.
      for (int i = 0; i < list.size() && blanks.size() < 3; i += 2) {
        blanks.add(list.get(i));
      }
      if (blanks.size() == list.size()) {
        blanks.remove(blanks.size() - 1);
      }
    } else {
      // Nor has any element of it, the last one (人民生活幸福、粮食安全等工作) as much as the others.
      ItemBuilder.hideable(s)
          .filter(a -> !OPEN_ELEMENT.matcher(s.text().substring(a.end())).lookingAt()
              && !(a.start() > 0 && s.text().charAt(a.start() - 1) == '、'
                  && OPEN_END.matcher(s.text().substring(a.end())).lookingAt()))
          .ifPresent(blanks::add);
    }
    if (blanks.isEmpty()) {
      return Optional.empty();
    }
    // 加强____、民主监督、____。: with no more than a verb around the list, nothing says which list it is (blind read T).
    int from = list.size() >= 3 ? list.get(0).start() : blanks.get(0).start();
    int to = list.size() >= 3 ? list.get(list.size() - 1).end() : blanks.get(0).end();
    if (hanCount(s.text().substring(0, from)) + hanCount(s.text().substring(to)) < MIN_CONTEXT) {
      return Optional.empty();
    }
    String sentence = s.text();
    for (int i = blanks.size() - 1; i >= 0; i--) {
      sentence = ItemBuilder.replace(sentence, blanks.get(i), ItemBuilder.blank(blanks.get(i).text()));
    }
    for (AnswerSpan b : blanks) {
      if (sentence.contains(b.text())) {
        return Optional.empty(); // the stem would give the answer away
      }
    }
    Optional<String> shown = ItemBuilder.blankClause(sentence);
    if (shown.isEmpty()) {
      return Optional.empty();
    }
    String stem = ctx.renderer().stem(type(), ItemBuilder.model(s, shown.get(), blanks.size()));
    List<String> answers = blanks.stream().map(AnswerSpan::text).toList();
    return Optional.of(ItemBuilder.item(type(), s, stem, List.of(), answers, ctx.renderer()));
  }
}
