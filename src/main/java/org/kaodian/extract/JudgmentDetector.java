package org.kaodian.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds judgments of a stage or a situation: {@code 已由……转向……}, {@code 进入……新阶段},
 * {@code 主要矛盾已经转化为……}, {@code 今年是……之年}, {@code 处于……时期}.
 */
public final class JudgmentDetector implements StatementDetector {
  private record Rule(String name, double strength, Pattern pattern) {}

  private static final String STAGE = "(?:新阶段|新时代|新征程|新时期|新发展阶段|新境界|新高度|新水平|新局面|新常态|新起点|关键期|攻坚期|窗口期|机遇期|战略机遇期|历史交汇期|爬坡过坎|阶段|时期)";
  private static final String ENTERS = "进入…新阶段";
  private static final Pattern TIME_CLAUSE = Pattern.compile("^(?:随着|伴随着?|在(?!于)|当(?![前今代下年])|自从)");
  private static final Pattern BARE_STAGE = Pattern.compile(STAGE);
  private static final List<Rule> RULES = List.of(
      new Rule("已由…转向…", 0.85, Pattern.compile("已(?:经)?由([^，。；]{2,20}?)转向([^，。；]{2,24})")),
      new Rule("主要矛盾已经转化为…", 0.95, Pattern.compile("主要矛盾已(?:经)?转化为([^。；]{4,60})")),
      new Rule(ENTERS, 0.8, Pattern.compile("(?:进入|迈入|踏上|开启|跨入|站在)了?([^，。；]{0,30}?" + STAGE + ")")),
      new Rule("今年是…之年", 0.8, Pattern.compile("(?:今年|明年|\\d{4}年|这一年)是([^，。；]{2,30}?(?:之年|的一年|关键一年|开局之年|收官之年))")),
      new Rule("处于…时期", 0.7, Pattern.compile("(?:处于|正处在|正处于|仍处于)([^，。；]{2,24}?(?:期|阶段|时期|时代))")),
      new Rule("X依然是…", 0.6, Pattern.compile("(?:依然|仍然|始终)是([^，。；]{2,20}(?:国家|问题|任务|矛盾|特征))")));

  private static final Pattern PAIR = Pattern.compile("(.{4,30}?)和(.{4,30}?)之间的矛盾");
  private static final PhraseTest CUE = PhraseTest.of("转向|转化为|进入|迈入|踏上|开启|跨入|站在|之年|一年|处于|处在|依然是|仍然是|始终是");

  /**
   * Whether the match at {@code m} judges a stage: the clause does not open on a time word (随着, 在),
   * and a bare stage word (新征程, 新时代) has a subject before its verb in its own clause.
   */
  static boolean judgesAStage(String text, Matcher m) {
    int start = m.start();
    while (start > 0 && "，。；：！？".indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    String before = text.substring(start, m.start());
    if (TIME_CLAUSE.matcher(before).lookingAt()) {
      return false;
    }
    return before.length() >= 2 || !BARE_STAGE.matcher(m.group(1)).matches();
  }

  @Override
  public List<Detection> detect(AnalyzedSentence s) {
    String text = s.text();
    List<Detection> out = new ArrayList<>();
    if (!CUE.in(text)) {
      return out;
    }
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(text);
      boolean found = m.find(s.content());
      // 进入新时代，… and 随着我国迈入新发展阶段 set the time of what follows; a judgment says who enters which
      // stage (中国特色社会主义进入新时代). Blind read DD: 开启新征程 in an exhortation was asked.
      while (found && rule.name().equals(ENTERS) && !judgesAStage(text, m)) {
        found = m.find();
      }
      if (!found) {
        continue;
      }
      List<AnswerSpan> answers = new ArrayList<>();
      Matcher pair = PAIR.matcher(m.group(1));
      if (m.groupCount() == 1 && pair.matches()) {
        // 人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾: each side is a blank.
        for (int g = 1; g <= 2; g++) {
          AnswerSpan a = AnswerSpan.find(text, pair.group(g), AnswerType.TERM, m.start(1));
          if (a != null) {
            answers.add(a);
          }
        }
      }
      for (int g = m.groupCount(); g >= 1; g--) {
        String span = BlankChooser.trimPhrase(m.group(g));
        AnswerSpan a = span.length() >= 2 ? AnswerSpan.find(text, span, AnswerType.TERM, m.start(g)) : null;
        if (a != null) {
          answers.add(a);
        }
      }
      if (!answers.isEmpty()) {
        out.add(new Detection(StatementKind.JUDGMENT, rule.strength(), "judgment: " + rule.name(), answers));
      }
    }
    return out;
  }
}
