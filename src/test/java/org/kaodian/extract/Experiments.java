package org.kaodian.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Candidate features tried in cross-validation before they earn a place in {@link Features}. */
final class Experiments {
  private Experiments() {}

  private static final Pattern SPIRIT = Pattern.compile("“[^“”]{1,12}(?:精神|思想|理念|战略|倡议|共识|原则|方针)”");

  static Map<String, Double> pos = new HashMap<>();
  static Map<String, Double> neg = new HashMap<>();
  static double posTotal;
  static double negTotal;

  static void count(String text, Map<String, Double> into) {
    for (int i = 0; i + 2 <= text.length(); i++) {
      into.merge(text.substring(i, i + 2), 1.0, Double::sum);
    }
  }

  static double likeness(String text) {
    double sum = 0;
    int n = 0;
    double v = 20000;
    for (int i = 0; i + 2 <= text.length(); i++) {
      String b = text.substring(i, i + 2);
      sum += Math.log((pos.getOrDefault(b, 0.0) + 0.5) / (posTotal + 0.5 * v))
          - Math.log((neg.getOrDefault(b, 0.0) + 0.5) / (negTotal + 0.5 * v));
      n++;
    }
    return n == 0 ? 0 : sum / n;
  }

  static void trainLikeness(Map<String, Extractor.Verdict> verdicts) throws Exception {
    java.util.Set<String> labelled = new java.util.HashSet<>();
    for (String f : new String[] {"blind.tsv", "devset.tsv", "bank.tsv"}) {
      for (var l : Evaluation.readLabels(java.nio.file.Path.of("src/test/resources/devset/" + f))) {
        labelled.add(Evaluation.key(l.document(), l.sentence()));
        if (f.equals("bank.tsv")) {
          count(l.sentence(), pos);
        }
      }
    }
    for (var e : verdicts.entrySet()) {
      if (!labelled.contains(e.getKey()) && !e.getKey().startsWith("techxuexi")) {
        count(e.getValue().sentence().text(), neg);
      }
    }
    posTotal = pos.values().stream().mapToDouble(d -> d).sum();
    negTotal = neg.values().stream().mapToDouble(d -> d).sum();
    System.out.printf("likeness: %.0f bank bigrams, %.0f body bigrams%n", posTotal, negTotal);
  }

  static Map<String, Extractor.Verdict> augment(Map<String, Extractor.Verdict> verdicts, String which) throws Exception {
    if (which.contains("bank")) {
      trainLikeness(verdicts);
    }
    Map<String, Extractor.Verdict> out = new HashMap<>();
    for (var e : verdicts.entrySet()) {
      Extractor.Verdict v = e.getValue();
      if (v.statement().isEmpty()) {
        out.put(e.getKey(), v);
        continue;
      }
      Map<String, Double> f = new LinkedHashMap<>(v.features());
      String text = v.statement().get().text();
      for (String w : which.split(",")) {
        f.putAll(w.startsWith("m") ? fromMap(w, f) : feature(w, text));
      }
      out.put(e.getKey(), new Extractor.Verdict(v.sentence(), v.statement(), v.why(), f));
    }
    return out;
  }

  static Map<String, Double> fromMap(String which, Map<String, Double> f) {
    double sum = 0;
    int kinds = 0;
    boolean penalty = false;
    for (var e : f.entrySet()) {
      if (e.getKey().startsWith("ev ") && !e.getKey().equals("ev leader speech")) {
        sum += e.getValue();
        kinds += e.getValue() > 0 ? 1 : 0;
      }
      penalty |= e.getKey().startsWith("penalty ") && e.getValue() > 0;
    }
    Map<String, Double> out = new LinkedHashMap<>();
    switch (which) {
      case "mstack" -> out.put("x stacked evidence", Math.max(0, Math.min(1, (sum - 1) / 2)));
      case "mpen" -> out.put("x penalty despite three kinds", penalty && kinds >= 3 ? 1.0 : 0.0);
      case "mlong" -> out.put("x long with three kinds", f.getOrDefault("long (>120)", 0.0) > 0 && kinds >= 3 ? 1.0 : 0.0);
      default -> throw new IllegalArgumentException(which);
    }
    return out;
  }

  static Map<String, Double> feature(String which, String text) {
    Map<String, Double> f = new LinkedHashMap<>();
    switch (which) {
      case "list" -> {
        // Adopted: the shipped feature is ListShape's; the experiment reads it from there.
        ListShape.Shape shape = ListShape.of(text);
        f.put("x short equal list", shape.shortEqual() ? 1.0 : 0.0);
        f.put("x list sharing a head or tail", shape.sharedHeadOrTail() ? 1.0 : 0.0);
      }
      case "spirit" -> f.put("x named spirit", SPIRIT.matcher(text).find() ? 1.0 : 0.0);
      case "exhort" -> f.put("x exhortation", text.matches("^(?:我们)?(?:要|必须|应当).*") ? 1.0 : 0.0);
      case "comma" -> f.put("x many clauses", text.split("，").length >= 5 ? 1.0 : 0.0);
      case "single" -> f.put("x single-character list", Pattern.compile("[\\p{IsHan}]、[\\p{IsHan}]、[\\p{IsHan}]").matcher(text).find() ? 1.0 : 0.0);
      case "daydate" -> f.put("x day-date opening", text.matches("^(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日.*") ? 1.0 : 0.0);
      case "quotes" -> f.put("x two quotations", text.split("“").length >= 3 ? 1.0 : 0.0);
      case "bank" -> f.put("x bank likeness", 1 / (1 + Math.exp(-2 * likeness(text))));
      case "bankraw" -> f.put("x bank likeness", Math.max(0, Math.min(1, 0.5 + likeness(text) / 2)));
      default -> throw new IllegalArgumentException(which);
    }
    return f;
  }
}
