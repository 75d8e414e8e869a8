package org.kaodian.item;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kaodian.extract.Lexicon;
import org.kaodian.extract.Logistic;
import org.kaodian.extract.Statement;

/**
 * How likely a teacher prints as it is a question asked from a statement, learnt from blind reads of
 * whole papers ({@code print-prior.tsv}); a paper asks the likelier statements first.
 *
 * <p>The ranker answers another question (would a teacher test this sentence?) on labelled sentences;
 * in the reads its score barely told printed items from refused ones, while the shape of the answer
 * did: a short standing term prints far more often than a long predicate or a figure.
 */
public final class PrintPrior {
  static final String RESOURCE = "print-prior.tsv";
  private static final Pattern EVIDENCE = Pattern.compile("(?:^|; also |; )([a-z][a-z ]+):");
  private static final Pattern FIRST_PERSON = Pattern.compile("我(?![们国党军])");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static volatile PrintPrior standard;
  private static volatile Set<String> lexiconTerms;

  private final Map<String, Double> weights;

  PrintPrior(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** The shipped weights, loaded once. */
  public static PrintPrior standard() {
    PrintPrior p = standard;
    if (p == null) {
      p = new PrintPrior(Logistic.readWeights(PrintPrior.class, RESOURCE));
      standard = p;
    }
    return p;
  }

  /** The chance, in [0, 1], that a question from the statement is printed as it is. */
  public double probability(Statement s) {
    return 1 / (1 + Math.exp(-logit(features(s))));
  }

  /** The features of a statement: those of its kind, fact, sentence, reason and score. */
  static Map<String, Double> features(Statement s) {
    return features(s.kind().id(), PaperAssembler.factKey(s), s.text(), s.reason(), s.score());
  }

  /**
   * The features the prior weighs, from what an {@code items.json} item records too (its kind, fact,
   * source sentence, reason and score), so that judged items of past reads are its training rows.
   */
  static Map<String, Double> features(String kind, String fact, String sentence, String reason, double score) {
    Map<String, Double> f = new LinkedHashMap<>();
    f.put("bias", 1.0);
    f.put("kind " + kind, 1.0);
    int length = fact.length();
    String band = length <= 2 ? "answer up to 2" : length <= 4 ? "answer up to 4" : length <= 6 ? "answer up to 6"
        : length <= 8 ? "answer up to 8" : length <= 10 ? "answer up to 10" : "answer over 10";
    f.put(band, 1.0);
    put(f, "answer has digits", DIGIT.matcher(fact).find());
    put(f, "answer in lexicon", lexiconTerms().contains(fact));
    put(f, "answer quoted", sentence.contains("“" + fact + "”"));
    put(f, "first person", FIRST_PERSON.matcher(sentence).find());
    put(f, "sentence over 80", sentence.length() > 80);
    put(f, "sentence over 150", sentence.length() > 150);
    f.put("score", score);
    // The detectors' part of the reason, before the ranker's contributions: what picked the sentence.
    int ranker = reason.indexOf(" [ranker");
    Matcher m = EVIDENCE.matcher(ranker < 0 ? reason : reason.substring(0, ranker));
    while (m.find()) {
      f.put("ev " + m.group(1), 1.0);
    }
    return f;
  }

  private static void put(Map<String, Double> f, String name, boolean on) {
    if (on) {
      f.put(name, 1.0);
    }
  }

  /** Lexicon terms as fact keys (no 、 or quotation marks), so a fact matches the term it is. */
  private static Set<String> lexiconTerms() {
    Set<String> t = lexiconTerms;
    if (t == null) {
      t = new HashSet<>();
      for (String term : Lexicon.standard().terms()) {
        t.add(Item.factKey(term));
      }
      lexiconTerms = t;
    }
    return t;
  }

  /** The prior fitted on judged items (logistic regression, L2 pull towards zero), rounded as the file stores it. */
  static PrintPrior fit(List<Map<String, Double>> rows, List<Boolean> printed, double l2) {
    Map<String, Double> rounded = new LinkedHashMap<>();
    Logistic.fit(rows, printed, Map.of(), l2).forEach((k, v) -> rounded.put(k, Math.round(v * 1000) / 1000.0));
    return new PrintPrior(rounded);
  }

  double logit(Map<String, Double> features) {
    return Logistic.logit(weights, features);
  }

  /** The weights as the resource file stores them, after a {@code #} header. */
  String toTsv(String header) {
    StringBuilder sb = new StringBuilder();
    for (String line : header.split("\n")) {
      sb.append("# ").append(line).append('\n');
    }
    new java.util.TreeMap<>(weights).forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
    return sb.toString();
  }

  Map<String, Double> weights() {
    return weights;
  }
}
