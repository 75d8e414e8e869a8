package org.kaodian.extract;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
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

  /** Counts every term in every document (Aho-Corasick, one scan per paragraph). */
  static Salience count(Extractor.DocumentSource source, Set<String> terms) {
    TreeMap<String, String> dict = new TreeMap<>();
    for (String t : terms) {
      if (counted(t)) {
        dict.put(t, t);
      }
    }
    Map<String, Integer> total = new HashMap<>();
    Map<String, Integer> docs = new HashMap<>();
    if (!dict.isEmpty()) {
      AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();
      trie.build(dict);
      source.forEach(doc -> {
        Set<String> seen = new HashSet<>();
        for (Paragraph p : doc.paragraphs()) {
          trie.parseText(p.text(), (begin, end, value) -> {
            total.merge(value, 1, Integer::sum);
            seen.add(value);
          });
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

  private static boolean counted(String term) {
    return term.length() >= 2 && !term.matches(".*\\d.*");
  }

  double of(String term) {
    if (!counted(term)) {
      return 0.5; // figures are central by what they measure, not by recurring
    }
    return values.getOrDefault(term, 0.0);
  }
}
