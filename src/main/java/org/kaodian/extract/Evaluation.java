package org.kaodian.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kaodian.ingest.Document;

/** Precision and recall of the extractor against a labelled development set. */
public final class Evaluation {
  /** One labelled sentence of the development set. */
  public record Label(String document, int paragraph, boolean key, String kind, List<String> spans, String sentence,
      String half) {
    public Label(String document, int paragraph, boolean key, String kind, List<String> spans, String sentence) {
      this(document, paragraph, key, kind, spans, sentence, "");
    }
  }

  /** The figures of one evaluation run. */
  public record Result(int labelled, int keys, int picked, int pickedKeys, int spanHits, int unmatched,
      List<String> falsePositives, List<String> misses) {
    public double precision() {
      return picked == 0 ? 0 : pickedKeys / (double) picked;
    }

    public double recall() {
      return keys == 0 ? 0 : pickedKeys / (double) keys;
    }

    /** Share of picked key sentences whose first answer is one of the spans a teacher would blank. */
    public double spanAgreement() {
      return pickedKeys == 0 ? 0 : spanHits / (double) pickedKeys;
    }

    public String summary() {
      return String.format(Locale.ROOT,
          "labelled %d sentences (%d key); extractor picked %d of them, %d key%n"
              + "precision %.1f%%  recall %.1f%%  blank agreement %.1f%%%s",
          labelled, keys, picked, pickedKeys, 100 * precision(), 100 * recall(), 100 * spanAgreement(),
          unmatched > 0 ? "  (" + unmatched + " labelled sentences not found in the input)" : "");
    }
  }

  /** The pull towards the prior weights, chosen by cross-validation on the dev half (RankerCrossValidation). */
  static final double L2 = 0.005;

  private Evaluation() {}

  /** Reads a development set: document, paragraph, key, kind, spans, sentence; # lines are comments. */
  public static List<Label> readLabels(Path file) throws IOException {
    List<Label> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 6 && f.length != 7) {
        throw new IOException(file + ": expected 6 or 7 tab-separated fields, got " + f.length + ": " + line);
      }
      List<String> spans = f[4].isEmpty() ? List.of() : List.of(f[4].split("\\|"));
      out.add(new Label(f[0], Integer.parseInt(f[1]), f[2].equals("1"), f[3], spans, f[5], f.length == 7 ? f[6] : ""));
    }
    return out;
  }

  /** The labels of one half ({@code dev} or {@code heldout}); all of them for a set without halves. */
  public static List<Label> half(List<Label> labels, String half) {
    return labels.stream().filter(l -> l.half().isEmpty() || l.half().equals(half)).toList();
  }

  /**
   * The best verdict of every sentence: a long sentence is judged clause by clause, and it counts
   * as picked when any of its clauses is.
   */
  public static Map<String, Extractor.Verdict> bestVerdicts(Extractor extractor, List<Document> documents) {
    Map<String, Extractor.Verdict> bySentence = new HashMap<>();
    for (Extractor.Verdict v : extractor.explain(documents)) {
      bySentence.merge(key(v.sentence().document(), v.sentence().text()), v, (a, b) -> score(b) > score(a) ? b : a);
    }
    return bySentence;
  }

  private static double score(Extractor.Verdict v) {
    return v.statement().map(Statement::score).orElse(-1.0);
  }

  static String key(String document, String sentence) {
    return document + "\u0000" + sentence;
  }

  /** Runs the extractor over the documents and scores its verdicts on the labelled sentences. */
  public static Result evaluate(Extractor extractor, List<Document> documents, List<Label> labels) {
    return evaluate(extractor, bestVerdicts(extractor, documents), labels);
  }

  /** Scores verdicts already made (see {@link #bestVerdicts}) on the labelled sentences. */
  public static Result evaluate(Extractor extractor, Map<String, Extractor.Verdict> bySentence, List<Label> labels) {
    int keys = 0;
    int picked = 0;
    int pickedKeys = 0;
    int spanHits = 0;
    int unmatched = 0;
    List<String> fps = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    for (Label l : labels) {
      Extractor.Verdict v = bySentence.get(key(l.document(), l.sentence()));
      if (v == null) {
        unmatched++;
        continue;
      }
      boolean isPicked = v.statement().filter(s -> s.score() >= extractor.threshold()).isPresent();
      keys += l.key() ? 1 : 0;
      if (isPicked) {
        picked++;
        Statement s = v.statement().get();
        if (l.key()) {
          pickedKeys++;
          String first = s.answers().get(0).text();
          if (l.spans().stream().anyMatch(sp -> sp.contains(first) || first.contains(sp))) {
            spanHits++;
          }
        } else {
          fps.add(String.format(Locale.ROOT, "%.2f %s | %s", s.score(), s.reason(), l.sentence()));
        }
      } else if (l.key()) {
        misses.add(v.why() + " | " + l.sentence());
      }
    }
    return new Result(labels.size() - unmatched, keys, picked, pickedKeys, spanHits, unmatched, fps, misses);
  }

  /**
   * Fits the ranker on the labelled sentences that became candidates: their features and whether a
   * teacher would test them.
   */
  public static Ranker fit(Map<String, Extractor.Verdict> bySentence, List<Label> labels, double targetPrecision) {
    return fit(bySentence, labels, L2, targetPrecision);
  }

  /** As {@link #fit(Map, List, double)}, with the L2 pull towards the priors given. */
  static Ranker fit(Map<String, Extractor.Verdict> bySentence, List<Label> labels, double l2, double targetPrecision) {
    List<Map<String, Double>> rows = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    List<Boolean> calibrate = new ArrayList<>();
    for (Label l : labels) {
      Extractor.Verdict v = bySentence.get(key(l.document(), l.sentence()));
      if (v != null && v.statement().isPresent() && !v.features().isEmpty()) {
        rows.add(v.features());
        ys.add(l.key());
        calibrate.add(!l.half().equals("train"));
      }
    }
    if (rows.size() < 20 || !ys.contains(true) || !ys.contains(false)) {
      throw new IllegalArgumentException("too few labelled candidates to fit the ranker: " + rows.size());
    }
    return Ranker.fit(rows, ys, calibrate, l2, targetPrecision, Extractor.DEFAULT_THRESHOLD);
  }
}
