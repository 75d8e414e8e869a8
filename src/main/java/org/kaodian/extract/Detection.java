package org.kaodian.extract;

import java.util.List;

/**
 * What one detector found in one sentence.
 *
 * @param kind the statement kind this detection makes
 * @param strength how strongly the pattern signals a testable statement, in [0, 1]
 * @param reason detector and pattern, e.g. {@code definition: X本身就是Y}
 * @param answers answer candidates, best first
 */
public record Detection(StatementKind kind, double strength, String reason, List<AnswerSpan> answers) {
  public Detection {
    answers = List.copyOf(answers);
  }
}
