package org.kaodian.item;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.kaodian.extract.AnswerSpan;
import org.kaodian.extract.Statement;

/** 多项选择题: the elements of a parallel list mixed with plausible false ones; 4–5 options, 2+ correct. */
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
    List<AnswerSpan> shown = list.subList(0, Math.min(4, list.size()));
    int falseCount = 5 - shown.size();
    List<String> wrong = new ArrayList<>();
    for (AnswerSpan el : list) {
      for (String d : ctx.pool().distractors(el, s.text(), 3, ctx.random())) {
        if (!wrong.contains(d) && wrong.size() < falseCount) {
          wrong.add(d);
        }
      }
    }
    if (wrong.isEmpty()) {
      return Optional.empty();
    }
    List<String> options = new ArrayList<>();
    shown.forEach(a -> options.add(a.text()));
    options.addAll(wrong);
    if (options.stream().distinct().count() != options.size()) {
      return Optional.empty();
    }
    Collections.shuffle(options, ctx.random());
    AnswerSpan whole = new AnswerSpan(s.text().substring(list.get(0).start(), list.get(list.size() - 1).end()),
        list.get(0).type(), list.get(0).start(), list.get(list.size() - 1).end());
    String sentence = ItemBuilder.replace(s.text(), whole, CHOICE_GAP);
    List<String> answers = options.stream().filter(o -> shown.stream().anyMatch(a -> a.text().equals(o))).toList();
    String stem = ctx.renderer().stem(type(), ItemBuilder.model(s, sentence, 1));
    return Optional.of(ItemBuilder.item(type(), s, stem, options, answers, ctx.renderer()));
  }
}
