package org.kaodian.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A logistic-regression ranker over {@link Features}: fitted weights from a small resource file,
 * a score in [0, 1], and the contribution of each feature so a teacher can see why.
 */
public final class Ranker {
  static final String RESOURCE = "ranker-weights.tsv";
  private static volatile Ranker standard;

  private final Map<String, Double> weights;

  Ranker(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** The shipped weights, loaded once. */
  public static Ranker standard() {
    Ranker r = standard;
    if (r == null) {
      r = new Ranker(Logistic.readWeights(Ranker.class, RESOURCE));
      standard = r;
    }
    return r;
  }

  /** The prior the fit is pulled towards ({@code ranker-prior.tsv}). */
  static Map<String, Double> prior() {
    return Logistic.readWeights(Ranker.class, "ranker-prior.tsv");
  }

  Map<String, Double> weights() {
    return weights;
  }

  double logit(Map<String, Double> features) {
    return Logistic.logit(weights, features);
  }

  double score(Map<String, Double> features) {
    return 1 / (1 + Math.exp(-logit(features)));
  }

  /** The features that moved the score most, strongest first: {@code +1.20 ev definition}. */
  String explain(Map<String, Double> features, int limit) {
    List<Map.Entry<String, Double>> parts = new ArrayList<>();
    for (var e : features.entrySet()) {
      double c = weights.getOrDefault(e.getKey(), 0.0) * e.getValue();
      if (!e.getKey().equals(Features.BIAS) && Math.abs(c) >= 0.05) {
        parts.add(Map.entry(e.getKey(), c));
      }
    }
    parts.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -Math.abs(e.getValue())));
    StringBuilder sb = new StringBuilder();
    for (var e : parts.subList(0, Math.min(limit, parts.size()))) {
      // Formatted by hand: this runs for every candidate, and String.format costs more than the scoring.
      long hundredths = Math.round(e.getValue() * 100);
      sb.append(sb.length() == 0 ? "" : ", ").append(hundredths < 0 ? '-' : '+').append(Math.abs(hundredths) / 100)
          .append('.').append(Math.abs(hundredths) % 100 < 10 ? "0" : "").append(Math.abs(hundredths) % 100)
          .append(' ').append(e.getKey());
    }
    return sb.toString();
  }

  /**
   * Fits weights by logistic regression with an L2 pull towards the prior (batch gradient descent;
   * features are in [0, 1], so no scaling is needed), then moves the bias so that the operating point that keeps
   * precision at or above {@code targetPrecision} on the training rows scores {@code threshold}.
   */
  static Ranker fit(List<Map<String, Double>> rows, List<Boolean> labels, double l2, double targetPrecision, double threshold) {
    return fit(rows, labels, java.util.Collections.nCopies(rows.size(), true), l2, targetPrecision, threshold);
  }

  /**
   * As {@link #fit(List, List, double, double, double)}, with the operating point set on the rows
   * marked in {@code calibrate} only: rows that are all key (a question bank) help the weights but
   * would flatter the precision.
   */
  static Ranker fit(List<Map<String, Double>> rows, List<Boolean> labels, List<Boolean> calibrate, double l2,
      double targetPrecision, double threshold) {
    Map<String, Double> weights = Logistic.fit(rows, labels, prior(), l2);
    Ranker raw = new Ranker(weights);
    // The lowest logit at which the rows above it still hold the target precision.
    List<double[]> scored = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (calibrate.get(i)) {
        scored.add(new double[] {raw.logit(rows.get(i)), labels.get(i) ? 1 : 0});
      }
    }
    scored.sort(Comparator.comparingDouble((double[] a) -> -a[0]));
    double cut = scored.get(0)[0];
    int tp = 0;
    for (int k = 0; k < scored.size(); k++) {
      tp += (int) scored.get(k)[1];
      boolean boundary = k + 1 == scored.size() || scored.get(k + 1)[0] < scored.get(k)[0];
      if (boundary && tp / (double) (k + 1) >= targetPrecision && scored.get(k)[1] == 1) {
        cut = scored.get(k)[0];
      }
    }
    double shift = Math.log(threshold / (1 - threshold)) - cut + 1e-6;
    weights.merge(Features.BIAS, shift, Double::sum);
    Map<String, Double> rounded = new LinkedHashMap<>();
    weights.forEach((k, v) -> rounded.put(k, Math.round(v * 1000) / 1000.0));
    return new Ranker(rounded);
  }

  /** The weights as the resource file stores them, after a {@code #} header. */
  public String toTsv(String header) {
    StringBuilder sb = new StringBuilder();
    for (String line : header.split("\n")) {
      sb.append("# ").append(line).append('\n');
    }
    weights.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> sb.append(e.getKey()).append('\t').append(e.getValue()).append('\n'));
    return sb.toString();
  }
}
