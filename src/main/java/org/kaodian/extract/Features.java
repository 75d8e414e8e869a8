package org.kaodian.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ranker's view of a candidate: the strength of each kind of evidence, agreement between kinds,
 * lexicon hits, length and the penalties that fired. Salience is added after the second pass.
 */
final class Features {
  static final String BIAS = "bias";
  static final String SALIENCE = "salience";
  static final List<String> FAMILIES = List.of(
      "definition", "numeric", "formula", "judgment", "history", "quoted term", "contrast", "lexicon term",
      "leader speech");

  private static final java.util.regex.Pattern TASK_LINE = java.util.regex.Pattern.compile(
      "^(?:要|必须|坚持|推进|推动|加强|加快|深化|实施|完善|健全|促进|支持|落实|扎实|持续|大力|积极|着力|统筹|强化|深入|全面|进一步|继续|稳步|有序|抓好|做好|办好|打造|培育|发展|提高|提升|优化|巩固|建立|建设|开展|鼓励|引导)");
  private static final PhraseTest NATIONAL = PhraseTest.of(
      "中国|我国|全国|国家|中华民族|中国共产党|党中央|中共中央|国务院|全党|人民代表大会|政协|新时代|现代化");
  /** A quoted spirit, thought or principle by name (“中国—中亚精神”, “红岩精神”): a standing term to remember. */
  private static final java.util.regex.Pattern NAMED_SPIRIT = java.util.regex.Pattern.compile(
      "“[^“”]{1,12}(?:精神|思想|理念|战略|倡议|共识|原则|方针)”");
  private static final java.util.regex.Pattern VARIABLE = java.util.regex.Pattern.compile("“[^”]*”|《[^》]*》|（[^）]*）|\\([^)]*\\)");

  private Features() {}

  /** The rule a detection came from, without the text it matched: {@code formula: quoted numbered formula}. */
  static String rule(Detection d) {
    String r = d.reason();
    int colon = r.indexOf(':');
    if (r.startsWith("lexicon term") || r.startsWith("quoted term") || r.startsWith("leader speech")) {
      return colon < 0 ? r : r.substring(0, colon);
    }
    return VARIABLE.matcher(r.replace(" after a governing verb", "").replace(", named as a principle", "")).replaceAll("").strip();
  }

  /** The evidence family of a detection: the word its reason starts with ({@code numeric: …}). */
  static String family(Detection d) {
    int colon = d.reason().indexOf(':');
    return colon < 0 ? d.reason() : d.reason().substring(0, colon);
  }

  static Map<String, Double> of(AnalyzedSentence s, List<Detection> evidence, List<String> penalties,
      List<AnswerSpan> answers, boolean figureWithoutPeriod) {
    Map<String, Double> f = new LinkedHashMap<>();
    f.put(BIAS, 1.0);
    Map<String, Double> best = new LinkedHashMap<>();
    for (Detection d : evidence) {
      String fam = family(d);
      // A leader's quoted words have no strength of their own: their presence is the signal.
      double v = fam.equals("leader speech") ? 1.0 : d.strength();
      best.merge(fam, v, Math::max);
    }
    for (String fam : FAMILIES) {
      f.put("ev " + fam, best.getOrDefault(fam, 0.0));
    }
    // Each rule on its own: a quoted numbered formula and a programme name in passing are both
    // "formula" evidence, and only the fitted weights can tell how much each is worth.
    for (Detection d : evidence) {
      f.put("rule " + rule(d), 1.0);
    }
    f.put("routine task line", TASK_LINE.matcher(s.text()).find() && evidence.stream().allMatch(
        d -> family(d).equals("lexicon term") || family(d).equals("quoted term")) ? 1.0 : 0.0);
    f.put("national subject", NATIONAL.in(s.text()) ? 1.0 : 0.0);
    long kinds = best.keySet().stream().filter(k -> !k.equals("leader speech")).count();
    f.put("agreeing kinds", Math.min(3, Math.max(0, kinds - 1)) / 3.0);
    boolean lexicon = answers.stream().anyMatch(a -> s.lexicon().contains(a.text()));
    f.put("lexicon term", lexicon ? 1.0 : 0.0);
    int len = s.text().codePointCount(0, s.text().length());
    f.put("short (<25)", len < 25 ? 1.0 : 0.0);
    f.put("long (>120)", len > 120 ? 1.0 : 0.0);
    f.put("very long (>220)", len > 220 ? 1.0 : 0.0);
    double ratio = answers.isEmpty() ? 0 : answers.get(0).text().length() / (double) Math.max(1, len);
    f.put("answer share", Math.min(1, ratio * 3));
    ListShape.Shape lists = ListShape.of(s.text());
    f.put("short parallel list", lists.shortEqual() ? 1.0 : 0.0);
    f.put("list sharing a head or tail", lists.sharedHeadOrTail() ? 1.0 : 0.0);
    f.put("quoted named spirit or principle", NAMED_SPIRIT.matcher(s.text()).find() ? 1.0 : 0.0);
    f.put("figure without period", figureWithoutPeriod ? 1.0 : 0.0);
    for (String p : Rejections.penaltyNames()) {
      f.put("penalty " + p, penalties.contains(p) ? 1.0 : 0.0);
    }
    f.put(SALIENCE, 0.0);
    return f;
  }
}
