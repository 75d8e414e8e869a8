package org.kaodian.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kaodian.ingest.Paragraph;

/**
 * How central a term is to the input: how often it recurs across all documents, in [0, 1]. Counted
 * in one streaming pass over the documents for just the terms that need it.
 */
final class Salience {
  private final Map<String, Double> values;

  private Salience(Map<String, Double> values) {
    this.values = values;
  }

  /** Counts every term in every document, one scan per paragraph. */
  static Salience count(Extractor.DocumentSource source, Set<String> terms) {
    TreeMap<String, String> dict = new TreeMap<>();
    for (String t : terms) {
      if (counted(t)) {
        dict.put(t, t);
      }
    }
    Map<String, Integer> total = new HashMap<>();
    Map<String, Integer> docs = new HashMap<>();
    // Terms by their first two characters: one look-up per offset finds every occurrence. An
    // Aho-Corasick automaton found the same, but building it allocated tens of MB per run.
    Map<Integer, java.util.List<String>> byOpening = new HashMap<>();
    dict.keySet().forEach(t -> byOpening.computeIfAbsent(opening(t, 0), k -> new java.util.ArrayList<>()).add(t));
    if (!dict.isEmpty()) {
      source.forEach(doc -> {
        Set<String> seen = new HashSet<>();
        for (Paragraph p : doc.paragraphs()) {
          String text = p.text();
          for (int i = 0; i + 2 <= text.length(); i++) {
            java.util.List<String> candidates = byOpening.get(opening(text, i));
            if (candidates == null) {
              continue;
            }
            for (String t : candidates) {
              if (text.startsWith(t, i)) {
                total.merge(t, 1, Integer::sum);
                seen.add(t);
              }
            }
          }
        }
        seen.forEach(t -> docs.merge(t, 1, Integer::sum));
      });
    }
    Map<String, Double> values = new HashMap<>();
    for (String t : dict.keySet()) {
      int count = total.getOrDefault(t, 0);
      double freq = Math.min(1, Math.log(Math.max(1, count)) / Math.log(12));
      values.put(t, Math.min(1, freq + (docs.getOrDefault(t, 0) > 1 ? 0.2 : 0)));
    }
    return new Salience(values);
  }

  /** The two chars at {@code i} as one key. */
  private static int opening(String text, int i) {
    return text.charAt(i) << 16 | text.charAt(i + 1);
  }

  private static boolean counted(String term) {
    return term.length() >= 2 && term.chars().noneMatch(c -> c >= '0' && c <= '9');
  }

  double of(String term) {
    if (!counted(term)) {
      return 0.5; // figures are central by what they measure, not by recurring
    }
    return values.getOrDefault(term, 0.0);
  }
}
