package org.kaodian.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds named formulas and enumerations: quoted numbered terms (“两个确立”), standing formulas from
 * the lexicon, parallel lists that are themselves the point (稳中求进、以进促稳、先立后破) and
 * 一是…二是…三是… in one sentence.
 */
public final class FormulaStatementDetector implements StatementDetector {
  private static final Pattern QUOTED = Pattern.compile("“([^“”]{2,16})”");
  private static final Pattern ENUMERATION_COMMA = Pattern.compile("、");
  /** Its first element is 2 to 12 characters before its first 、 (see {@link CueSearch}). */
  private static final Pattern LIST =
      Pattern.compile("(?:[\\p{IsHan}“”]{2,12}+、){2,6}[\\p{IsHan}“”]{2,14}");
  private static final Pattern ONE_TWO = Pattern.compile("一是([^；。，]{2,40})[^；。]*?[；，]二是([^；。，]{2,40})[^；。]*?(?:[；，]三是([^；。，]{2,40}))?");
  private static final Pattern GOVERNING_BEFORE =
      Pattern.compile("(?:坚持|做到|实现|坚定|增强|弘扬|践行|贯彻|落实|捍卫|维护|遵循|牢记|深刻领会|深刻理解|把握)$");
  private static final Pattern AFTER_LIST =
      Pattern.compile("^(?:的)?(?:方针|原则|要求|精神|理念|思想|战略|总要求|总基调|重要论述)");
  private static final Pattern GOVERNING =
      Pattern.compile("(?:坚持|做到|实现|坚定|增强|弘扬|践行|贯彻|形成|统筹|秉持|倡导|遵循|把握|树立|落实|体现|发展|推进|推动|建设|构建|加快|打造|培育|健全|完善|加强|深化|反对|促进|提高|提升"
          + "|(?:具有|具备|彰显|体现出|呈现出?)(?:突出的|鲜明的|显著的|独特的)?)$");

  @Override
  public List<Detection> detect(AnalyzedSentence s) {
    String text = s.text();
    Lexicon lex = s.lexicon();
    List<Detection> out = new ArrayList<>();

    List<AnswerSpan> quoted = new ArrayList<>();
    boolean counted = false;
    boolean principle = false;
    boolean governed = false;
    Matcher q = QUOTED.matcher(text);
    while (text.indexOf('“') >= 0 && q.find()) {
      String term = q.group(1);
      Lexicon.Category c = lex.category(term);
      if (c == Lexicon.Category.FORMULA || c == Lexicon.Category.PROGRAMME
          || Lexicon.isNumberedFormula(term) && term.contains("个")) {
        quoted.add(new AnswerSpan(term, AnswerType.FORMULA, q.start(1), q.end(1)));
        counted |= term.contains("个");
        principle |= c != Lexicon.Category.PROGRAMME;
        governed |= GOVERNING_BEFORE.matcher(text.substring(Math.max(0, q.start() - 4), q.start())).find();
      }
    }
    if (!quoted.isEmpty()) {
      // “两个确立” is a formula in itself, and so is a principle like “九二共识”; a programme name
      // (“十四五”, “三北”) in passing is a routine task line.
      double strength = (counted ? 0.82 : principle ? 0.72 : 0.58) + (governed ? 0.1 : 0);
      out.add(new Detection(StatementKind.FORMULA, strength, "formula: quoted "
          + (counted ? "numbered formula" : principle ? "principle" : "programme name") + " “" + quoted.get(0).text() + "”",
          quoted));
    }

    for (String term : lex.terms(Lexicon.Category.LIST)) {
      int at = text.indexOf(term);
      if (at >= 0) {
        out.add(new Detection(StatementKind.FORMULA, 0.9, "formula: standing list “" + term + "”", elements(text, term, at)));
      }
    }

    Matcher l = LIST.matcher(text);
    for (int from = 0; CueSearch.find(l, text, from, ENUMERATION_COMMA, 2, 12); from = l.end()) {
      Detection d = judgeList(text, l.start(), l.group(), lex);
      if (d == null) {
        d = affixList(text, l.start(), l.group());
      }
      if (d != null) {
        out.add(d);
      }
    }

    Matcher ot = ONE_TWO.matcher(text);
    if (text.contains("二是") && ot.find()) {
      List<AnswerSpan> answers = new ArrayList<>();
      for (int g = 1; g <= 3; g++) {
        if (ot.group(g) != null) {
          String el = ot.group(g).split("[，,]")[0];
          answers.add(new AnswerSpan(el, AnswerType.FORMULA, ot.start(g), ot.start(g) + el.length()));
        }
      }
      out.add(new Detection(StatementKind.FORMULA, 0.75, "formula: enumeration 一是…二是…", answers));
    }
    return out;
  }

  /**
   * A list of unequal parts that share a lead (忠于党、忠于国家、忠于人民、忠于法律) or a tail of two characters
   * (单边主义、保护主义、极端利己主义): the first part is cut to start at the shared lead or to the length of
   * the second, the last one to end where its shared part does, so the verb before the list and the
   * noun after it stay outside.
   */
  private static Detection affixList(String text, int start, String raw) {
    String[] parts = raw.split("、");
    if (parts.length < 3) {
      return null;
    }
    List<String> rest = List.of(parts).subList(1, parts.length - 1);
    // The lead is shared by every part after the first, the tail by every part before the last: the
    // first part may carry its verb, the last one the words after the list.
    String lead = commonPrefix(List.of(parts).subList(1, parts.length));
    String tail = commonSuffix(List.of(parts).subList(0, parts.length - 1));
    String first = parts[0];
    String last = parts[parts.length - 1];
    int firstCut;
    int lastEnd;
    String why;
    // A lead of one character counts only when it is a verb that coins slogans (讲品位, 稳就业, 不称霸): 医保、医疗 share
    // only a morpheme.
    boolean leadOk = lead.length() >= 2 && "的和与及是在".indexOf(lead.charAt(0)) < 0
        || lead.length() == 1 && "讲稳保抓促强防不重优".indexOf(lead.charAt(0)) >= 0;
    if (leadOk && rest.stream().allMatch(p -> p.length() <= 6)
        && first.lastIndexOf(lead) >= 0 && last.startsWith(lead)) {
      firstCut = first.lastIndexOf(lead);
      lastEnd = last.length();
      // The last part no longer than its siblings unless it ends on a word there (不想腐一体推进 → 不想腐).
      int longest = rest.stream().mapToInt(String::length).max().orElse(0);
      if (last.length() > longest + 1) {
        int cutAt = longest;
        boolean boundary = org.kaodian.text.Segmenter.segment(last).stream().anyMatch(t -> t.start() == cutAt);
        if (!boundary) {
          return null;
        }
        lastEnd = longest;
      }
      // The last part ends where the context begins (忠于法律的社会主义法治工作队伍), else with the list (抓落地);
      // never after the cut to its siblings' length above (不想腐一体推进的战略目标 → 不想腐).
      for (int k = lead.length() + 1; k < lastEnd; k++) {
        if ("的等和与及为是".indexOf(last.charAt(k)) >= 0) {
          lastEnd = k;
          break;
        }
      }
      why = "formula: parallel list sharing the lead “" + lead + "”";
    } else if (tail.length() >= 2 && rest.stream().allMatch(p -> p.length() <= 8) && first.endsWith(tail)
        && last.contains(tail)) {
      firstCut = Math.max(0, first.length() - parts[1].length());
      // Back to the start of a word: 构建初次分配 gives 初次分配, not 次分配.
      int cut = firstCut;
      int best = 0;
      for (org.kaodian.text.Token t : org.kaodian.text.Segmenter.segment(first)) {
        if (t.start() <= cut) {
          best = t.start();
        }
      }
      firstCut = best;
      // What qualifies the whole list is not part of its first element (面临的执政考验 → 执政考验).
      int de = first.lastIndexOf('的');
      if (de >= firstCut && first.length() - de - 1 >= tail.length() + 2) {
        firstCut = de + 1;
      }
      // The verb that governs the list is not part of its first element (实施区域重大战略).
      Matcher verb = LEADING_VERB.matcher(first.substring(firstCut));
      if (verb.lookingAt() && first.length() - firstCut - verb.end() >= tail.length() + 2) {
        firstCut += verb.end();
      }
      lastEnd = last.indexOf(tail) + tail.length();
      why = "formula: parallel list sharing the tail “" + tail + "”";
    } else {
      return null;
    }
    List<String> els = new ArrayList<>();
    els.add(first.substring(firstCut));
    els.addAll(rest);
    els.add(last.substring(0, lastEnd));
    if (els.stream().anyMatch(e -> e.length() < 2 || e.length() > 8) || els.stream().distinct().count() < els.size()) {
      return null;
    }
    // Kinds of one thing (数字消费、绿色消费、健康消费; 逃逸时序、逃逸分离) are task lines or technical detail; only
    // doctrines and stances (单边主义、保护主义) and slogans led by a verb (忠于党、忠于国家) are formulas.
    boolean doctrine = tail.length() >= 2 && DOCTRINE_TAIL.matcher(tail).matches();
    if (!doctrine && (els.stream().allMatch(FormulaStatementDetector::nounPhrase)
        || lead.length() >= 2 && !org.kaodian.text.Segmenter.segment(lead).stream().allMatch(t -> t.pos().equals("v")))) {
      return null;
    }
    List<AnswerSpan> answers = new ArrayList<>();
    int pos = start + firstCut;
    for (String el : els) {
      int at = text.indexOf(el, pos);
      if (at < 0) {
        return null;
      }
      answers.add(new AnswerSpan(el, AnswerType.FORMULA, at, at + el.length()));
      pos = at + el.length();
    }
    return new Detection(StatementKind.FORMULA, 0.6, why, answers);
  }

  private static final Pattern LEADING_VERB = Pattern.compile(
      "(?:深入|全面|大力|坚决|积极|加快)?(?:实施|坚持|推进|推动|落实|贯彻|加强|深化|反对|抵制|弘扬|践行|构建|建设|发展|完善|健全|实现|促进|建立|形成|统筹|增强|扩大|强化|优化|提升|提高|加大|夯实|巩固|拓展|培育|打造|注重)");

  private static final Pattern DOCTRINE_TAIL = Pattern.compile("主义|精神|意识|自信|思想|理念|战略");

  /** Whether a list's shared tail names doctrines or stances (单边主义、保护主义; 道路自信、理论自信), not kinds of a sector. */
  public static boolean doctrineTail(String tail) {
    return !tail.isEmpty() && DOCTRINE_TAIL.matcher(tail).find();
  }

  /** The start all parts share, when every part is longer than it (a part that is only the lead is no part). */
  private static String commonPrefix(List<String> parts) {
    String p = org.kaodian.text.Affixes.commonPrefix(parts);
    return parts.stream().allMatch(e -> e.length() > p.length()) ? p : "";
  }

  private static String commonSuffix(List<String> parts) {
    String s = org.kaodian.text.Affixes.commonSuffix(parts);
    return parts.stream().allMatch(e -> e.length() > s.length()) ? s : "";
  }

  private static final Pattern OUTSIDE_QUOTES = Pattern.compile("^[^“]*“|”.*$");

  private static List<AnswerSpan> elements(String text, String list, int at) {
    List<AnswerSpan> answers = new ArrayList<>();
    int pos = at;
    for (String el : list.split("、")) {
      String bare = OUTSIDE_QUOTES.matcher(el).replaceAll("");
      int start = text.indexOf(bare, pos);
      answers.add(new AnswerSpan(bare, AnswerType.FORMULA, start, start + bare.length()));
      pos = start + bare.length();
    }
    return answers;
  }

  /**
   * A list is a formula when its elements look coined: the same length (稳中求进、以进促稳、先立后破),
   * a shared head (稳预期、稳增长、稳就业), or quoted formulas; lists of plain nouns are not.
   */
  private static Detection judgeList(String text, int start, String raw, Lexicon lex) {
    String[] parts = raw.split("、");
    if (parts.length < 3) {
      return null;
    }
    List<String> els = new ArrayList<>();
    for (String p : parts) {
      els.add(p);
    }
    // The first element may carry its governing verb (坚持稳中求进); strip it when the rest agree.
    int len = els.get(1).length();
    boolean uniform = true;
    for (int i = 1; i < els.size() - 1; i++) {
      uniform &= els.get(i).length() == len;
    }
    String first = els.get(0);
    int firstOffset = 0;
    boolean governed = false;
    if (uniform && first.length() > len) {
      firstOffset = first.length() - len;
      String lead = first.substring(0, firstOffset);
      if (!GOVERNING.matcher(lead).find()) {
        return null;
      }
      governed = true;
      els.set(0, first.substring(firstOffset));
    } else if (uniform && first.length() < len) {
      return null;
    }
    governed |= GOVERNING_BEFORE.matcher(text.substring(Math.max(0, start - 4), start)).find();
    String last = els.get(els.size() - 1);
    int listEnd = start + raw.length();
    if (uniform && last.length() > len) {
      String rest = last.substring(len);
      boolean restIsContext = "的等和与及为是".indexOf(rest.charAt(0)) >= 0 || AFTER_LIST.matcher(rest).find();
      if (!restIsContext) {
        return null;
      }
      els.set(els.size() - 1, last.substring(0, len));
      listEnd = start + raw.length() - rest.length();
    } else if (uniform && last.length() < len) {
      return null;
    }
    boolean named = AFTER_LIST.matcher(text.substring(listEnd)).find();
    long inLexicon = els.stream().filter(lex::contains).count();
    boolean quotedEls = els.stream().allMatch(e -> e.contains("“"));
    boolean sharedHead = els.stream().map(e -> e.charAt(0)).distinct().count() == 1 && len >= 3
        || els.stream().map(e -> e.length() >= 4 ? e.substring(e.length() - 2) : e).distinct().count() == 1
        || uniform && len >= 3 && els.stream().map(e -> e.substring(e.length() - 1)).distinct().count() == 1;
    boolean uniformPhrases = uniform && len >= 2 && len <= 4 && els.size() >= 4
        && els.stream().allMatch(e -> e.length() == len);
    boolean idioms = uniform && len == 4 && els.stream().allMatch(e -> e.length() == 4);
    // Lists of plain nouns (义务教育、基本养老、基本医疗) are routine task lines, not formulas.
    boolean nounsOnly = els.stream().allMatch(FormulaStatementDetector::nounPhrase);
    double strength;
    String why;
    if (quotedEls) {
      strength = 0.85;
      why = "formula: list of quoted formulas";
    } else if (inLexicon >= 2) {
      strength = 0.84;
      why = "formula: list of standing terms";
    } else if (idioms && !nounsOnly) {
      strength = 0.62;
      why = "formula: parallel list of four-character phrases";
    } else if (sharedHead && (!nounsOnly || els.size() >= 5)) {
      strength = 0.66;
      why = "formula: parallel list with a shared head or tail";
    } else if (sharedHead) {
      strength = 0.5;
      why = "formula: list of nouns with a shared head or tail";
    } else if (uniformPhrases && !nounsOnly) {
      strength = 0.55;
      why = "formula: parallel list of phrases of one length";
    } else {
      return null;
    }
    if (governed) {
      strength += 0.07;
      why += " after a governing verb";
    }
    if (named) {
      strength += 0.07;
      why += ", named as a principle";
    }
    if (els.stream().allMatch(e -> e.length() <= 2)) {
      return null;
    }
    List<AnswerSpan> answers = new ArrayList<>();
    int pos = start + firstOffset;
    for (String el : els) {
      String bare = el.replace("“", "").replace("”", "");
      int at = text.indexOf(bare, pos);
      if (at < 0) {
        return null;
      }
      answers.add(new AnswerSpan(bare, AnswerType.FORMULA, at, at + bare.length()));
      pos = at + bare.length();
    }
    return new Detection(StatementKind.FORMULA, strength, why, answers);
  }

  private static boolean nounPhrase(String element) {
    return org.kaodian.text.Segmenter.segment(element.replace("“", "").replace("”", ""))
        .stream().allMatch(t -> t.isNoun() || t.pos().startsWith("a") && t.word().length() <= 2 || t.pos().equals("b"));
  }
}
