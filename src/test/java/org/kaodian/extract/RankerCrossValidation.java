package org.kaodian.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.kaodian.Pipeline;

/**
 * Chooses the ranker's fitting settings without touching the held-out half: k-fold cross-validation
 * over the dev half (with the regression set, and optionally the question bank, always in training),
 * printing for each setting the precision and recall at the fitted threshold on the folds left out,
 * the best recall any threshold gives at precision 0.90 over the pooled folds, and the recall
 * ceiling (dev key sentences that became candidates at all). A development tool, run by hand:
 * {@code java -cp … org.kaodian.extract.RankerCrossValidation [-v]}; {@code -v} lists the dev
 * half's mistakes with their out-of-fold scores.
 */
public final class RankerCrossValidation {
  private static final int K = 5;
  private static final double[] TARGETS = java.util.Arrays.stream(System.getProperty("target", "0.9,0.93").split(","))
      .mapToDouble(Double::parseDouble).toArray();
  private static final double[] L2S = java.util.Arrays.stream(System.getProperty("l2", "0.002,0.01,0.03").split(","))
      .mapToDouble(Double::parseDouble).toArray();
  private static final long[] SEEDS = {11, 12, 13};

  private RankerCrossValidation() {}

  /** One setting's pooled out-of-fold figures. */
  record Figures(double precision, double recall, int picked, double recallAt90, double auc) {}

  public static void main(String[] args) throws Exception {
    boolean verbose = List.of(args).contains("-v");
    Map<String, Extractor.Verdict> verdicts = DevData.verdicts();
    if (System.getenv("EXTRA") != null) {
      verdicts = Experiments.augment(verdicts, System.getenv("EXTRA"));
    }
    List<Evaluation.Label> dev = new ArrayList<>(DevData.dev());
    List<Evaluation.Label> regression = new ArrayList<>(Evaluation.readLabels(Path.of("src/test/resources/devset/devset.tsv")));
    List<Evaluation.Label> bank = new ArrayList<>(Evaluation.readLabels(Path.of("src/test/resources/devset/bank.tsv")));

    int keys = 0;
    int candidates = 0;
    for (Evaluation.Label l : dev) {
      Extractor.Verdict v = verdicts.get(Evaluation.key(l.document(), l.sentence()));
      if (l.key()) {
        keys++;
        candidates += v != null && v.statement().isPresent() ? 1 : 0;
      }
    }
    Map<String, int[]> whyNot = new java.util.TreeMap<>();
    for (Evaluation.Label l : dev) {
      Extractor.Verdict v = verdicts.get(Evaluation.key(l.document(), l.sentence()));
      if (v != null && v.statement().isEmpty()) {
        whyNot.computeIfAbsent(v.why(), w -> new int[2])[l.key() ? 1 : 0]++;
      }
    }
    whyNot.forEach((w, n) -> System.out.printf(Locale.ROOT, "  not a candidate: %-60s %3d not key, %3d key%n", w, n[0], n[1]));
    System.out.printf(Locale.ROOT, "dev half: %d sentences, %d key; recall ceiling %.3f (%d key sentences are candidates)%n",
        dev.size(), keys, candidates / (double) keys, candidates);

    if (System.getenv("EXTRA") != null) {
      java.util.Set<String> names = new java.util.TreeSet<>();
      verdicts.values().forEach(v -> v.features().keySet().stream().filter(n -> n.startsWith("x ")).forEach(names::add));
      for (String name : names) {
        List<double[]> uni = new ArrayList<>();
        for (Evaluation.Label l : dev) {
          Extractor.Verdict v = verdicts.get(Evaluation.key(l.document(), l.sentence()));
          if (v != null && v.statement().isPresent()) {
            uni.add(new double[] {v.features().get(name), l.key() ? 1 : 0});
          }
        }
        System.out.printf(Locale.ROOT, "feature %s: auc alone %.3f over %d dev candidates, mean %.3f%n", name, auc(uni), uni.size(),
            uni.stream().mapToDouble(a -> a[0]).average().orElse(0));
      }
    }
    for (boolean withBank : Boolean.getBoolean("bank") ? new boolean[] {false, true} : new boolean[] {false}) {
      for (double l2 : L2S) {
        for (double target : TARGETS) {
          Figures f = crossValidate(verdicts, dev, regression, withBank ? bank : List.of(), l2, target, null);
          System.out.printf(Locale.ROOT, "bank %-5s l2 %.4f target %.2f: precision %.3f recall %.3f (picked %.1f)  recall@P.90 %.3f  auc %.3f%n",
              withBank, l2, target, f.precision(), f.recall(), f.picked() / (double) SEEDS.length, f.recallAt90(), f.auc());
        }
      }
    }
    if (verbose) {
      Map<String, Double> scores = new HashMap<>();
      crossValidate(verdicts, dev, regression, List.of(), L2S[0], 0.9, scores);
      for (Evaluation.Label l : dev) {
        Extractor.Verdict v = verdicts.get(Evaluation.key(l.document(), l.sentence()));
        double s = scores.getOrDefault(Evaluation.key(l.document(), l.sentence()), -1.0);
        boolean picked = s >= Extractor.DEFAULT_THRESHOLD;
        if (picked != l.key() || Boolean.getBoolean("all") && s >= 0) {
          String why = v == null ? "unmatched" : v.statement().map(st -> st.reason()).orElse(v.why());
          System.out.printf(Locale.ROOT, "%s %.2f %s | %s | %s%n", picked == l.key() ? (l.key() ? "HIT " : "NEG ") : l.key() ? "MISS" : "FP  ", s, l.sentence(), why,
              l.spans());
        }
      }
    }
  }

  /**
   * Pooled out-of-fold figures over every shuffle in {@link #SEEDS}; {@code scores}, when given,
   * receives each dev sentence's out-of-fold score of the first shuffle.
   */
  static Figures crossValidate(Map<String, Extractor.Verdict> verdicts, List<Evaluation.Label> devLabels,
      List<Evaluation.Label> regression, List<Evaluation.Label> bank, double l2, double target, Map<String, Double> scores) {
    int keys = 0;
    int picked = 0;
    int hits = 0;
    List<double[]> pooled = new ArrayList<>();
    for (long seed : SEEDS) {
      List<Evaluation.Label> dev = new ArrayList<>(devLabels);
      Collections.shuffle(dev, new Random(seed));
      for (int f = 0; f < K; f++) {
        List<Evaluation.Label> train = new ArrayList<>();
        List<Evaluation.Label> test = new ArrayList<>();
        for (int i = 0; i < dev.size(); i++) {
          (i % K == f ? test : train).add(dev.get(i));
        }
        if (!Boolean.getBoolean("noregression")) {
          train.addAll(regression);
        }
        train.addAll(bank);
        Ranker r = fit(verdicts, train, l2, target);
        for (Evaluation.Label l : test) {
          Extractor.Verdict v = verdicts.get(Evaluation.key(l.document(), l.sentence()));
          double s = v != null && v.statement().isPresent() ? r.score(v.features()) : -1;
          boolean p = s >= Extractor.DEFAULT_THRESHOLD;
          keys += l.key() ? 1 : 0;
          picked += p ? 1 : 0;
          hits += p && l.key() ? 1 : 0;
          pooled.add(new double[] {s, l.key() ? 1 : 0});
          if (scores != null && seed == SEEDS[0]) {
            scores.put(Evaluation.key(l.document(), l.sentence()), s);
          }
        }
      }
    }
    return new Figures(hits / (double) Math.max(1, picked), hits / (double) keys, picked, recallAt(pooled, 0.9, keys),
        auc(pooled));
  }

  /** The chance that a key candidate scores above a candidate that is not key (ties count half). */
  static double auc(List<double[]> pooled) {
    double pairs = 0;
    double wins = 0;
    for (double[] a : pooled) {
      for (double[] b : pooled) {
        if (a[0] >= 0 && b[0] >= 0 && a[1] == 1 && b[1] == 0) {
          pairs++;
          wins += a[0] > b[0] ? 1 : a[0] == b[0] ? 0.5 : 0;
        }
      }
    }
    return wins / Math.max(1, pairs);
  }

  /** The highest recall that some threshold over the pooled scores reaches at {@code precision} or better. */
  static double recallAt(List<double[]> pooled, double precision, int keys) {
    List<double[]> sorted = new ArrayList<>(pooled);
    sorted.removeIf(a -> a[0] < 0);
    sorted.sort(Comparator.comparingDouble((double[] a) -> -a[0]));
    int tp = 0;
    double best = 0;
    for (int i = 0; i < sorted.size(); i++) {
      tp += (int) sorted.get(i)[1];
      boolean boundary = i + 1 == sorted.size() || sorted.get(i + 1)[0] < sorted.get(i)[0];
      if (boundary && tp / (double) (i + 1) >= precision) {
        best = Math.max(best, tp / (double) keys);
      }
    }
    return best;
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
