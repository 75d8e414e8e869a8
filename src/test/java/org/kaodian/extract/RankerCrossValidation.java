package org.kaodian.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.kaodian.Pipeline;

/**
 * Chooses the ranker's fitting settings without touching the held-out half: k-fold cross-validation
 * over the dev half (optionally with the regression set always in training), printing precision
 * and recall of each setting on the folds left out. A development tool, run by hand:
 * {@code java -cp … org.kaodian.extract.RankerCrossValidation}.
 */
public final class RankerCrossValidation {
  private RankerCrossValidation() {}

  public static void main(String[] args) throws Exception {
    var in = Pipeline.ingest(List.of(Path.of("seeds"), Path.of("src/test/resources/devset/docs")));
    Map<String, Extractor.Verdict> verdicts = Evaluation.bestVerdicts(new Extractor(), in.documents());
    List<Evaluation.Label> dev = new ArrayList<>(Evaluation.half(Evaluation.readLabels(Path.of("src/test/resources/devset/blind.tsv")), "dev"));
    List<Evaluation.Label> regression = new ArrayList<>(Evaluation.readLabels(Path.of("src/test/resources/devset/devset.tsv")));

    java.util.Collections.shuffle(dev, new Random(11));
    int k = 5;
    for (boolean withRegression : new boolean[] {true}) {
      for (double l2 : new double[] {0.0005, 0.002, 0.01}) {
        for (double target : new double[] {0.9, 0.93}) {
          int keys = 0;
          int picked = 0;
          int hits = 0;
          for (int f = 0; f < k; f++) {
            List<Evaluation.Label> train = new ArrayList<>();
            List<Evaluation.Label> test = new ArrayList<>();
            for (int i = 0; i < dev.size(); i++) {
              (i % k == f ? test : train).add(dev.get(i));
            }
            if (withRegression) {
              train.addAll(regression);
            }
            Ranker r = fit(verdicts, train, l2, target);
            for (Evaluation.Label l : test) {
              Extractor.Verdict v = verdicts.get(Evaluation.key(l.document(), l.sentence()));
              boolean p = v != null && v.statement().isPresent() && r.score(v.features()) >= Extractor.DEFAULT_THRESHOLD;
              keys += l.key() ? 1 : 0;
              picked += p ? 1 : 0;
              hits += p && l.key() ? 1 : 0;
            }
          }
          System.out.printf(Locale.ROOT, "regression %-5s l2 %.4f target %.2f: precision %.3f recall %.3f (picked %d)%n",
              withRegression, l2, target, hits / (double) Math.max(1, picked), hits / (double) keys, picked);
        }
      }
    }
  }

  private static Ranker fit(Map<String, Extractor.Verdict> verdicts, List<Evaluation.Label> labels, double l2, double target) {
    List<Map<String, Double>> rows = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    List<Boolean> calibrate = new ArrayList<>();
    for (Evaluation.Label l : labels) {
      Extractor.Verdict v = verdicts.get(Evaluation.key(l.document(), l.sentence()));
      if (v != null && v.statement().isPresent()) {
        rows.add(v.features());
        ys.add(l.key());
        calibrate.add(!l.half().equals("train"));
      }
    }
    return Ranker.fit(rows, ys, calibrate, l2, target, Extractor.DEFAULT_THRESHOLD);
  }
}
