package org.kaodian.item;

import java.util.List;
import java.util.Optional;
import org.kaodian.extract.AnswerSpan;
import org.kaodian.extract.Statement;

/** 判断题: the statement as written (true) or with one fact swapped for a distractor (false). */
public final class TrueFalseBuilder implements ItemBuilder {
  @Override
  public ItemType type() {
    return ItemType.TRUE_FALSE;
  }

  @Override
  public Optional<Item> build(Statement s, Context ctx) {
    List<String> words = ctx.renderer().trueFalseWords();
    boolean makeFalse = ctx.random().nextBoolean();
    String sentence = s.text();
    if (makeFalse) {
      Optional<AnswerSpan> hidden = ItemBuilder.hideable(s);
      List<String> swap = hidden.isEmpty() ? List.of() : ctx.pool().distractors(hidden.get(), s.text(), 1, ctx.random());
      if (swap.isEmpty()) {
        makeFalse = false;
      } else {
        sentence = ItemBuilder.replace(s.text(), hidden.get(), swap.get(0));
      }
    }
    String stem = ctx.renderer().stem(type(), ItemBuilder.model(s, sentence, 0));
    return Optional.of(ItemBuilder.item(type(), s, stem, List.of(), List.of(words.get(makeFalse ? 1 : 0)), ctx.renderer()));
  }
}
