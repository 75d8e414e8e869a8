package org.kaodian.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds paired contrasts that state a principle: {@code 是……而不是……}, {@code 不是……而是……}. */
public final class ContrastDetector implements StatementDetector {
  private static final Pattern IS_NOT = Pattern.compile("是([^，。；！？]{2,24})[，,]?而不是([^，。；！？]{2,24})");
  private static final Pattern NOT_BUT = Pattern.compile("不是([^，。；！？]{2,24})[，,]而是([^，。；！？]{2,24})");

  @Override
  public List<Detection> detect(AnalyzedSentence s) {
    String text = s.text();
    if (!text.contains("不是")) {
      return List.of();
    }
    Matcher m = IS_NOT.matcher(text);
    int affirmed = 1;
    if (!m.find()) {
      m = NOT_BUT.matcher(text);
      affirmed = 2;
      if (!m.find()) {
        return List.of();
      }
    }
    String yes = BlankChooser.trimPhrase(m.group(affirmed));
    AnswerSpan a = AnswerSpan.find(text, yes, AnswerType.TERM, m.start(affirmed));
    if (a == null || yes.length() < 2) {
      return List.of();
    }
    return List.of(new Detection(StatementKind.DEFINITION, 0.7, "contrast: 是…而不是…", List.of(a)));
  }
}
