package org.kaodian.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Merges statements that report the same fact (in several articles), keeping every source. */
public final class Deduplicator {
  private final double threshold;

  public Deduplicator(double threshold) {
    this.threshold = threshold;
  }

  /** Keeps the first (best-ranked) of each group of near-duplicates, with all sources merged. */
  public List<Statement> dedupe(List<Statement> ranked) {
    List<Statement> kept = new ArrayList<>();
    List<Set<String>> keptGrams = new ArrayList<>();
    // Duplicates share an answer, so only statements with a common answer are compared: linear, not quadratic.
    java.util.Map<String, List<Integer>> byAnswer = new java.util.HashMap<>();
    for (Statement s : ranked) {
      Set<String> grams = bigrams(s.text());
      int dup = -1;
      Set<Integer> tried = new java.util.HashSet<>();
      for (AnswerSpan a : s.answers()) {
        for (int i : byAnswer.getOrDefault(a.text(), List.of())) {
          if (dup < 0 && tried.add(i) && similarity(grams, keptGrams.get(i)) >= threshold) {
            dup = i;
          }
        }
      }
      if (dup < 0) {
        kept.add(s);
        keptGrams.add(grams);
        int index = kept.size() - 1;
        s.answers().forEach(a -> byAnswer.computeIfAbsent(a.text(), k -> new ArrayList<>()).add(index));
      } else {
        Statement k = kept.get(dup);
        List<Source> sources = new ArrayList<>(k.sources());
        sources.addAll(s.sources());
        kept.set(dup, new Statement(k.kind(), k.text(), k.answers(), k.score(), k.reason(), sources));
      }
    }
    return kept;
  }

  /** The larger of Jaccard similarity and containment of the smaller set, so a longer retelling still matches. */
  static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int inter = 0;
    for (String g : small) {
      if (large.contains(g)) {
        inter++;
      }
    }
    double jaccard = inter / (double) (a.size() + b.size() - inter);
    double containment = inter / (double) small.size();
    return Math.max(jaccard, containment * 0.9);
  }

  static Set<String> bigrams(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
    String t = sb.toString();
    Set<String> grams = new HashSet<>();
    for (int i = 0; i + 2 <= t.length(); i++) {
      grams.add(t.substring(i, i + 2));
    }
    return grams;
  }
}
