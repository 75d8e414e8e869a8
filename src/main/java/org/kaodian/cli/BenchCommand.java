package org.kaodian.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kaodian.Pipeline;
import org.kaodian.export.ExportFormat;
import org.kaodian.export.ExportRequest;
import org.kaodian.extract.Extractor;
import org.kaodian.extract.Statement;
import org.kaodian.ingest.Document;
import org.kaodian.item.Item;
import org.kaodian.item.ItemGenerator;
import org.kaodian.item.ItemType;
import org.kaodian.render.Templates;
import org.kaodian.text.Segmenter;
import org.kaodian.text.Sentence;
import org.kaodian.text.SentenceSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kaodian bench}: sizes, per-stage time and throughput, the HanLP floor, start-up and peak heap. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure every stage on the inputs (default seeds) in one JVM and print the figures.")
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders. Default: seeds")
  List<Path> paths;

  @Option(names = "--passes", paramLabel = "N", defaultValue = "5",
      description = "Timed passes after the first (cold) one; medians are printed. Default: ${DEFAULT-VALUE}")
  int passes;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "10",
      description = "Untimed passes of extraction and segmentation after the cold one, so that the medians compare"
          + " both at the speed a long run reaches (the JIT compiles the extractor's many paths later than HanLP's"
          + " one loop). Default: ${DEFAULT-VALUE}")
  int warmup;

  @Option(names = "--corpus-mb", paramLabel = "MB",
      description = "Instead: build a corpus of this many MB from the inputs (paragraphs shuffled and figures varied"
          + " per copy), stream it through extract and generate, and print time and peak heap. Run with"
          + " KAODIAN_JAVA_OPTS=-Xmx512m to check the memory cap.")
  int corpusMb;

  @Override
  public Integer call() throws Exception {
    if (corpusMb > 0) {
      return corpus();
    }
    var out = spec.commandLine().getOut();
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    Templates templates = Templates.load(TemplateFolder.resolve(null));
    Path tmp = Files.createTempDirectory("kaodian-bench");
    Map<String, List<Double>> times = new LinkedHashMap<>();
    long firstStatementAt = 0;
    int docs = 0;
    long chars = 0;
    int sentences = 0;
    int statements = 0;
    int items = 0;
    for (int pass = 0; pass <= passes; pass++) {
      long t0 = System.nanoTime();
      Pipeline.Ingested in = Pipeline.ingest(Inputs.orDefault(paths));
      long t1 = System.nanoTime();
      List<Sentence> split = new ArrayList<>();
      for (Document d : in.documents()) {
        split.addAll(SentenceSplitter.split(d));
      }
      long t2 = System.nanoTime();
      Pipeline.Extraction ex = Pipeline.extract(in.documents(), Extractor.DEFAULT_THRESHOLD);
      long t3 = System.nanoTime();
      if (pass == 0) {
        firstStatementAt = System.currentTimeMillis();
      }
      List<Item> generated = Pipeline.items(ex, templates, new ItemGenerator.Selection(30, List.of(ItemType.values())), 7);
      long t4 = System.nanoTime();
      // The floor: plain HanLP segmentation of the same sentences, which every extractor needs anyway.
      for (Sentence s : split) {
        Segmenter.segment(s.text());
      }
      long t5 = System.nanoTime();
      record(times, "ingest+clean", t1 - t0, pass);
      record(times, "split", t2 - t1, pass);
      record(times, "extract", t3 - t2, pass);
      record(times, "items", t4 - t3, pass);
      record(times, "hanlp segmentation", t5 - t4, pass);
      ExportRequest req = new ExportRequest(generated, tmp, "bench", "bench", 7, 1, templates);
      for (ExportFormat f : ExportFormat.EVERYDAY) {
        long e0 = System.nanoTime();
        f.exporter().export(req);
        record(times, "export " + f.id(), System.nanoTime() - e0, pass);
      }
      if (pass == 0) {
        for (int w = 0; w < warmup; w++) {
          Pipeline.extract(in.documents(), Extractor.DEFAULT_THRESHOLD);
          for (Sentence s : split) {
            Segmenter.segment(s.text());
          }
        }
      }
      docs = in.documents().size();
      chars = in.documents().stream().mapToLong(Document::length).sum();
      sentences = split.size();
      statements = ex.statements().size();
      items = generated.size();
    }
    out.printf(Locale.ROOT, "inputs: %d documents, %,d characters, %,d sentences, %d statements, %d items%n",
        docs, chars, sentences, statements, items);
    out.printf(Locale.ROOT, "%-22s %10s %10s %14s%n", "stage", "cold ms", "median ms", "chars/s");
    for (var e : times.entrySet()) {
      double cold = e.getValue().get(0);
      double med = median(e.getValue().subList(1, e.getValue().size()));
      out.printf(Locale.ROOT, "%-22s %10.1f %10.1f %,14.0f%n", e.getKey(), cold, med, med > 0 ? chars / (med / 1000) : 0);
    }
    double extract = median(times.get("extract").subList(1, passes + 1));
    double seg = median(times.get("hanlp segmentation").subList(1, passes + 1));
    out.printf(Locale.ROOT, "extraction throughput / raw HanLP segmentation throughput: %.2f× (medians of %d passes"
        + " after %d untimed)%n", seg / extract, passes, warmup);
    out.printf(Locale.ROOT, "start-up (JVM start to first statement): %d ms%n", firstStatementAt - jvmStart);
    out.printf(Locale.ROOT, "peak heap: %.1f MB (max %d MB); cores: %d%n", peakHeapMb(),
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
    try (var s = Files.walk(tmp)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    return 0;
  }

  private int corpus() throws Exception {
    var out = spec.commandLine().getOut();
    Path dir = Files.createTempDirectory("kaodian-corpus");
    try {
      List<String> paragraphs = new ArrayList<>();
      for (Document d : Pipeline.ingest(Inputs.orDefault(paths)).documents()) {
        d.paragraphs().forEach(p -> paragraphs.add(p.text()));
      }
      java.util.Random random = new java.util.Random(1);
      long target = (long) corpusMb << 20;
      long written = 0;
      int file = 0;
      while (written < target) {
        List<String> copy = new ArrayList<>(paragraphs);
        java.util.Collections.shuffle(copy, random);
        StringBuilder sb = new StringBuilder();
        for (String p : copy) {
          // Vary the figures so copies are not all the same text.
          var m = java.util.regex.Pattern.compile("\\d+").matcher(p);
          StringBuilder v = new StringBuilder();
          while (m.find()) {
            m.appendReplacement(v, String.valueOf(Long.parseLong(m.group().length() > 9 ? "1" : m.group()) + random.nextInt(3)));
          }
          m.appendTail(v);
          sb.append(v).append("\n\n");
        }
        byte[] bytes = sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(dir.resolve(String.format(Locale.ROOT, "c%05d.txt", file++)), bytes);
        written += bytes.length;
      }
      out.printf(Locale.ROOT, "corpus: %d files, %.1f MB in %s%n", file, written / 1048576.0, dir);
      Templates templates = Templates.load(TemplateFolder.resolve(null));
      long t0 = System.nanoTime();
      Pipeline.Streamed s = Pipeline.extractFiles(List.of(dir), Extractor.DEFAULT_THRESHOLD, p -> out.println(p),
          new ProgressBar(spec.commandLine().getErr()));
      long t1 = System.nanoTime();
      List<Item> generated = Pipeline.items(s.extraction(), templates,
          new ItemGenerator.Selection(30, List.of(ItemType.values())), 7);
      Path exports = dir.resolve("exports");
      for (ExportFormat f : ExportFormat.EVERYDAY) {
        f.exporter().export(new ExportRequest(generated, exports, "bench", "bench", 7, 1, templates));
      }
      long t2 = System.nanoTime();
      out.printf(Locale.ROOT, "extract (streamed, two passes): %.1f s, %,.0f chars/s; %d statements%n", (t1 - t0) / 1e9,
          s.characters() / ((t1 - t0) / 1e9), s.extraction().statements().size());
      out.printf(Locale.ROOT, "items + docx/xlsx/json: %.1f s, %d items%n", (t2 - t1) / 1e9, generated.size());
      out.printf(Locale.ROOT, "peak heap: %.1f MB (max %d MB)%n", peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20);
      return 0;
    } finally {
      try (var w = Files.walk(dir)) {
        w.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void record(Map<String, List<Double>> times, String stage, long nanos, int pass) {
    times.computeIfAbsent(stage, k -> new ArrayList<>()).add(nanos / 1e6);
  }

  static double median(List<Double> xs) {
    if (xs.isEmpty()) {
      return 0;
    }
    double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
  }

  static double peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / 1048576.0;
  }
}
