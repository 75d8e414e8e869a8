package org.kaodian.item;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.kaodian.extract.AnswerSpan;
import org.kaodian.extract.Statement;

/** 单项选择题: four options, one correct, three distractors of the answer's type, shuffled. */
public final class SingleChoiceBuilder implements ItemBuilder {
  @Override
  public ItemType type() {
    return ItemType.SINGLE_CHOICE;
  }

  @Override
  public Optional<Item> build(Statement s, Context ctx) {
    Optional<AnswerSpan> hidden = ItemBuilder.hideable(s);
    if (hidden.isEmpty()) {
      return Optional.empty();
    }
    AnswerSpan answer = hidden.get();
    List<Distractor> wrong = ctx.pool().pick(ctx.slot(s, answer, ItemBuilder.siblings(s, answer)), 3, ctx.random());
    if (wrong.size() < 3) {
      return Optional.empty(); // no good distractor set: the generator makes a fill-in instead
    }
    List<String> options = new ArrayList<>(wrong.stream().map(Distractor::text).toList());
    options.add(answer.text());
    Collections.shuffle(options, ctx.random());
    String sentence = ItemBuilder.replace(s.text(), answer, CHOICE_GAP);
    Optional<String> shown = ItemBuilder.gapClause(sentence);
    if (shown.isEmpty()) {
      return Optional.empty();
    }
    String stem = ctx.renderer().stem(type(), ItemBuilder.model(s, shown.get(), 1));
    return Optional.of(ItemBuilder.item(type(), s, stem, options, List.of(answer.text()), wrong, ctx.renderer()));
  }
}
