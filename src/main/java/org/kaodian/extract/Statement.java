package org.kaodian.extract;

import java.util.List;

/**
 * A key statement: the sentence, what kind it is, what to blank, how strongly it was picked and why.
 *
 * @param kind definition, numeric or formula
 * @param text the sentence as shown to students (dateline removed)
 * @param answers answer candidates, best first; offsets are into {@code text}
 * @param score ranking score in [0, 1]
 * @param reason which detector and pattern picked it, in words
 * @param sources every place the same fact was found; the first is the one {@code text} comes from
 */
public record Statement(
    StatementKind kind, String text, List<AnswerSpan> answers, double score, String reason,
    List<Source> sources) {
  public Statement {
    answers = List.copyOf(answers);
    sources = List.copyOf(sources);
  }

  public Source source() {
    return sources.get(0);
  }

  /** Whether the penalty of that name (see {@link Rejections#penaltyNames()}) counted against the statement. */
  public boolean penalised(String penalty) {
    return reason.contains("; against: " + penalty);
  }
}
