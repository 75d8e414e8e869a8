package org.kaodian.item;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The latest year an input can have been written in, read from the plans, congresses and terms it names, so
 * that no option offers a formulation put forward after it ({@code coined.tsv}).
 */
final class InputEra {
  /** When each listed formulation entered the texts. */
  private static final Map<String, Integer> COINED = load("coined.tsv");

  /** A five-year plan by its ordinal: 十二五, “十一五”. 十五 alone is the tenth. */
  private static final Pattern PLAN = Pattern.compile("(十[一二三四五六七八九]?)五(?:规划|计划|时期|期间|”)");
  /** A congress: 党的十七大, 第十五次全国代表大会. */
  private static final Pattern CONGRESS = Pattern.compile("(?:党的|第)(二十[一二]?|十[一二三四五六七八九]?)(?:大|次全国代表大会)");
  /** A term of the people's congress (十一届全国人大); an event's (第十届世界和平论坛) says nothing of the era. */
  private static final Pattern TERM = Pattern.compile(
      "(二十[一二]?|十[一二三四五六七八九]?|[六七八九])届(?:全国人民代表大会|全国人大|全国政协|全国委员会)");
  /** A term of the Central Committee (十七届中央委员会, 二十届三中全会): it begins with the congress of its number. */
  private static final Pattern CENTRAL_TERM = Pattern.compile(
      "(二十[一二]?|十[一二三四五六七八九]?)届(?:中央委员会|中央|[一二三四五六七八九]中全会)");

  /** Any 届 and any plan's ordinal, for the latest of each the input names. */
  private static final Pattern TERM_ORDINAL = Pattern.compile("([一二三四五六七八九十]{1,3})届");
  private static final Pattern PLAN_ORDINAL = Pattern.compile("(十[一二三四五六七八九]?)五");

  private final int latest;
  private final String context;
  /** The latest 届 and the latest five-year plan the input names (0: none), as 十四 for 十四五. */
  private final int latestTerm;
  private final int latestPlan;

  private InputEra(int latest, String context) {
    this.latest = latest;
    this.context = context;
    this.latestTerm = latest(TERM_ORDINAL, context, n -> n);
    this.latestPlan = latest(PLAN_ORDINAL, context, n -> n);
  }

  /** Whether a term is a five-year plan's ordinal (十四五, “十五五”). */
  static boolean isPlanOrdinal(String term) {
    return PLAN_ORDINAL.matcher(term.replace("“", "").replace("”", "")).matches();
  }

  /** Whether the sentence names another plan than the answer's (“十五”任务 beside “十一五”). */
  static boolean otherPlanIn(String text, org.kaodian.extract.AnswerSpan answer) {
    java.util.regex.Matcher m = PLAN.matcher(text);
    while (m.find()) {
      boolean outside = m.end() <= answer.start() || m.start() >= answer.end();
      if (outside && !(m.group(1) + "五").equals(answer.text().replace("“", "").replace("”", ""))) {
        return true;
      }
    }
    return false;
  }

  /** The era of an input's text; unbounded when the text names no plan, congress, term or dated formulation. */
  static InputEra of(String context) {
    int bound = 0;
    // The year after which a document would name a later plan, congress or term than the latest it names.
    bound = Math.max(bound, latest(PLAN, context, n -> n >= 6 ? 1986 + 5 * (n - 6) : 0));
    bound = Math.max(bound, latest(CONGRESS, context, n -> n >= 12 ? 1987 + 5 * (n - 12) : 0));
    bound = Math.max(bound, latest(TERM, context, n -> n >= 6 ? 1988 + 5 * (n - 6) : 0));
    bound = Math.max(bound, latest(CENTRAL_TERM, context, n -> n >= 12 ? 1987 + 5 * (n - 12) : 0));
    if (bound == 0) {
      return new InputEra(Integer.MAX_VALUE, context);
    }
    // An input is no older than the formulations it uses itself (新质生产力 in a text that names only 十八大).
    for (Map.Entry<String, Integer> e : COINED.entrySet()) {
      if (e.getValue() > bound && context.contains(e.getKey())) {
        bound = e.getValue();
      }
    }
    return new InputEra(bound, context);
  }

  /**
   * Whether the candidate names a 届 or a plan later than any the input names (十五五 in a 2016 report), or was put
   * forward after the input was written (两个确立 for a 2011 report).
   */
  boolean postdates(String candidate) {
    var plan = PLAN_ORDINAL.matcher(candidate);
    if (plan.find() && latestPlan > 0 && NumberForms.fromChinese(plan.group(1)) > latestPlan) {
      return true;
    }
    var term = TERM_ORDINAL.matcher(candidate);
    if (term.find() && latestTerm > 0 && NumberForms.fromChinese(term.group(1)) > latestTerm) {
      return true;
    }
    Integer year = COINED.get(candidate.replaceAll("[“”\"]", ""));
    return year != null && year > latest && !context.contains(candidate);
  }

  private static int latest(Pattern p, String text, java.util.function.IntUnaryOperator yearOf) {
    int out = 0;
    Matcher m = p.matcher(text);
    while (m.find()) {
      out = Math.max(out, yearOf.applyAsInt(NumberForms.fromChinese(m.group(1))));
    }
    return out;
  }

  private static Map<String, Integer> load(String resource) {
    Map<String, Integer> out = new HashMap<>();
    for (String[] f : DataFile.rows(resource, 3, "term<TAB>year<TAB>where")) {
      if (!f[1].matches("\\d{4}")) {
        throw new IllegalStateException(resource + ": expected a year, got: " + String.join("\t", f));
      }
      out.put(f[0], Integer.parseInt(f[1]));
    }
    return Map.copyOf(out);
  }

}
