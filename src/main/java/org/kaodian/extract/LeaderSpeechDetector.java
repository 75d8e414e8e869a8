package org.kaodian.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Marks a leader's quoted words ({@code 习近平总书记指出：“……”}, {@code 强调，……}): the quotation is the
 * content, so the frame is evidence for the sentence rather than a reason to drop it. It adds no
 * blank of its own; the blank comes from what the quotation says.
 */
public final class LeaderSpeechDetector implements StatementDetector {
  private static final Pattern LEADER = Pattern.compile(
      "^(?:[^，。]{0,20}?)(?:习近平(?:总书记|主席|同志)?|总书记|党中央|中共中央|中央|毛泽东|邓小平)[^，。：]{0,30}?(?:指出|强调|提出|要求|深刻指出|明确指出|强调指出|宣布|阐明)");

  @Override
  public List<Detection> detect(AnalyzedSentence s) {
    if (s.frame().isEmpty() || !LEADER.matcher(s.frame()).find()) {
      return List.of();
    }
    return List.of(new Detection(StatementKind.DEFINITION, 0.0, "leader speech: quoted words", List.of()));
  }
}
