package org.kaodian.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kaodian.export.ExportFormat;
import org.kaodian.export.ExportRequest;
import org.kaodian.item.Item;
import org.kaodian.render.Templates;
import org.kaodian.review.ReviewReader;
import org.kaodian.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kaodian build}: every output from a teacher-reviewed sheet (or an items.json). */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = {"Write the chosen outputs from a reviewed review.xlsx (kept rows, the teacher's edits, the teacher's"
        + " row order) or from an items.json.", "Every row is checked first; nothing is written while a row is invalid."})
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "REVIEW.xlsx|items.json", description = "The reviewed sheet or an items.json.")
  Path input;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "exports", description = "Output folder. Default: ${DEFAULT-VALUE}")
  Path output;

  @Option(names = "--format", paramLabel = "FORMATS", defaultValue = "docx,xlsx,json",
      description = "Comma-separated formats as for generate, or all. Default: ${DEFAULT-VALUE}")
  String format;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "7", description = "Seed for A/B shuffles. Default: ${DEFAULT-VALUE}")
  long seed;

  @Option(names = "--title", paramLabel = "TEXT", defaultValue = "时政理论学习测验", description = "Title and file name. Default: ${DEFAULT-VALUE}")
  String title;

  @Option(names = "--versions", paramLabel = "N", defaultValue = "1", description = "Worksheet versions (A卷, B卷…). Default: ${DEFAULT-VALUE}")
  int versions;

  @Option(names = "--templates", paramLabel = "DIR", description = "Template folder. Default: question-templates")
  Path templatesDir;

  @Option(names = "--skip-invalid", description = "Drop invalid rows (each reported) instead of stopping.")
  boolean skipInvalid;

  @Option(names = "--store", paramLabel = "FILE", defaultValue = "exports/kaodian.db",
      description = "Item bank the weekly mail draws from; the kept items go in as reviewed. Default: ${DEFAULT-VALUE}")
  Path store;

  @Option(names = "--no-store", description = "Do not add the reviewed items to the item bank.")
  boolean noStore;

  @Option(names = "--allow-repeats",
      description = "Keep rows that ask a fact another row asks or show another row's answer."
          + " Default: leave them out, each reported")
  boolean allowRepeats;

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    List<ExportFormat> formats;
    try {
      formats = ExportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
    }
    if (!Files.isRegularFile(input)) {
      err.println("error: " + input + ": no such file");
      return 1;
    }
    Templates templates = TemplateFolder.load(templatesDir, ExportFormat.templates(formats), err);
    if (templates == null) {
      return 1;
    }
    ReviewReader.Result r = ReviewReader.read(input, templates.trueFalseWords());
    r.problems().forEach(p -> err.println((skipInvalid ? "skipped: " : "error: ") + p));
    if (!r.problems().isEmpty() && !skipInvalid) {
      err.println("nothing written: fix the rows above (or use --skip-invalid)");
      return 1;
    }
    List<Item> items = r.items();
    if (!allowRepeats) {
      // The reviewed rows are one paper too: a later row that repeats a fact or gives an answer away goes.
      items = org.kaodian.item.PaperAssembler.onePaper(items, (i, why) -> err.println("note: left out "
          + i.id() + " (" + (i.stem().length() > 30 ? i.stem().substring(0, 30) + "…" : i.stem()) + "): " + why
          + "; --allow-repeats keeps it"));
    }
    if (items.isEmpty()) {
      err.println("error: no items to build (every row dropped or invalid)");
      return 1;
    }
    ExportRequest request = new ExportRequest(items, output, GenerateCommand.fileName(title), title, seed, versions,
        templates, java.util.Map.of(), note -> err.println("note: " + note));
    boolean ok = Outputs.write(formats, request, err);
    if (!noStore) {
      try (Store s = Store.open(store)) {
        s.addItems(items, true);
        err.println("item bank " + store + ": " + items.size() + " reviewed items");
      }
    }
    err.println(items.size() + " items built, " + r.dropped() + " dropped by the teacher"
        + (r.problems().isEmpty() ? "" : ", " + r.problems().size() + " problem(s) skipped"));
    return ok ? 0 : 1;
  }
}
