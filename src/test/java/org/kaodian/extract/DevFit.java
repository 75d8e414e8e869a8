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
    Map<String, Extractor.Verdict> verdicts = DevData.verdicts();
    List<Evaluation.Label> training = new ArrayList<>(DevData.dev());
    training.addAll(Evaluation.readLabels(Path.of("src/test/resources/devset/devset.tsv")));
    Ranker ranker = Evaluation.fit(verdicts, training, l2, target);
    Files.writeString(WEIGHTS, ranker.toTsv(String.format(Locale.ROOT,
        "kaodian ranker weights: logistic regression fitted by DevFit (test sources) on the dev half of blind.tsv"
            + (Boolean.getBoolean("extra") ? ", the second draw blind-extra.tsv" : "") + " and the regression set devset.tsv, l2 %s towards ranker-prior.tsv\n"
            + "the bias is moved so that a score of 0.5 keeps precision %s on those sentences", l2, target)),
        StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "fitted on %d labelled sentences; wrote %s%n", training.size(), WEIGHTS);
  }
}
