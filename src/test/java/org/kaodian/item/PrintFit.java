package org.kaodian.item;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fits {@code print-prior.tsv} on the judged items of past blind reads and prints how well a prior
 * fitted without each read ranks that read's items. A development tool, run by hand:
 * {@code java -cp … org.kaodian.item.PrintFit [l2]}.
 */
public final class PrintFit {
  static final Path VERDICTS = Path.of("src/test/resources/blindreads/verdicts.tsv");
  static final Path WEIGHTS = Path.of("src/main/resources/org/kaodian/item/" + PrintPrior.RESOURCE);
  static final double L2 = 0.01;

  /** One judged item of a read. */
  record Judged(String read, boolean printed, Map<String, Double> features) {}

  private PrintFit() {}

  static List<Judged> judged() throws IOException {
    List<Judged> out = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(VERDICTS, StandardCharsets.UTF_8)) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 8 || !(f[1].equals("PRINT") || f[1].equals("NO"))) {
        throw new IOException(VERDICTS + " line " + number + ": expected 8 fields with PRINT or NO second, got: " + line);
      }
      out.add(new Judged(f[0], f[1].equals("PRINT"),
          PrintPrior.features(f[3], f[5], f[6], f[7], Double.parseDouble(f[4]))));
    }
    return out;
  }

  static PrintPrior fit(List<Judged> rows, double l2) {
    return PrintPrior.fit(rows.stream().map(Judged::features).toList(), rows.stream().map(Judged::printed).toList(), l2);
  }

  /**
   * Each read scored by a prior fitted on the other reads only: the area under the ROC curve over all
   * reads, and how many of each read's better half (by that prior) were printed, against all its items.
   */
  record CrossValidation(double auc, double betterHalfPrinted, double allPrinted) {}

  static CrossValidation leaveOneReadOut(List<Judged> rows, double l2) {
    Set<String> reads = new LinkedHashSet<>();
    rows.forEach(r -> reads.add(r.read()));
    List<double[]> scored = new ArrayList<>(); // logit, printed
    int half = 0;
    int halfPrinted = 0;
    for (String read : reads) {
      PrintPrior p = fit(rows.stream().filter(r -> !r.read().equals(read)).toList(), l2);
      List<double[]> own = new ArrayList<>();
      rows.stream().filter(r -> r.read().equals(read))
          .forEach(r -> own.add(new double[] {p.logit(r.features()), r.printed() ? 1 : 0}));
      scored.addAll(own);
      own.sort(Comparator.comparingDouble((double[] a) -> -a[0]));
      for (double[] a : own.subList(0, own.size() / 2)) {
        half++;
        halfPrinted += (int) a[1];
      }
    }
    double pairs = 0;
    double won = 0;
    for (double[] a : scored) {
      for (double[] b : scored) {
        if (a[1] == 1 && b[1] == 0) {
          pairs++;
          won += a[0] > b[0] ? 1 : a[0] == b[0] ? 0.5 : 0;
        }
      }
    }
    long printed = rows.stream().filter(Judged::printed).count();
    return new CrossValidation(won / pairs, halfPrinted / (double) half, printed / (double) rows.size());
  }

  public static void main(String[] args) throws Exception {
    double l2 = args.length > 0 ? Double.parseDouble(args[0]) : L2;
    List<Judged> rows = judged();
    CrossValidation cv = leaveOneReadOut(rows, l2);
    System.out.printf(Locale.ROOT, "%d judged items; leave one read out: AUC %.3f, better half printed %.1f%% (all %.1f%%)%n",
        rows.size(), cv.auc(), 100 * cv.betterHalfPrinted(), 100 * cv.allPrinted());
    Files.writeString(WEIGHTS, fit(rows, l2).toTsv(String.format(Locale.ROOT,
        "kaodian print prior: logistic regression fitted by PrintFit (test sources) on the %d judged items of blind reads P to KK\n"
            + "(src/test/resources/blindreads/verdicts.tsv), l2 %s; leave one read out: AUC %.3f, better half printed %.1f%% of %.1f%%",
        rows.size(), l2, cv.auc(), 100 * cv.betterHalfPrinted(), 100 * cv.allPrinted())), StandardCharsets.UTF_8);
    System.out.println("wrote " + WEIGHTS);
  }
}
