package org.kaodian.cli;

import java.nio.file.Path;
import java.util.List;
import org.kaodian.extract.Extractor;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and the statement threshold, shared by every command that reads documents. */
final class InputOptions {
  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files or folders (.txt .md .docx .pdf .html, UTF-8 or GBK). Default: seeds")
  List<Path> paths;

  @Option(names = "--threshold", paramLabel = "SCORE", defaultValue = "" + Extractor.DEFAULT_THRESHOLD,
      description = "Minimum statement score (0–1). Default: ${DEFAULT-VALUE}")
  double threshold;
}
