package org.kaodian.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kaodian.Pipeline;
import org.kaodian.export.AtomicFiles;
import org.kaodian.export.JsonExporter;
import org.kaodian.extract.AnswerSpan;
import org.kaodian.extract.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kaodian extract}: the ranked key statements of the inputs, explained. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Print the ranked key statements of the inputs (kind, score, why, answer marked) or write them as JSON.")
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin InputOptions inputs = new InputOptions();

  @Option(names = "--json", paramLabel = "FILE", description = "Write the statements as JSON to FILE instead of printing them.")
  Path json;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    Pipeline.Streamed in = Inputs.stream(inputs, err);
    List<Statement> statements = in.extraction().statements();
    if (json != null) {
      AtomicFiles.writeString(json, JsonExporter.statementsJson(statements) + "\n");
      err.printf(Locale.ROOT, "wrote %d statements from %d documents to %s%n", statements.size(), in.documents(), json);
    } else {
      int n = 1;
      for (Statement s : statements) {
        out.printf(Locale.ROOT, "%3d. [%s %.2f] %s%n     %s%n     (%s ¶%d%s)%n", n++, s.kind().id(), s.score(), mark(s),
            s.reason(), s.source().document(), s.source().paragraph(),
            s.sources().size() > 1 ? ", also in " + (s.sources().size() - 1) + " more place(s)" : "");
      }
    }
    return in.failed() ? 1 : 0;
  }

  /** The sentence with its first answer in 【】. */
  static String mark(Statement s) {
    AnswerSpan a = s.answers().get(0);
    return s.text().substring(0, a.start()) + "【" + a.text() + "】" + s.text().substring(a.end());
  }
}
