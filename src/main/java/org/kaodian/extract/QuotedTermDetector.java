package org.kaodian.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds short quoted policy names and coined terms (“一网通办”, “人工智能+”) in any sentence; the
 * formula detector already takes the numbered formulas and lexicon entries, this takes the rest.
 */
public final class QuotedTermDetector implements StatementDetector {
  private static final Pattern QUOTED = Pattern.compile("“([^“”，。；：！？、]{2,10})”");
  /** A quoted short list is one coined name (“双随机、一公开”, “破、立、降”): parts of at most four characters. */
  private static final Pattern QUOTED_LIST = Pattern.compile("“(\\p{IsHan}{1,4}(?:、\\p{IsHan}{1,4}){1,4})”");
  /** Quotations that are metaphors or emphasis rather than names: “牛鼻子”, “硬骨头”. */
  private static final Pattern METAPHOR = Pattern.compile("牛鼻子|硬骨头|绊脚石|拦路虎|最后一公里|接力棒|指挥棒|紧箍咒|一盘棋|领头雁|压舱石|金钥匙");

  @Override
  public List<Detection> detect(AnalyzedSentence s) {
    String text = s.text();
    if (text.indexOf('“') < 0) {
      return List.of();
    }
    List<AnswerSpan> answers = new ArrayList<>();
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      String term = m.group(1).strip();
      Lexicon.Category c = s.lexicon().category(term);
      boolean formula = c == Lexicon.Category.FORMULA || c == Lexicon.Category.LIST;
      if (!formula && !METAPHOR.matcher(term).matches() && term.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
        answers.add(new AnswerSpan(term, AnswerType.TERM, m.start(1), m.start(1) + term.length()));
      }
    }
    List<Detection> out = new ArrayList<>();
    Matcher list = QUOTED_LIST.matcher(text);
    if (list.find()) {
      out.add(new Detection(StatementKind.FORMULA, 0.7, "formula: quoted short list “" + list.group(1) + "”",
          List.of(new AnswerSpan(list.group(1), AnswerType.FORMULA, list.start(1), list.end(1)))));
    }
    if (answers.isEmpty()) {
      return out;
    }
    boolean shortName = answers.get(0).text().length() <= 6;
    out.add(new Detection(StatementKind.FORMULA, shortName ? 0.62 : 0.55,
        "quoted term: “" + answers.get(0).text() + "”", answers));
    return out;
  }
}
