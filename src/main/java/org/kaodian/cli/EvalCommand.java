package org.kaodian.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kaodian.Pipeline;
import org.kaodian.extract.Evaluation;
import org.kaodian.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kaodian eval}: precision and recall of the extractor on a labelled development set. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure the extractor against a labelled development set and print precision and recall.")
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin InputOptions inputs = new InputOptions();

  @Option(names = "--labels", paramLabel = "FILE", defaultValue = "src/test/resources/devset/devset.tsv",
      description = "The labelled set (document, paragraph, key, kind, spans, sentence; tab-separated). Default: ${DEFAULT-VALUE}")
  Path labels;

  @Option(names = {"-v", "--verbose"}, description = "Also list false positives and misses.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    Pipeline.Ingested in = Inputs.read(inputs.paths, spec.commandLine().getErr());
    Evaluation.Result r = Evaluation.evaluate(new Extractor(inputs.threshold), in.documents(), Evaluation.readLabels(labels));
    out.println(r.summary());
    if (verbose) {
      r.falsePositives().forEach(s -> out.println("false positive: " + s));
      r.misses().forEach(s -> out.println("missed: " + s));
    }
    return in.failed() ? 1 : 0;
  }
}
