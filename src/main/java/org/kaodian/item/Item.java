package org.kaodian.item;

import java.util.List;

/**
 * One quiz item, as every exporter and the mailer consume it.
 *
 * @param id stable id: a hash of type, source sentence and answer
 * @param type fill_blank, single_choice, multiple_choice or true_false
 * @param kind the statement kind it was made from (definition, numeric, formula)
 * @param stem the question text, rendered from the templates
 * @param options the options of a choice item (empty for other types)
 * @param answers for choice items the correct option texts; for fill_blank one entry per blank;
 *     for true_false 正确 or 错误
 * @param explanation 解析: the source sentence and where it is from
 * @param score the statement's ranking score
 * @param reason why the statement was picked (detector and pattern)
 * @param source provenance
 */
public record Item(
    String id, ItemType type, String kind, String stem, List<String> options, List<String> answers,
    String explanation, double score, String reason, ItemSource source) {
  public Item {
    options = List.copyOf(options);
    answers = List.copyOf(answers);
  }

  /** Letters (A, B, …) of the correct options of a choice item. */
  public String answerLetters() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < options.size(); i++) {
      if (answers.contains(options.get(i))) {
        sb.append((char) ('A' + i));
      }
    }
    return sb.toString();
  }
}
