package org.kaodian.item;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.kaodian.extract.AnswerSpan;
import org.kaodian.extract.AnswerType;
import org.kaodian.extract.Lexicon;
import org.kaodian.extract.Statement;
import org.kaodian.text.Segmenter;
import org.kaodian.text.Token;

/**
 * Wrong answers of the same type and form as a right one, drawn first from the input documents and
 * then from the lexicon and HanLP's sibling groups.
 */
public final class DistractorPool {
  private static final Pattern COUNTED = Pattern.compile("^([一二两三四五六七八九十]+)个(.+)$");
  private static final Pattern NUMBERED_SHORT = Pattern.compile("^[一二两三四五六七八九十双][\\p{IsHan}]{1,3}$");

  private final Set<String> persons = new LinkedHashSet<>();
  private final Set<String> places = new LinkedHashSet<>();
  private final Set<String> organizations = new LinkedHashSet<>();
  private final Set<String> formulas = new LinkedHashSet<>();
  private final Set<String> terms = new LinkedHashSet<>();

  /** Everything else the input says (sentences detectors fired on), for the "also true" check. */
  private String context = "";

  /**
   * Collects candidates from the statements' texts and answers, then from the lexicon.
   *
   * @param context other sentences of the input: a candidate that reads true there is refused
   */
  /** Titles and verbs that stand next to a real name: HanLP also tags 依宪 (依宪治国) or 向中 as persons. */
  private static final java.util.regex.Pattern NAME_CONTEXT = java.util.regex.Pattern.compile(
      "^(?:同志|总书记|主席|总理|委员长|书记|先生|指出|强调|表示|说|提出|在|同|会见|主持|出席|、|，)");
  private static final java.util.regex.Pattern TITLE_BEFORE = java.util.regex.Pattern.compile(
      "(?:总书记|主席|总理|委员长|同志|书记|代表|委员|航天员|院士|、)$");

  private static boolean namedInContext(String text, Token t) {
    return NAME_CONTEXT.matcher(text.substring(Math.min(text.length(), t.end()))).find()
        || TITLE_BEFORE.matcher(text.substring(0, t.start())).find();
  }

  public static DistractorPool of(List<Statement> statements, Lexicon lexicon, List<String> context) {
    DistractorPool pool = new DistractorPool();
    pool.context = String.join("\n", context);
    for (Statement s : statements) {
      for (Token t : Segmenter.segment(s.text())) {
        if (t.word().length() >= 2) {
          if (t.isPerson() && t.word().length() <= 4 && namedInContext(s.text(), t)) {
            pool.persons.add(t.word());
          } else if (t.isPlace()) {
            pool.places.add(t.word());
          } else if (t.isOrganization()) {
            pool.organizations.add(t.word());
          }
        }
      }
      for (AnswerSpan a : s.answers()) {
        if (a.type() == AnswerType.FORMULA) {
          pool.formulas.add(a.text());
        } else if (a.type() == AnswerType.TERM && a.text().length() <= 12) {
          pool.terms.add(a.text());
        }
      }
    }
    for (String role : org.kaodian.extract.DefinitionStatementDetector.ROLES.split("\\|")) {
      pool.terms.add(role);
    }
    for (String term : lexicon.terms()) {
      Lexicon.Category c = lexicon.category(term);
      if (c == Lexicon.Category.FORMULA || c == Lexicon.Category.PROGRAMME
          || c == Lexicon.Category.QUOTED && Lexicon.isNumberedFormula(term)) {
        pool.formulas.add(term);
      } else if (c == Lexicon.Category.TERM && !term.contains("，") && !term.contains("是") && term.length() <= 12) {
        pool.terms.add(term);
      } else if (c == Lexicon.Category.LIST) {
        for (String el : term.split("、")) {
          pool.formulas.add(el.replaceAll("^[^“]*“|”.*$", ""));
        }
      }
    }
    return pool;
  }

  /**
   * Up to {@code n} distractors for the answer, chosen with {@code random} among the most plausible;
   * fewer (possibly none) when no good ones exist.
   *
   * @param alsoTrue the source sentence: a candidate found in it would also be right
   */
  public List<String> distractors(AnswerSpan answer, String alsoTrue, int n, Random random) {
    List<String> candidates = candidates(answer);
    int at = alsoTrue.indexOf(answer.text());
    String before = at < 0 ? "" : alsoTrue.substring(Math.max(0, at - 6), at);
    String after = at < 0 ? "" : alsoTrue.substring(at + answer.text().length(), Math.min(alsoTrue.length(), at + answer.text().length() + 6));
    List<String> ok = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    seen.add(normalise(answer.text()));
    // Only the most plausible few are ever offered, so the costlier checks stop once there are enough.
    int wanted = answer.type() == AnswerType.NUMBER ? n + 1 : Math.max(n * 2, 6);
    for (String c : candidates) {
      if (ok.size() >= wanted) {
        break;
      }
      String norm = normalise(c);
      if (norm.isEmpty() || !seen.add(norm) || alsoTrue.contains(c) || overlaps(answer.text(), c)
          || Segmenter.synonyms(answer.text(), c) || trueElsewhere(c, before, after)) {
        continue;
      }
      ok.add(c);
    }
    if (answer.type() == AnswerType.NUMBER) {
      // Figures are generated nearest first; keep that order but vary which side comes first.
      List<String> near = new ArrayList<>(ok);
      java.util.Collections.shuffle(near, random);
      return near.subList(0, Math.min(n, near.size()));
    }
    List<String> top = new ArrayList<>(ok);
    java.util.Collections.shuffle(top, random);
    return top.subList(0, Math.min(n, top.size()));
  }

  private List<String> candidates(AnswerSpan answer) {
    String a = answer.text();
    return switch (answer.type()) {
      case NUMBER -> NumberForms.near(a);
      case PERSON -> ranked(a, persons, Segmenter.siblings(a));
      case PLACE -> ranked(a, places, Segmenter.siblings(a));
      case ORGANIZATION -> ranked(a, organizations, Segmenter.siblings(a));
      case FORMULA -> formulaCandidates(a);
      case TERM, DOCUMENT -> termCandidates(a);
      case DATE -> NumberForms.near(a);
    };
  }

  /**
   * A term for a term of the same head: 绿色生产力 ↔ 新质生产力, 关键一年 ↔ 开局之年. Terms with another
   * head word (一带一路 for 关键一年) would be absurd, so they are not offered.
   */
  private List<String> termCandidates(String a) {
    List<String> same = new ArrayList<>();
    for (String t : terms) {
      if (t.length() >= 2 && a.length() >= 2 && Math.abs(t.length() - a.length()) <= 3
          && t.charAt(t.length() - 1) == a.charAt(a.length() - 1)) {
        same.add(t);
      }
    }
    // HanLP's sibling groups are too loose for abstract terms (科学技术 → 雕虫小技); not used here.
    return ranked(a, same, List.of());
  }

  /** A formula for a formula of the same shape: 两个确立 ↔ 两个维护, 三农 ↔ 三北, 稳中求进 ↔ 以进促稳. */
  private List<String> formulaCandidates(String a) {
    List<String> same = new ArrayList<>();
    var counted = COUNTED.matcher(a);
    for (String f : formulas) {
      if (counted.matches()) {
        if (COUNTED.matcher(f).matches()) {
          same.add(f);
        }
      } else if (NUMBERED_SHORT.matcher(a).matches()) {
        if (NUMBERED_SHORT.matcher(f).matches() && !COUNTED.matcher(f).matches()) {
          same.add(f);
        }
      } else if (!COUNTED.matcher(f).matches() && !NUMBERED_SHORT.matcher(f).matches()
          && Math.abs(f.length() - a.length()) <= 1) {
        same.add(f);
      }
    }
    return ranked(a, same, List.of());
  }

  /** Candidates closest in length and sharing a head or tail with the answer come first. */
  private static List<String> ranked(String answer, Iterable<String> pool, List<String> siblings) {
    List<String> out = new ArrayList<>();
    pool.forEach(out::add);
    out.sort(Comparator.comparingInt((String c) -> plausibility(answer, c)).thenComparing(Comparator.naturalOrder()));
    List<String> all = new ArrayList<>(out);
    for (String s : siblings) {
      if (!all.contains(s)) {
        all.add(s);
      }
    }
    return all;
  }

  private static int plausibility(String answer, String c) {
    int cost = Math.abs(answer.length() - c.length()) * 2;
    if (answer.charAt(answer.length() - 1) != c.charAt(c.length() - 1)) {
      cost += 2;
    }
    if (answer.charAt(0) != c.charAt(0)) {
      cost += 1;
    }
    return cost;
  }

  /** Whether the input says the candidate in the answer's place: 战略性新兴产业…是发展新质生产力的主阵地. */
  private boolean trueElsewhere(String candidate, String before, String after) {
    // A few characters may stand between: 战略性新兴产业、未来产业是发展新质生产力的主阵地.
    String gap = "[^。；！？\\n]{0,12}?";
    return before.length() >= 3 && java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(before) + gap
            + java.util.regex.Pattern.quote(candidate)).matcher(context).find()
        || after.length() >= 3 && java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(candidate) + gap
            + java.util.regex.Pattern.quote(after)).matcher(context).find();
  }

  /**
   * Whether one text contains the other, so an option would give the answer away. Figures are
   * compared whole: 5.5%左右 does not contain the answer 5%左右.
   */
  static boolean overlaps(String answer, String option) {
    if (answer.matches(".*\\d.*") || option.matches(".*\\d.*")) {
      return false;
    }
    return option.contains(answer) || answer.contains(option);
  }

  static String normalise(String s) {
    StringBuilder sb = new StringBuilder();
    java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).codePoints()
        .filter(c -> Character.isLetterOrDigit(c) || c == '.' || c == '%').forEach(sb::appendCodePoint);
    return sb.toString().toLowerCase(java.util.Locale.ROOT);
  }
}
