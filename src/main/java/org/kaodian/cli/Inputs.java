package org.kaodian.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.kaodian.Pipeline;
import org.kaodian.ingest.InputProblem;

/** Shared input handling of the subcommands: default folder, reading, reporting problems. */
final class Inputs {
  private Inputs() {}

  static List<Path> orDefault(List<Path> paths) {
    return paths == null || paths.isEmpty() ? List.of(Path.of("seeds")) : paths;
  }

  /** Streams the inputs through extraction, printing problems and a progress bar on a terminal. */
  static Pipeline.Streamed stream(InputOptions in, PrintWriter err) {
    return Pipeline.extractFiles(orDefault(in.paths), in.threshold,
        p -> err.println((p.fatal() ? "error: " : "note: ") + p), new ProgressBar(err));
  }

  /** Reads the inputs and prints every problem (notes and failures) to stderr. */
  static Pipeline.Ingested read(List<Path> paths, PrintWriter err) {
    Pipeline.Ingested in = Pipeline.ingest(orDefault(paths));
    for (InputProblem p : in.problems()) {
      err.println((p.fatal() ? "error: " : "note: ") + p);
    }
    return in;
  }
}
