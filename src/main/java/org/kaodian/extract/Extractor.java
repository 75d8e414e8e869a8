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
import org.kaodian.ingest.TitleFinder;
import org.kaodian.text.Segmenter;
import org.kaodian.text.Sentence;
import org.kaodian.text.SentenceSplitter;

/**
 * Entry point of the extract stage: every body sentence is a candidate; certain rejections drop
 * headings, bylines and fragments, the evidence detectors propose blanks and say why, the
 * {@link Ranker} weighs evidence, salience and penalties into one score, the {@link BlankChooser}
 * fixes the blanks, and near-duplicates are merged. Composed in {@link #judgeUnit}.
 */
public final class Extractor {
  /** Statements scoring below this are not worth a question; the ranker's bias is fitted to it. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  private static final int MAX_SENTENCE = 1000;
  /** Documents judged in parallel at a time; fixed, so the lexicon (and so the output) never depends on timing. */
  private static final int BATCH = 8;
  private static final long PARALLEL_CHARS = 400_000;

  private final List<StatementDetector> detectors;
  private final Ranker ranker;
  private final Deduplicator deduplicator;
  private final double threshold;

  /**
   * @param detectors the evidence, each proposing blanks with a reason
   * @param ranker weighs the evidence into a score
   * @param deduplicator merges statements of the same fact
   * @param threshold the lowest score kept, in [0, 1]
   */
  public Extractor(List<StatementDetector> detectors, Ranker ranker, Deduplicator deduplicator, double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be between 0 and 1, got " + threshold);
    }
    if (detectors == null || detectors.isEmpty() || ranker == null || deduplicator == null) {
      throw new IllegalArgumentException("an extractor needs detectors, a ranker and a deduplicator");
    }
    this.detectors = List.copyOf(detectors);
    this.ranker = ranker;
    this.deduplicator = deduplicator;
    this.threshold = threshold;
  }

  public Extractor(double threshold) {
    this(standardDetectors(), Ranker.standard(), new Deduplicator(0.6), threshold);
  }

  public Extractor() {
    this(DEFAULT_THRESHOLD);
  }

  /** The evidence kaodian weighs, in the order their reasons are shown. */
  public static List<StatementDetector> standardDetectors() {
    return List.of(new DefinitionStatementDetector(), new NumericStatementDetector(), new FormulaStatementDetector(),
        new JudgmentDetector(), new HistoryFactDetector(), new QuotedTermDetector(), new ContrastDetector(),
        new LexiconTermDetector(), new LeaderSpeechDetector());
  }

  /**
   * What happened to one sentence (or one clause of a long one): its statement when it became a
   * candidate, or why it was left out, and the ranker's features for fitting.
   */
  public record Verdict(Sentence sentence, Optional<Statement> statement, String why, Map<String, Double> features) {}

  /** Documents read one at a time, possibly twice; lets a corpus larger than memory stream through. */
  @FunctionalInterface
  public interface DocumentSource {
    void forEach(java.util.function.Consumer<Document> consumer);
  }

  /**
   * The outcome of a run.
   *
   * @param statements ranked, de-duplicated statements at or above the threshold
   * @param lexicon the lexicon they were found with
   * @param verdicts every sentence's verdict, when asked for
   * @param detected the text of every sentence a detector fired on, above the threshold or not: what
   *     else the input says, so a distractor that is also true elsewhere can be refused
   */
  public record Result(List<Statement> statements, Lexicon lexicon, List<Verdict> verdicts, List<String> detected,
      List<Statement> reserve) {
    public Result(List<Statement> statements, Lexicon lexicon, List<Verdict> verdicts, List<String> detected) {
      this(statements, lexicon, verdicts, detected, List.of());
    }
  }

  /**
   * Candidates scoring at least this, though under the threshold, are kept in reserve: a paper asked
   * for more questions than the key statements make takes the best of them, in score order.
   */
  public static final double RESERVE_FLOOR = 0.2;

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
    List<Draft> drafts = new ArrayList<>();
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
          v.statement().ifPresent(st -> drafts.add(new Draft(st, v.features())));
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
    drafts.forEach(d -> terms.add(d.statement().answers().get(0).text()));
    Salience salience = Salience.count(source, terms);
    List<Statement> ranked = new ArrayList<>();
    double floor = Math.min(threshold, RESERVE_FLOOR);
    for (Draft d : drafts) {
      Statement st = scored(d.statement(), d.features(), salience);
      if (st.score() >= floor) {
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
        Map<String, Double> features = new LinkedHashMap<>(v.features());
        Statement st = scored(v.statement().get(), features, salience);
        features.put(Features.SALIENCE, salience.of(st.answers().get(0).text()));
        finalVerdicts.add(new Verdict(v.sentence(), Optional.of(st), st.score() >= threshold ? "picked"
            : String.format(java.util.Locale.ROOT, "below threshold (%.2f)", st.score()), features));
      }
    }
    // De-duplicated together, so a reserve statement is never a retelling of a kept one.
    List<Statement> deduped = deduplicator.dedupe(ranked);
    return new Result(deduped.stream().filter(st -> st.score() >= threshold).toList(), lexicon[0], finalVerdicts,
        drafts.stream().map(d -> d.statement().text()).toList(),
        deduped.stream().filter(st -> st.score() < threshold).toList());
  }

  /** A candidate before the second pass: its statement and the features the ranker still lacks salience for. */
  private record Draft(Statement statement, Map<String, Double> features) {}

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

  /** The ranker's score once salience is known, and its explanation appended to the reason. */
  private Statement scored(Statement d, Map<String, Double> draftFeatures, Salience salience) {
    Map<String, Double> features = new LinkedHashMap<>(draftFeatures);
    features.put(Features.SALIENCE, salience.of(d.answers().get(0).text()));
    double score = Math.round(ranker.score(features) * 1000) / 1000.0;
    // Only statements that can reach a paper need their explanation.
    String reason = score >= Math.min(threshold, RESERVE_FLOOR)
        ? d.reason() + " [ranker: " + ranker.explain(features, 4) + "]" : d.reason();
    return new Statement(d.kind(), d.text(), d.answers(), score, reason, d.sources());
  }

  public double threshold() {
    return threshold;
  }

  /** A plenum in a communiqué's title: 中国共产党第十九届中央委员会第五次全体会议公报. */
  private static final java.util.regex.Pattern PLENUM = java.util.regex.Pattern.compile(
      "第([一二三四五六七八九十]+)届中央委员会第([一二三四五六七八九十]+)次全体会议");

  List<Verdict> judge(Document doc, Lexicon lexicon) {
    List<Verdict> out = new ArrayList<>();
    PeriodContext periods = new PeriodContext(doc);
    TitleFinder.Titles titles = TitleFinder.titles(doc);
    String lead = "";
    List<Sentence> sentences = SentenceSplitter.split(doc);
    Optional<String> homeRegion = Rejections.homeRegion(sentences.stream().map(Sentence::text).toList());
    for (Sentence sentence : sentences) {
      if (sentence.text().length() > MAX_SENTENCE) {
        // Run-on text (a file without punctuation) is no statement, and patterns over it would crawl.
        out.add(new Verdict(sentence, Optional.empty(), "rejected: too long for one sentence", Map.of()));
        continue;
      }
      for (Sentence unit : StatementUnits.of(sentence, lead)) {
        out.add(judgeUnit(doc, titles, sentence, unit, lexicon, periods, homeRegion));
      }
      if (sentence.heading()) {
        periods.sawHeading(sentence.text());
      }
      periods.saw(sentence.paragraph(), sentence.text());
      // A short lead ending in ： (今年发展主要预期目标是：) belongs to the list lines after it.
      String t = sentence.text();
      // A salutation (各省、自治区、直辖市人民政府…：) ends in ： too, but the text after it is no list of its.
      if (!sentence.heading() && t.endsWith("：") && t.length() <= 40 && !Rejections.isSalutation(t)) {
        lead = t;
      } else if (!t.endsWith("；")) {
        lead = "";
      }
    }
    return out;
  }

  /** The chain for one sentence or clause: reject, gather evidence, place the figure in time, choose blanks, weigh. */
  private Verdict judgeUnit(Document doc, TitleFinder.Titles titles, Sentence sentence, Sentence unit, Lexicon lexicon,
      PeriodContext periods, Optional<String> homeRegion) {
    AnalyzedSentence s = Framing.analyze(unit, lexicon);
    Optional<String> rejected = Rejections.reject(s);
    if (rejected.isPresent()) {
      return new Verdict(sentence, Optional.empty(), "rejected: " + rejected.get(), Map.of());
    }
    AnalyzedSentence original = s;
    // Whether the point is a figure decides how the text is placed in time, and only the figure and
    // definition detectors say so: they run first, and the whole evidence once, on the text as placed.
    Map<StatementDetector, List<Detection>> early = new java.util.IdentityHashMap<>();
    for (StatementDetector d : detectors) {
      if (d instanceof NumericStatementDetector || d instanceof DefinitionStatementDetector) {
        early.put(d, d.detect(s));
      }
    }
    List<Detection> known = early.values().stream().flatMap(List::stream).toList();
    // A definition is the point of its sentence even when a figure follows (基础研究是科技创新的源头，…增长10.6%):
    // a year put in front would make it read as true of that year only.
    boolean definition = known.stream().anyMatch(d -> d.reason().startsWith("definition:"));
    boolean figure = !definition && known.stream().anyMatch(d -> d.reason().startsWith("numeric: headline")
        || d.reason().startsWith("numeric: rate") || d.reason().startsWith("numeric: dated"));
    // 成功举办第三届进博会 in a year's review: which one it was depends on the year, as a figure does; a news
    // report of the event itself needs none, so an ordinal is placed in time when a period is known.
    String plain = s.text();
    boolean ordinal = !definition && !figure && known.stream().anyMatch(d -> d.reason().startsWith("numeric: ordinal")
        && d.answers().stream().anyMatch(a -> NumericStatementDetector.eventOrdinal(plain, a)));
    boolean figureWithoutPeriod = false;
    List<int[]> added = new ArrayList<>();
    // 全会提出…: a communiqué's statements name their plenum only in the title; a statement must say which.
    var plenum = PLENUM.matcher(titles.at(sentence.paragraph()));
    if (s.text().startsWith("全会") && !s.text().startsWith("全会（") && plenum.find()) {
      String name = "（党的" + plenum.group(1) + "届" + plenum.group(2) + "中全会）";
      s = new AnalyzedSentence(s.sentence(), "全会" + name + s.text().substring(2), 0, lexicon, s.frame());
      added.add(new int[] {2, 2 + name.length()});
    }
    if (!figure && !ordinal) {
      // 今年是中华人民共和国成立75周年: any statement, not only a figure's, says which year 今年 is.
      var year = periods.resolve(s.text());
      if (year.isPresent()) {
        s = new AnalyzedSentence(s.sentence(), year.get().into(s.text()), 0, lexicon, s.frame());
        added.add(new int[] {year.get().at(), year.get().end()});
      }
    }
    if (figure || ordinal) {
      String placed = placeInTime(s.text(), periods);
      if (placed == null) {
        figureWithoutPeriod = figure;
      } else if (!placed.equals(s.text())) {
        s = new AnalyzedSentence(s.sentence(), placed, 0, lexicon, s.frame());
      }
    }
    List<Detection> evidence = evidence(s, s == original ? early : Map.of());
    List<Detection> withBlanks = evidence.stream().filter(d -> !d.answers().isEmpty())
        .sorted(Comparator.comparingDouble(Detection::strength).reversed()).toList();
    if (withBlanks.isEmpty()) {
      return new Verdict(sentence, Optional.empty(), evidence.isEmpty() ? "no evidence" : "no blank to choose", Map.of());
    }
    List<AnswerSpan> proposed = new ArrayList<>();
    withBlanks.forEach(d -> proposed.addAll(d.answers()));
    // What kaodian wrote beside 今年 or 全会 is not the document's words: never a blank.
    proposed.removeIf(a -> added.stream().anyMatch(r -> a.start() < r[1] && a.end() > r[0]));
    List<AnswerSpan> answers = BlankChooser.choose(s, proposed);
    if (answers.isEmpty()) {
      return new Verdict(sentence, Optional.empty(), "no usable blank", Map.of());
    }
    List<String> penalties = Rejections.penalties(s, homeRegion);
    Map<String, Double> features = Features.of(s, evidence, penalties, answers, figureWithoutPeriod);
    StringBuilder reason = new StringBuilder(withBlanks.get(0).reason());
    evidence.stream().filter(d -> d != withBlanks.get(0)).map(Detection::reason).distinct()
        .forEach(r -> reason.append("; also ").append(r));
    penalties.forEach(p -> reason.append("; against: ").append(p));
    if (figureWithoutPeriod) {
      reason.append("; against: figure without its year or period");
    }
    // The article's main heading, never a dash subtitle or a date line; empty rather than a file name.
    String title = titles.at(sentence.paragraph());
    if (TitleFinder.isFileName(title, doc.name())) {
      title = "";
    }
    Source src = new Source(doc.name(), title, sentence.paragraph(), unit.start(), unit.end());
    Statement st = new Statement(withBlanks.get(0).kind(), s.text(), answers, 0, reason.toString(), List.of(src));
    return new Verdict(sentence, Optional.of(st), "candidate", features);
  }

  /** Every detector's evidence in detector order, taking what {@code known} already holds for this text. */
  private List<Detection> evidence(AnalyzedSentence s, Map<StatementDetector, List<Detection>> known) {
    List<Detection> out = new ArrayList<>();
    for (StatementDetector d : detectors) {
      List<Detection> found = known.get(d);
      out.addAll(found != null ? found : d.detect(s));
    }
    return out;
  }

  /**
   * The text with its period in front (from the sentence before) or the document's year beside
   * 今年/去年; the text itself when it has a period; null when no period can be found.
   */
  private static String placeInTime(String text, PeriodContext periods) {
    var year = periods.resolve(text);
    if (year.isPresent()) {
      return year.get().into(text);
    }
    var section = periods.inSection(text);
    if (section.isPresent()) {
      return section.get();
    }
    if (PeriodContext.hasPeriod(text)) {
      return text;
    }
    // 但是，… continues the sentence before; in front of its period it reads 2006年，但是，… (blind read EE).
    String own = LEADING_CONNECTIVE.matcher(text).replaceFirst("");
    return periods.carried().map(p -> p + "，" + own).orElse(null);
  }

  private static final java.util.regex.Pattern LEADING_CONNECTIVE =
      java.util.regex.Pattern.compile("^(?:但是|但|然而|不过|同时|而且|此外|另外)，");

  static AnalyzedSentence analyze(Sentence sentence, Lexicon lexicon) {
    return Framing.analyze(sentence, lexicon);
  }
}
