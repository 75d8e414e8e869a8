package org.kaodian.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Logistic regression over named features in [0, 1], the one fit behind the ranker and the print prior. */
public final class Logistic {
  private Logistic() {}

  /**
   * Weights by batch gradient descent with an L2 pull towards {@code prior} (no pull on {@code bias});
   * features are in [0, 1], so no scaling is needed.
   *
   * @param rows each row's features by name, {@code bias} 1 included
   * @param labels whether each row is a positive
   */
  public static Map<String, Double> fit(List<Map<String, Double>> rows, List<Boolean> labels,
      Map<String, Double> prior, double l2) {
    Objects.requireNonNull(prior, "prior");
    if (rows.size() != labels.size()) {
      throw new IllegalArgumentException("rows and labels differ in length: " + rows.size() + " and " + labels.size());
    }
    TreeSet<String> union = new TreeSet<>();
    rows.forEach(r -> union.addAll(r.keySet()));
    List<String> names = new ArrayList<>(union);
    int n = rows.size();
    int m = names.size();
    double[][] x = new double[n][m];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        x[i][j] = rows.get(i).getOrDefault(names.get(j), 0.0);
      }
      y[i] = labels.get(i) ? 1 : 0;
    }
    double[] pull = new double[m];
    for (int j = 0; j < m; j++) {
      pull[j] = prior.getOrDefault(names.get(j), 0.0);
    }
    double[] w = pull.clone();
    double rate = 0.5;
    for (int iter = 0; iter < 4000; iter++) {
      double[] grad = new double[m];
      for (int i = 0; i < n; i++) {
        double z = 0;
        for (int j = 0; j < m; j++) {
          z += w[j] * x[i][j];
        }
        double err = 1 / (1 + Math.exp(-z)) - y[i];
        for (int j = 0; j < m; j++) {
          grad[j] += err * x[i][j];
        }
      }
      for (int j = 0; j < m; j++) {
        boolean bias = names.get(j).equals(Features.BIAS);
        w[j] -= rate * (grad[j] / n + (bias ? 0 : l2 * (w[j] - pull[j])));
      }
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    for (int j = 0; j < m; j++) {
      weights.put(names.get(j), w[j]);
    }
    return weights;
  }

  /**
   * Weights from a class-path resource of {@code feature<TAB>weight} lines ({@code #} comments), as
   * {@code ranker-weights.tsv} and {@code print-prior.tsv} store them.
   */
  public static Map<String, Double> readWeights(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, Double> w = new LinkedHashMap<>();
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 2) {
          throw new IOException(resource + " line " + number + ": expected feature<TAB>weight, got: " + line);
        }
        w.put(f[0], Double.parseDouble(f[1]));
      }
      return w;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The logit of one row under the weights; features the weights do not know count nothing. */
  public static double logit(Map<String, Double> weights, Map<String, Double> features) {
    double z = 0;
    for (var e : features.entrySet()) {
      z += weights.getOrDefault(e.getKey(), 0.0) * e.getValue();
    }
    return z;
  }
}
