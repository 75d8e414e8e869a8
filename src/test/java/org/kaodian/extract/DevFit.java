package org.kaodian.extract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kaodian.Pipeline;

/**
 * Refits the shipped ranker weights on the dev half of the blind set and the regression set only,
 * with the setting {@link RankerCrossValidation} chose, and writes {@code ranker-weights.tsv}; unlike
 * {@code kaodian eval --fit} it computes and prints no held-out figure. A development tool, run by
 * hand: {@code java -cp … org.kaodian.extract.DevFit [l2 [targetPrecision]]}.
 */
public final class DevFit {
  static final Path WEIGHTS = Path.of("src/main/resources/org/kaodian/extract/" + Ranker.RESOURCE);

  private DevFit() {}

  public static void main(String[] args) throws Exception {
    double l2 = args.length > 0 ? Double.parseDouble(args[0]) : Evaluation.L2;
    double target = args.length > 1 ? Double.parseDouble(args[1]) : 0.9;
    var in = Pipeline.ingest(List.of(Path.of("seeds"), Path.of("src/test/resources/devset/docs")));
    Map<String, Extractor.Verdict> verdicts = Evaluation.bestVerdicts(new Extractor(), in.documents());
    List<Evaluation.Label> training = new ArrayList<>(
        Evaluation.half(Evaluation.readLabels(Path.of("src/test/resources/devset/blind.tsv")), "dev"));
    training.addAll(Evaluation.readLabels(Path.of("src/test/resources/devset/devset.tsv")));
    List<Map<String, Double>> rows = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    for (Evaluation.Label l : training) {
      Extractor.Verdict v = verdicts.get(Evaluation.key(l.document(), l.sentence()));
      if (v != null && v.statement().isPresent() && !v.features().isEmpty()) {
        rows.add(v.features());
        ys.add(l.key());
      }
    }
    Ranker ranker = Ranker.fit(rows, ys, l2, target, Extractor.DEFAULT_THRESHOLD);
    Files.writeString(WEIGHTS, ranker.toTsv(String.format(Locale.ROOT,
        "kaodian ranker weights: logistic regression fitted by DevFit (test sources) on the dev half of blind.tsv"
            + " and the regression set devset.tsv, l2 %s towards ranker-prior.tsv\n"
            + "the bias is moved so that a score of 0.5 keeps precision %s on those sentences", l2, target)),
        StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "fitted on %d candidates (%d key); wrote %s%n", rows.size(),
        ys.stream().filter(b -> b).count(), WEIGHTS);
  }
}
