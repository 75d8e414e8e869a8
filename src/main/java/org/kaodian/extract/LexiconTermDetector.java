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
    for (Lexicon.Category c : List.of(Lexicon.Category.FORMULA, Lexicon.Category.TERM)) {
      for (String term : lex.terms(c)) {
        int at = text.indexOf(term);
        // Quoted occurrences are the formula and quoted-term detectors' to judge.
        if (at >= 0 && !(at > 0 && text.charAt(at - 1) == '“')
            && found.stream().noneMatch(a -> a.text().contains(term))) {
          found.removeIf(a -> term.contains(a.text()));
          found.add(new AnswerSpan(term, c == Lexicon.Category.FORMULA ? AnswerType.FORMULA : AnswerType.TERM, at, at + term.length()));
        }
      }
    }
    if (found.isEmpty()) {
      return List.of();
    }
    found.sort(java.util.Comparator.comparingInt(a -> -a.text().length()));
    return List.of(new Detection(StatementKind.DEFINITION, 0.5, "lexicon term: " + found.get(0).text(), found));
  }
}
