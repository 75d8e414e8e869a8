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
 * @param fact the fact the item asks about ({@link #factKey(String)} of its answer): items with the same
 *     fact do not belong in one paper, and the mail bank remembers facts by it
 * @param distractors the wrong options (or the swapped part of a false statement) with their origin
 * @param accepted other answers a teacher accepts for a fill-in (the review sheet's 也可接受); for
 *     several blanks each entry gives every blank, separated by ；
 */
public record Item(
    String id, ItemType type, String kind, String stem, List<String> options, List<String> answers,
    String explanation, double score, String reason, ItemSource source, String fact, List<Distractor> distractors,
    List<String> accepted) {
  public Item {
    options = List.copyOf(options);
    accepted = List.copyOf(accepted);
    answers = List.copyOf(answers);
    distractors = List.copyOf(distractors);
    if (fact == null || fact.isEmpty()) {
      fact = factKey(type == ItemType.TRUE_FALSE || answers.isEmpty() ? source.sentence() : String.join("、", answers));
    }
  }

  /** An item without other accepted answers. */
  public Item(String id, ItemType type, String kind, String stem, List<String> options, List<String> answers,
      String explanation, double score, String reason, ItemSource source, String fact, List<Distractor> distractors) {
    this(id, type, kind, stem, options, answers, explanation, score, reason, source, fact, distractors, List.of());
  }

  /** The same item with other accepted answers, as a teacher gave them in the review sheet. */
  public Item withAccepted(List<String> others) {
    return new Item(id, type, kind, stem, options, answers, explanation, score, reason, source, fact, distractors, others);
  }

  /** An item without recorded fact or distractors (a reviewed row, an older items.json). */
  public Item(String id, ItemType type, String kind, String stem, List<String> options, List<String> answers,
      String explanation, double score, String reason, ItemSource source) {
    this(id, type, kind, stem, options, answers, explanation, score, reason, source, "", List.of());
  }

  /**
   * The stable key of a fact: the answer text without punctuation, spaces or quotation marks, so that
   * “两个毫不动摇” and 两个毫不动摇 in two sentences are one fact.
   */
  public static String factKey(String answer) {
    String n = DistractorPool.normalise(answer);
    // Wordings of one principle are one fact: 坚持党的全面领导 asked after 坚持党的领导 asks it again (blind read X).
    return n.isEmpty() ? answer.strip() : AnswerForm.oneWording(n);
  }

  /** The same item with another stem and answers (an app's one-blank card), keeping the rest. */
  public Item withStem(String id, String stem, List<String> answers) {
    return new Item(id, type, kind, stem, options, answers, explanation, score, reason, source, fact, distractors, accepted);
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
