package org.kaodian.item;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.kaodian.extract.AnswerSpan;
import org.kaodian.extract.Statement;

/**
 * 多项选择题: the last two or three elements of a parallel list, taken out into the gap, mixed with two
 * or three false ones of the same form; four or five options, the counts varying from item to item.
 */
public final class MultipleChoiceBuilder implements ItemBuilder {
  @Override
  public ItemType type() {
    return ItemType.MULTIPLE_CHOICE;
  }

  @Override
  public Optional<Item> build(Statement s, Context ctx) {
    List<AnswerSpan> list = ListSpans.contiguousList(s);
    if (list.size() < 3) {
      return Optional.empty();
    }
    // Two of four, two of five or three of five right, taken in turn by the statement's text so that a
    // paper's items differ from one another and the counts teach no pattern.
    int shape = Math.floorMod(s.text().hashCode(), 3);
    int right = shape == 2 ? 3 : 2;
    int optionCount = shape == 0 ? 4 : 5;
    // The gap takes the list's last elements and the right options are exactly those, so the sentence
    // read with them is the document's own (多出有利于稳预期、（　　）的政策 → 稳增长、稳就业).
    List<AnswerSpan> hidden = list.subList(list.size() - right, list.size());
    List<String> elements = list.stream().map(AnswerSpan::text).toList();
    List<Distractor> wrong = new ArrayList<>();
    for (AnswerSpan el : hidden) {
      if (wrong.size() >= optionCount - right) {
        break;
      }
      List<String> siblings = elements.stream().filter(e -> !e.equals(el.text())).toList();
      for (Distractor d : ctx.pool().pick(ctx.slot(s, el, siblings), 3, ctx.random())) {
        if (wrong.stream().noneMatch(w -> w.text().equals(d.text()))) {
          wrong.add(d);
        }
      }
    }
    // One false option among right ones is no question: at least two, or no multiple choice.
    if (wrong.size() < 2) {
      return Optional.empty();
    }
    int falseCount = Math.min(wrong.size(), optionCount - right);
    List<Distractor> used = wrong.subList(0, falseCount);
    List<String> options = new ArrayList<>();
    hidden.forEach(a -> options.add(a.text()));
    used.forEach(d -> options.add(d.text()));
    if (options.stream().distinct().count() != options.size()) {
      return Optional.empty();
    }
    Collections.shuffle(options, ctx.random());
    AnswerSpan gap = new AnswerSpan(s.text().substring(hidden.get(0).start(), hidden.get(right - 1).end()),
        hidden.get(0).type(), hidden.get(0).start(), hidden.get(right - 1).end());
    String sentence = ItemBuilder.replace(s.text(), gap, CHOICE_GAP);
    List<String> answers = options.stream().filter(o -> hidden.stream().anyMatch(a -> a.text().equals(o))).toList();
    Optional<String> stemText = ItemBuilder.gapClause(sentence);
    if (stemText.isEmpty()) {
      return Optional.empty();
    }
    String stem = ctx.renderer().stem(type(), ItemBuilder.model(s, stemText.get(), 1));
    return Optional.of(ItemBuilder.item(type(), s, stem, options, answers, used, ctx.renderer()));
  }
}
