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
  public record Label(String document, int paragraph, boolean key, String kind, List<String> spans, String sentence) {}

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

  private Evaluation() {}

  /** Reads a development set: document, paragraph, key, kind, spans, sentence; # lines are comments. */
  public static List<Label> readLabels(Path file) throws IOException {
    List<Label> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 6) {
        throw new IOException(file + ": expected 6 tab-separated fields, got " + f.length + ": " + line);
      }
      List<String> spans = f[4].isEmpty() ? List.of() : List.of(f[4].split("\\|"));
      out.add(new Label(f[0], Integer.parseInt(f[1]), f[2].equals("1"), f[3], spans, f[5]));
    }
    return out;
  }

  /** Runs the extractor over the documents and scores its verdicts on the labelled sentences. */
  public static Result evaluate(Extractor extractor, List<Document> documents, List<Label> labels) {
    Map<String, Extractor.Verdict> bySentence = new HashMap<>();
    for (Extractor.Verdict v : extractor.explain(documents)) {
      bySentence.put(v.sentence().document() + "\u0000" + v.sentence().text(), v);
    }
    int keys = 0;
    int picked = 0;
    int pickedKeys = 0;
    int spanHits = 0;
    int unmatched = 0;
    List<String> fps = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    for (Label l : labels) {
      Extractor.Verdict v = bySentence.get(l.document() + "\u0000" + l.sentence());
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
}
