package org.kaodian.cli;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kaodian.Pipeline;
import org.kaodian.export.ExportFormat;
import org.kaodian.export.ExportRequest;
import org.kaodian.item.Item;
import org.kaodian.item.ItemGenerator;
import org.kaodian.item.ItemType;
import org.kaodian.item.PaperAssembler;
import org.kaodian.render.Templates;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kaodian generate}: quiz items from the inputs, written as worksheets, decks and JSON. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Make quiz items from the inputs and write them (by default: Word worksheets, Excel deck and items.json).")
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin InputOptions inputs = new InputOptions();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "exports",
      description = "Output folder. Default: ${DEFAULT-VALUE}")
  Path output;

  @Option(names = {"-n", "--count"}, paramLabel = "N|all", defaultValue = "30",
      description = "How many items (balanced across types and documents), or 'all'. Default: ${DEFAULT-VALUE}")
  String count;

  @Option(names = "--types", paramLabel = "TYPES", split = ",",
      description = "Item types: fill_blank, single_choice, multiple_choice, true_false. Default: all four")
  List<String> types;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "7",
      description = "Seed for every shuffle; the same input and seed give the same output. Default: ${DEFAULT-VALUE}")
  long seed;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "Template folder. Default: question-templates (here, or beside the kaodian launcher)")
  Path templatesDir;

  @Option(names = "--format", paramLabel = "FORMATS", defaultValue = "docx,xlsx,json",
      description = "Comma-separated: docx, xlsx, json, apkg, html, anki, quizlet, kahoot, gift, kaoshibao, xuexitong,"
          + " wayground, blooket, gimkit, aiken, or all. Default: ${DEFAULT-VALUE}")
  String format;

  @Option(names = "--title", paramLabel = "TEXT",
      description = "Title of worksheets and decks; also the file name. Default: from the input")
  String title;

  @Option(names = "--versions", paramLabel = "N", defaultValue = "1",
      description = "Worksheet versions (2 writes A卷 and B卷, shuffled differently). Default: ${DEFAULT-VALUE}")
  int versions;

  @Option(names = "--allow-repeats",
      description = "When the input holds fewer distinct facts than --count, ask a fact again (as another item"
          + " type) to reach the count. Default: write fewer questions and say so")
  boolean allowRepeats;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Per-format setting, repeatable: apkg.deck, anki.deck, anki.cloze, anki.basic (note type names),"
          + " kahoot.time (seconds), kaoshibao.blank-separator (default |).")
  Map<String, String> settings = new java.util.LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    org.kaodian.Warmup.start();
    Timing.mark(err, "start");
    // Check everything before doing any work.
    List<ExportFormat> formats = parseOr(() -> ExportFormat.parse(format), "--format");
    ItemGenerator.Selection selection = parseOr(this::selection, "--count/--types");
    if (versions < 1 || versions > 26) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--versions must be between 1 and 26");
    }
    Templates templates = TemplateFolder.load(templatesDir, ExportFormat.templates(formats), err);
    if (templates == null) {
      return 1;
    }
    checkWritable(output);
    Timing.mark(err, "templates checked");

    Pipeline.Streamed in = Inputs.stream(inputs, err);
    if (in.documents() == 0) {
      err.println("error: no readable input; nothing written");
      return 1;
    }
    Pipeline.Extraction ex = in.extraction();
    if (selection.count() != ItemGenerator.Selection.ALL && ex.statements().size() < selection.count()) {
      // A teacher who asks for 40 questions on a long document wants 40: the best candidates under the
      // threshold fill the paper, and the note says so.
      int key = ex.statements().size();
      ex = ex.filledTo(selection.count());
      if (ex.statements().size() > key) {
        err.printf(java.util.Locale.ROOT, "note: %d key statements above the threshold; the next %d candidates"
            + " (score %.2f or more) fill the paper%n", key, ex.statements().size() - key,
            ex.statements().get(ex.statements().size() - 1).score());
      }
    }
    Timing.mark(err, "statements extracted");
    PaperAssembler.Paper paper = Pipeline.paper(ex, templates, selection, seed);
    // Statements that are one fact, or that would show each other's answers, make fewer questions than
    // statements: more candidates from the reserve fill the paper while there are any.
    for (int round = 0; round < 4 && selection.count() > 0 && paper.items().size() < selection.count()
        && !ex.reserve().isEmpty(); round++) {
      int before = ex.statements().size();
      ex = ex.filledTo(before + 2 * (selection.count() - paper.items().size()));
      err.printf(java.util.Locale.ROOT, "note: %d more candidates (score %.2f or more) fill the paper%n",
          ex.statements().size() - before, ex.statements().get(ex.statements().size() - 1).score());
      paper = Pipeline.paper(ex, templates, selection, seed);
    }
    List<Item> items = paper.items();
    paper.shortNote().ifPresent(n -> err.println("note: " + n));
    Timing.mark(err, "items made");
    // A document without a heading has its file name as title: not a worksheet title.
    String docTitle = title != null ? title : in.documents() == 1 && in.firstTitle() != null
        && !org.kaodian.ingest.TitleFinder.isFileName(in.firstTitle(), "") ? in.firstTitle() : "时政理论学习测验";
    String name = fileName(docTitle);
    ExportRequest request = new ExportRequest(items, output, name, docTitle, seed, versions, templates, settings,
        note -> err.println("note: " + note));
    boolean failed = in.failed() | !Outputs.write(formats, request, err);
    Map<ItemType, Integer> byType = new EnumMap<>(ItemType.class);
    items.forEach(i -> byType.merge(i.type(), 1, Integer::sum));
    err.println(items.size() + " items " + byType + " from " + ex.statements().size() + " statements in "
        + in.documents() + " documents");
    return failed ? 1 : 0;
  }

  private ItemGenerator.Selection selection() {
    int n = count.equalsIgnoreCase("all") ? ItemGenerator.Selection.ALL : Integer.parseInt(count.strip());
    if (n == 0 || n < ItemGenerator.Selection.ALL) {
      throw new IllegalArgumentException("--count must be a positive number or 'all', not " + count);
    }
    List<ItemType> t = new ArrayList<>();
    if (types == null || types.isEmpty()) {
      t.addAll(List.of(ItemType.values()));
    } else {
      types.forEach(s -> t.add(ItemType.fromId(s)));
    }
    return new ItemGenerator.Selection(n, t, allowRepeats);
  }

  private <T> T parseOr(java.util.function.Supplier<T> parse, String option) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
  }

  private void checkWritable(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--output " + dir + " is a file, not a folder");
    }
    Files.createDirectories(dir);
    if (!Files.isWritable(dir)) {
      throw new IOException("output folder " + dir + " is not writable");
    }
  }

  /** A file name from the title: the characters file systems disallow become '-'. */
  static String fileName(String title) {
    String n = title.replaceAll("[\\\\/:*?\"<>|\\s]+", "-").replaceAll("^-+|-+$", "");
    if (n.length() > 40) {
      n = n.substring(0, 40);
    }
    return n.isEmpty() ? "kaodian" : n;
  }
}
