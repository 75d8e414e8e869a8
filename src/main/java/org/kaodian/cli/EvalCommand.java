package org.kaodian.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kaodian.Pipeline;
import org.kaodian.export.AtomicFiles;
import org.kaodian.extract.Deduplicator;
import org.kaodian.extract.Evaluation;
import org.kaodian.extract.Extractor;
import org.kaodian.extract.Ranker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kaodian eval}: precision, recall and blank agreement of the extractor on the labelled sets. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Measure the extractor against the blind development set and print precision, recall and blank"
        + " agreement on its held-out half (the figure to report), its dev half, and the older regression set.",
        "Only the dev half's mistakes are listed (-v) and only the dev half is fitted on (--fit): the held-out"
            + " half is never used to tune."})
final class EvalCommand implements Callable<Integer> {
  static final Path DEVSET_DOCS = Path.of("src/test/resources/devset/docs");

  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin InputOptions inputs = new InputOptions();

  @Option(names = "--labels", paramLabel = "FILE", defaultValue = "src/test/resources/devset/blind.tsv",
      description = "The blind set (document, paragraph, key, kind, spans, sentence, half; tab-separated). Default: ${DEFAULT-VALUE}")
  Path labels;

  @Option(names = "--regression", paramLabel = "FILE", defaultValue = "src/test/resources/devset/devset.tsv",
      description = "The older set drawn partly from an early extractor's picks, kept as a regression check. Default: ${DEFAULT-VALUE}")
  Path regression;

  @Option(names = "--bank", paramLabel = "FILE", defaultValue = "src/test/resources/devset/bank.tsv",
      description = "Sentences of a public question bank that human writers made fill-ins from: the share kaodian"
          + " picks is printed. Default: ${DEFAULT-VALUE}")
  Path bank;

  @Option(names = "--fit-bank", description = "With --fit: also train on the question bank's sentences as key"
      + " (cross-validation on the dev half found this lowers precision, so it is off by default).")
  boolean fitBank;

  @Option(names = {"-v", "--verbose"}, description = "Also list the dev half's false positives and misses.")
  boolean verbose;

  @Option(names = "--fit", paramLabel = "FILE",
      description = "Fit the ranker's weights on the dev half and the regression set (never the held-out half),"
          + " write them to FILE and report the figures with them.")
  Path fit;

  @Option(names = "--target-precision", paramLabel = "P", defaultValue = "0.90",
      description = "With --fit: the precision on the dev half that the threshold is set to keep. Default: ${DEFAULT-VALUE}")
  double targetPrecision;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    List<Path> paths = inputs.paths;
    if (paths == null || paths.isEmpty()) {
      paths = new ArrayList<>(List.of(Path.of("seeds")));
      if (Files.isDirectory(DEVSET_DOCS)) {
        paths.add(DEVSET_DOCS);
      }
    }
    Pipeline.Ingested in = Inputs.read(paths, spec.commandLine().getErr());
    List<Evaluation.Label> all = Evaluation.readLabels(labels);
    Extractor extractor = new Extractor(inputs.threshold);
    Map<String, Extractor.Verdict> verdicts = Evaluation.bestVerdicts(extractor, in.documents());
    if (fit != null) {
      // Fitted on everything that is not held out: the dev half and the older regression set.
      List<Evaluation.Label> training = new ArrayList<>(Evaluation.half(all, "dev"));
      if (Files.isRegularFile(regression)) {
        training.addAll(Evaluation.readLabels(regression));
      }
      if (fitBank && Files.isRegularFile(bank)) {
        training.addAll(Evaluation.readLabels(bank));
      }
      Ranker ranker = Evaluation.fit(verdicts, training, targetPrecision);
      AtomicFiles.writeString(fit, ranker.toTsv("kaodian ranker weights: logistic regression fitted by `kaodian eval --fit`"
          + " on the dev half of " + labels.getFileName() + " and the regression set " + regression.getFileName()
          + (fitBank ? " and the question bank " + bank.getFileName() : "")
          + "\nthe bias is moved so that a score of " + Extractor.DEFAULT_THRESHOLD + " keeps precision "
          + targetPrecision + " on those sentences"));
      out.println("wrote fitted weights to " + fit);
      extractor = new Extractor(Extractor.standardDetectors(), ranker, new Deduplicator(0.6), inputs.threshold);
      verdicts = Evaluation.bestVerdicts(extractor, in.documents());
    }
    Evaluation.Result held = Evaluation.evaluate(extractor, verdicts, Evaluation.half(all, "heldout"));
    Evaluation.Result dev = Evaluation.evaluate(extractor, verdicts, Evaluation.half(all, "dev"));
    out.println("held-out half (never tuned on):");
    out.println("  " + held.summary().replace("\n", "\n  "));
    out.println("dev half (fitted on):");
    out.println("  " + dev.summary().replace("\n", "\n  "));
    if (Files.isRegularFile(regression)) {
      Evaluation.Result reg = Evaluation.evaluate(extractor, verdicts, Evaluation.readLabels(regression));
      out.println("regression set (" + regression.getFileName() + ", drawn partly from an early extractor's picks):");
      out.println("  " + reg.summary().replace("\n", "\n  "));
    }
    if (Files.isRegularFile(bank)) {
      List<Evaluation.Label> rows = Evaluation.readLabels(bank);
      Evaluation.Result b = Evaluation.evaluate(extractor, verdicts, rows);
      out.printf(java.util.Locale.ROOT, "question bank (%s): kaodian picks %d of %d sentences human writers made fill-ins from"
          + " (%.1f%%), its first blank is theirs in %.1f%%%n", bank.getFileName(), b.pickedKeys(), b.keys(),
          100 * b.recall(), 100 * b.spanAgreement());
    }
    if (verbose) {
      dev.falsePositives().forEach(s -> out.println("dev false positive: " + s));
      dev.misses().forEach(s -> out.println("dev missed: " + s));
    }
    return in.failed() ? 1 : 0;
  }
}
