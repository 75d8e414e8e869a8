package org.kaodian.extract;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kaodian.ingest.Document;

/** How central a term is to the input: how often it recurs across all documents, in [0, 1]. */
final class Salience {
  private final List<String> texts;
  private final Map<String, Double> cache = new ConcurrentHashMap<>();

  private Salience(List<String> texts) {
    this.texts = texts;
  }

  static Salience of(List<Document> documents) {
    return new Salience(documents.stream().map(Document::text).toList());
  }

  double of(String term) {
    if (term.length() < 2 || term.matches(".*\\d.*")) {
      return 0.5; // figures are central by what they measure, not by recurring
    }
    return cache.computeIfAbsent(term, t -> {
      int count = 0;
      int docs = 0;
      for (String text : texts) {
        int n = 0;
        for (int at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + t.length())) {
          n++;
        }
        count += n;
        docs += n > 0 ? 1 : 0;
      }
      double freq = Math.min(1, Math.log(Math.max(1, count)) / Math.log(12));
      return Math.min(1, freq + (docs > 1 ? 0.2 : 0));
    });
  }
}
