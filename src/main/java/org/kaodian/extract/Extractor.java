package org.kaodian.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kaodian.ingest.Document;
import org.kaodian.text.Segmenter;
import org.kaodian.text.Sentence;
import org.kaodian.text.SentenceSplitter;

/**
 * Entry point of the extract stage: rejections, then detectors, then ranking and de-duplication,
 * composed in {@link #extract}.
 */
public final class Extractor {
  /** Statements scoring below this are not worth a question. */
  public static final double DEFAULT_THRESHOLD = 0.72;

  private static final Pattern DATELINE = Pattern.compile(
      "^■(?!据)|^(?:■?据)?(?:新华社|本报|人民日报|中新社|央视新闻|央视)[\\p{IsHan}]{0,12}?(?:\\d{1,2}月\\d{1,2}日)?电(?:[（(][^）)]{0,40}[）)])?\\s*");
  private static final Pattern SPEAKER =
      Pattern.compile("^[^，。；“”]{0,40}?(?:指出|强调|表示|认为|提出|说|宣告|阐述)[，：:]");

  private static final int MAX_SENTENCE = 1000;
  /** Documents judged in parallel at a time; fixed, so the lexicon (and so the output) never depends on timing. */
  private static final int BATCH = 8;
  private static final long PARALLEL_CHARS = 400_000;

  private final List<StatementDetector> detectors;
  private final Deduplicator deduplicator;
  private final double threshold;

  public Extractor(double threshold) {
    this.detectors = List.of(
        new DefinitionStatementDetector(), new NumericStatementDetector(), new FormulaStatementDetector());
    this.deduplicator = new Deduplicator(0.6);
    this.threshold = threshold;
  }

  public Extractor() {
    this(DEFAULT_THRESHOLD);
  }

  /** What happened to one sentence: its statement when detected, or why it was left out. */
  public record Verdict(Sentence sentence, Optional<Statement> statement, String why) {}

  /** Documents read one at a time, possibly twice; lets a corpus larger than memory stream through. */
  @FunctionalInterface
  public interface DocumentSource {
    void forEach(java.util.function.Consumer<Document> consumer);
  }

  /** The outcome of a run: ranked statements and the lexicon they were found with. */
  /**
   * The outcome of a run.
   *
   * @param statements ranked, de-duplicated statements at or above the threshold
   * @param lexicon the lexicon they were found with
   * @param verdicts every sentence's verdict, when asked for
   * @param detected the text of every sentence a detector fired on, above the threshold or not: what
   *     else the input says, so a distractor that is also true elsewhere can be refused
   */
  public record Result(List<Statement> statements, Lexicon lexicon, List<Verdict> verdicts, List<String> detected) {}

  /** Ranked, de-duplicated statements at or above the threshold. */
  public List<Statement> extract(List<Document> documents) {
    return run(documents::forEach, false).statements();
  }

  /** Every sentence of every document with its verdict; for evaluation and "why" questions. */
  public List<Verdict> explain(List<Document> documents) {
    return run(documents::forEach, true).verdicts();
  }

  /**
   * The whole chain over a source read twice: first pass detects and keeps only candidate
   * statements (whole texts are dropped), second pass counts how central their answers are.
   */
  public Result run(DocumentSource source, boolean keepVerdicts) {
    Map<String, Integer> quoted = new LinkedHashMap<>();
    Lexicon[] lexicon = {Lexicon.standard()};
    Segmenter.addTerms(lexicon[0].terms());
    List<Verdict> verdicts = new ArrayList<>();
    List<Statement> drafts = new ArrayList<>();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "kaodian-extract");
      t.setDaemon(true);
      return t;
    });
    List<Document> batch = new ArrayList<>();
    // Documents are judged in parallel a batch at a time. The lexicon grows only between batches, so
    // HanLP's dictionary never changes while it segments, and a fixed batch size keeps output repeatable.
    Runnable flush = () -> {
      for (Document doc : batch) {
        Lexicon.countQuoted(doc.text(), quoted);
      }
      lexicon[0] = Lexicon.standard().withQuotedCounts(quoted);
      Segmenter.addTerms(lexicon[0].terms());
      Lexicon current = lexicon[0];
      // A booklet-sized batch is judged on this thread: the other core is busy loading POI (see Warmup).
      boolean parallel = batch.stream().mapToLong(Document::length).sum() >= PARALLEL_CHARS;
      List<java.util.concurrent.Future<List<Verdict>>> results = new ArrayList<>();
      for (Document doc : batch) {
        results.add(parallel ? pool.submit(() -> judge(doc, current))
            : java.util.concurrent.CompletableFuture.completedFuture(judge(doc, current)));
      }
      for (var f : results) {
        for (Verdict v : join(f)) {
          v.statement().ifPresent(drafts::add);
          if (keepVerdicts) {
            verdicts.add(v);
          }
        }
      }
      batch.clear();
    };
    try {
      source.forEach(doc -> {
        batch.add(doc);
        if (batch.size() == BATCH) {
          flush.run();
        }
      });
      if (!batch.isEmpty()) {
        flush.run();
      }
    } finally {
      pool.shutdownNow();
    }
    java.util.Set<String> terms = new java.util.HashSet<>();
    drafts.forEach(d -> terms.add(d.answers().get(0).text()));
    Salience salience = Salience.count(source, terms);
    List<Statement> ranked = new ArrayList<>();
    for (Statement d : drafts) {
      Statement st = withSalience(d, salience);
      if (st.score() >= threshold) {
        ranked.add(st);
      }
    }
    ranked.sort(Comparator.comparingDouble(Statement::score).reversed()
        .thenComparing(st -> st.source().document()).thenComparingInt(st -> st.source().start()));
    List<Verdict> finalVerdicts = new ArrayList<>();
    for (Verdict v : verdicts) {
      if (v.statement().isEmpty()) {
        finalVerdicts.add(v);
      } else {
        Statement st = withSalience(v.statement().get(), salience);
        finalVerdicts.add(new Verdict(v.sentence(), Optional.of(st), st.score() >= threshold ? "picked"
            : String.format(java.util.Locale.ROOT, "below threshold (%.2f)", st.score())));
      }
    }
    return new Result(deduplicator.dedupe(ranked), lexicon[0], finalVerdicts, drafts.stream().map(Statement::text).toList());
  }

  private static <T> T join(java.util.concurrent.Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The draft score plus the salience of its first answer, kept in [0, 1]. */
  private static Statement withSalience(Statement d, Salience salience) {
    double score = Math.max(0, Math.min(1, d.score() + 0.08 * salience.of(d.answers().get(0).text())));
    return new Statement(d.kind(), d.text(), d.answers(), Math.round(score * 1000) / 1000.0, d.reason(), d.sources());
  }

  public double threshold() {
    return threshold;
  }

  List<Verdict> judge(Document doc, Lexicon lexicon) {
    List<Verdict> out = new ArrayList<>();
    for (Sentence sentence : SentenceSplitter.split(doc)) {
      if (sentence.text().length() > MAX_SENTENCE) {
        // Run-on text (a file without punctuation) is no statement, and patterns over it would crawl.
        out.add(new Verdict(sentence, Optional.empty(), "rejected: too long for one sentence"));
        continue;
      }
      AnalyzedSentence s = analyze(sentence, lexicon);
      // Detectors are cheap and fire on few sentences; the rejection rules (and segmentation) run only there.
      List<Detection> detections = new ArrayList<>();
      for (StatementDetector d : detectors) {
        detections.addAll(d.detect(s));
      }
      if (detections.isEmpty()) {
        out.add(new Verdict(sentence, Optional.empty(), "no detector fired"));
        continue;
      }
      Optional<String> rejected = Rejections.reject(s);
      if (rejected.isPresent()) {
        out.add(new Verdict(sentence, Optional.empty(), "rejected: " + rejected.get()));
        continue;
      }
      out.add(new Verdict(sentence, Optional.of(rank(s, doc, detections)), "detected"));
    }
    return out;
  }

  static AnalyzedSentence analyze(Sentence sentence, Lexicon lexicon) {
    String text = sentence.text();
    Matcher dl = DATELINE.matcher(text);
    if (dl.find() && dl.end() < text.length()) {
      text = text.substring(dl.end());
    }
    Matcher sp = SPEAKER.matcher(text);
    int content = sp.find() ? sp.end() : 0;
    return new AnalyzedSentence(sentence, text, content, lexicon);
  }

  /** The heading nearest above the paragraph: booklets hold many articles, each with its own title. */
  static String articleTitle(Document doc, int paragraph) {
    for (int i = Math.min(paragraph, doc.paragraphs().size() - 1); i >= 0; i--) {
      var p = doc.paragraphs().get(i);
      // Section numbers (一、…) and bylines (国务院总理 李强) are not article titles.
      if (p.heading() && p.text().length() >= 6 && !p.text().matches("^[一二三四五六七八九十（(\\d].*")
          && !p.text().matches("^\\S{2,12} [\\p{IsHan}]{2,3}$")) {
        return p.text();
      }
    }
    return doc.title();
  }

  /** Score = strongest detection + a little for agreeing detectors, term salience and lexicon hits − length. */
  private static Statement rank(AnalyzedSentence s, Document doc, List<Detection> detections) {
    detections.sort(Comparator.comparingDouble(Detection::strength).reversed());
    Detection best = detections.get(0);
    Map<String, AnswerSpan> answers = new LinkedHashMap<>();
    for (Detection d : detections) {
      if (d.kind() == best.kind()) {
        d.answers().forEach(a -> answers.putIfAbsent(a.text() + "@" + a.start(), a));
      }
    }
    for (Detection d : detections) {
      d.answers().forEach(a -> answers.putIfAbsent(a.text() + "@" + a.start(), a));
    }
    long kinds = detections.stream().map(Detection::kind).distinct().count();
    double score = best.strength() + 0.04 * (kinds - 1);
    AnswerSpan primary = best.answers().get(0);
    if (answers.values().stream().anyMatch(a -> s.lexicon().contains(a.text()))) {
      score += 0.04;
    }
    int len = s.text().codePointCount(0, s.text().length());
    score -= len > 300 ? 0.25 : len > 200 ? 0.15 : len > 140 ? 0.07 : 0;
    if (primary.text().length() * 2 > len) {
      score -= 0.2;
    }
    // Unclamped: salience is added once every document has been seen (see withSalience).
    StringBuilder reason = new StringBuilder(best.reason());
    detections.stream().skip(1).map(Detection::reason).distinct().forEach(r -> reason.append("; also ").append(r));
    Sentence sen = s.sentence();
    Source src = new Source(doc.name(), articleTitle(doc, sen.paragraph()), sen.paragraph(), sen.start(), sen.end());
    return new Statement(best.kind(), s.text(), new ArrayList<>(answers.values()), score,
        reason.toString(), List.of(src));
  }
}
