package org.kaodian.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds standing terms of the political lexicon written without quotation marks
 * ({@code 人类命运共同体}, {@code 新发展格局}): a sentence that names one is more likely a point to learn,
 * and the term is a blank a student must know.
 */
public final class LexiconTermDetector implements StatementDetector {
  @Override
  public List<Detection> detect(AnalyzedSentence s) {
    String text = s.text();
    Lexicon lex = s.lexicon();
    List<AnswerSpan> found = new ArrayList<>();
    for (Lexicon.Hit h : lex.standingTermsIn(text)) {
      // Quoted occurrences are the formula and quoted-term detectors' to judge.
      if (h.start() > 0 && text.charAt(h.start() - 1) == '“') {
        continue;
      }
      if (found.stream().anyMatch(a -> a.start() <= h.start() && a.end() >= h.end())) {
        continue;
      }
      found.removeIf(a -> h.start() <= a.start() && h.end() >= a.end());
      found.add(new AnswerSpan(h.term(), h.category() == Lexicon.Category.FORMULA ? AnswerType.FORMULA : AnswerType.TERM,
          h.start(), h.end()));
    }
    if (found.isEmpty()) {
      return List.of();
    }
    found.sort(java.util.Comparator.comparingInt(a -> -a.text().length()));
    return List.of(new Detection(StatementKind.DEFINITION, 0.5, "lexicon term: " + found.get(0).text(), found));
  }
}
