package org.kaodian.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds figures worth remembering: national targets and results with their units, counts of a
 * body, anniversaries, and ordinals of congresses and sessions.
 */
public final class NumericStatementDetector implements StatementDetector {
  private static final String UNITS =
      "(?:%|‰|个百分点|美元|元|公斤|斤|吨|人次|人口|人(?![民才员])|名|个|项|件|部|条|家|户|套|所|座|平方公里|公里|千米|亩|公顷|千瓦|辆|架|艘|场|倍|周年|岁|学时|课时|党员)";
  private static final String CN = "[零〇一二两三四五六七八九十百千万亿]";
  /** Four-character idioms that open with a magnitude and a unit-like character. */
  /** The first halves of those idioms, so that their second magnitude (千家万户's 万户) is no figure either. */
  private static final String IDIOM_HEADS = "千家|千军|千丝|千差|千变|千辛|千山|千秋|千村|千方|千锤|百折";
  private static final String IDIOMS = "千家万户|千方百计|千军万马|千丝万缕|千差万别|千变万化|千辛万苦|千山万水|千秋万代|千村万户"
      + "|百家争鸣|百花齐放|百年大计|万众一心|万无一失|百废待兴|千锤百炼|百折不挠|万家灯火|亿万人民|亿万群众|亿万农民|千百万";
  /**
   * A figure with magnitude, unit and qualifier as documents write it: 5%左右, 1200万人以上, 1.39万亿斤,
   * 75周年, 五十四万亿元, 百分之十八点五. Chinese numerals count only with a magnitude (十, 百, 万, 亿) or
   * after 百分之, so that 一个, 两项, 三条 stay words.
   */
  static final Pattern FIGURE = Pattern.compile(
      // Each branch first checks the character it opens on: the look-behinds and the idiom list are
      // dear when tried at every offset of every sentence.
      "(?=\\d)(?<![\\d.．第])\\d+(?:\\.\\d+)?(?:多|余)?(?:万亿|千亿|百亿|亿|千万|百万|万|千)?" + UNITS + "(?:左右|以上|以下|多|余)?"
          + "|百分之" + CN + "+(?:点[零〇一二三四五六七八九]+)?(?:左右|以上|以下)?"
          // 千家万户, 千方百计, 百家争鸣: idioms built of magnitudes are no figures.
          // 上亿人, 百万人: a magnitude alone counts no one.
          + "|(?=" + CN + "*[十百千万亿])(?![百千万亿]" + UNITS + ")(?<!" + CN + "|[\\d多余第]|" + IDIOM_HEADS + ")(?!" + IDIOMS + ")" + CN + "*[十百千万亿]" + CN + "*(?:点[零〇一二三四五六七八九]+)?" + UNITS
          + "(?:左右|以上|以下|多|余)?");
  /** A dated target: 到2035年基本实现…, 到二〇三五年…, 2025年底前…. */
  private static final Pattern DATED_TARGET = Pattern.compile(
      "(?:到|至|在)((?:20\\d\\d|二〇[一二三四五六七八九〇]{2})年)(?:底|前|末|左右)?[，,]?(?:我国|全国|要|将|力争|争取|努力|基本|全面|初步)*(基本实现|全面建成|全面实现|实现|建成|达到|形成|基本建成|基本形成)([^，。；]{2,24})");
  static final Pattern ORDINAL = Pattern.compile(
      // 新一届, 上一届, 本届: which term, not its number.
      "(?=[第一二三四五六七八九十])(?:(?<![新上下本这每历])第?[一二三四五六七八九十]{1,3}届(?:全国人民代表大会|全国人大|全国委员会|全国政协|中央委员会)?"
          + "|[一二三四五六七八九十]{1,3}中全会|第?[一二三四五六七八九十]{1,2}次(?:会议|全体会议))");
  private static final Pattern ANNIVERSARY =
      Pattern.compile("(?:成立|建交|诞辰|胜利|建党|建军|建国|改革开放|召开|发表|实施)\\s*\\d+周年");
  private static final Pattern BODY_COUNT = Pattern.compile(
      "(?=[应出中候代])(?:应出席(?:代表|委员)\\d+人|出席(?:这次|本次)?(?:全会|会议|大会)的有，?中央委员\\d+人|(?:中央委员|候补中央委员|代表)\\d+(?:人|名)，)");
  private static final PhraseTest HEADLINE_SUBJECT = PhraseTest.of(
      "国内生产总值|经济增长|增速|就业|失业率|居民消费价格|粮食|赤字|预算内投资|专项债|国债|居民收入|人均可支配收入|能耗"
          + "|外资|进出口|外贸|货物贸易|研发投入|城镇化率|人口|贫困|脱贫|减税|降费|产量|利润|GDP|国防|一般公共预算|财政收入|财政支出"
          + "|社会消费品|出口|税费|耕地|森林覆盖率|国民经济");
  private static final PhraseTest CHANGE = PhraseTest.of("增长|提高|下降|降低|减少|增加|达到|超过|突破|上涨|涨幅|拟按|安排|规模|目标");

  /** Characters without which no figure, ordinal or anniversary can be written (百分之 has 百, 全会 has 全): most sentences have none. */
  private static final Pattern MAY_HOLD_FIGURE = Pattern.compile("[\\d十百千万亿届次全]");

  private static final Pattern RANGE_FROM = Pattern.compile("(?:从|由)(?:(?:19|20)\\d\\d年(?:的|底|末)?)?$");
  private static final Pattern RANGE_TO = Pattern.compile("^[^，。；到至]{0,8}(?:到|至)");

  /** Whether the figure opens a 从…到… range (the base a result is reached from). */
  static boolean startsARange(String text, AnswerSpan figure) {
    return RANGE_FROM.matcher(text.substring(Math.max(0, figure.start() - 10), figure.start())).find()
        && RANGE_TO.matcher(text.substring(figure.end())).find();
  }

  @Override
  public List<Detection> detect(AnalyzedSentence s) {
    String text = s.text();
    List<Detection> out = new ArrayList<>();
    if (!MAY_HOLD_FIGURE.matcher(text).find()) {
      return out;
    }
    Matcher body = BODY_COUNT.matcher(text);
    if (body.find()) {
      Matcher fig = FIGURE.matcher(text);
      if (fig.find(body.start())) {
        out.add(new Detection(StatementKind.NUMERIC, 0.9, "numeric: count of a body (应出席…人)",
            List.of(span(fig))));
      }
    }
    Matcher ann = ANNIVERSARY.matcher(text);
    if (text.contains("周年") && ann.find()) {
      Matcher fig = FIGURE.matcher(text);
      if (fig.find(ann.start())) {
        out.add(new Detection(StatementKind.NUMERIC, 0.85, "numeric: anniversary (成立…周年)", List.of(span(fig))));
      }
    }
    List<AnswerSpan> headline = new ArrayList<>();
    List<AnswerSpan> changes = new ArrayList<>();
    List<AnswerSpan> plain = new ArrayList<>();
    Matcher fig = FIGURE.matcher(text);
    while (fig.find()) {
      if (fig.group().endsWith("周年") || fig.group().endsWith("岁")) {
        continue;
      }
      String clause = clauseBefore(text, fig.start());
      if (HEADLINE_SUBJECT.in(clause)) {
        headline.add(span(fig));
      } else if (CHANGE.in(clause) && (fig.group().contains("%") || fig.group().contains("百分之")
          || fig.group().contains("倍"))) {
        changes.add(span(fig));
      } else {
        plain.add(span(fig));
      }
    }
    // 从2002年7703元增加到2007年13786元: the result is the figure to remember, the start only its base.
    for (List<AnswerSpan> list : List.of(headline, changes, plain)) {
      list.sort(java.util.Comparator.comparing((AnswerSpan a) -> startsARange(text, a)));
    }
    if (!headline.isEmpty()) {
      out.add(new Detection(StatementKind.NUMERIC, 0.85, "numeric: headline target or result", headline));
    } else if (!changes.isEmpty()) {
      out.add(new Detection(StatementKind.NUMERIC, 0.65, "numeric: rate of change", changes));
    } else if (!plain.isEmpty()) {
      out.add(new Detection(StatementKind.NUMERIC, 0.45, "numeric: a figure with its unit", plain));
    }
    Matcher dated = DATED_TARGET.matcher(text);
    if (dated.find()) {
      List<AnswerSpan> answers = new ArrayList<>();
      String goal = BlankChooser.trimPhrase(dated.group(3));
      AnswerSpan g = goal.length() >= 2 && goal.length() <= 16 ? AnswerSpan.find(text, goal, AnswerType.TERM, dated.start(3)) : null;
      answers.add(new AnswerSpan(dated.group(1), AnswerType.DATE, dated.start(1), dated.end(1)));
      if (g != null) {
        answers.add(g);
      }
      out.add(new Detection(StatementKind.NUMERIC, 0.8, "numeric: dated target (到…年…)", answers));
    }
    Matcher ord = ORDINAL.matcher(text);
    List<AnswerSpan> ordinals = new ArrayList<>();
    while (ord.find()) {
      ordinals.add(new AnswerSpan(ord.group(), AnswerType.NUMBER, ord.start(), ord.end()));
    }
    if (!ordinals.isEmpty()) {
      out.add(new Detection(StatementKind.NUMERIC, 0.6, "numeric: ordinal of a congress or session", ordinals));
    }
    return out;
  }

  private static final Pattern BARE_TERM_ORDINAL = Pattern.compile("第[一二三四五六七八九十]{1,3}届");
  /** What follows a body's term (十四届全国人大, 二十届中央委员会); 第十五届全国运动会 is an event's. */
  private static final Pattern BODY_AFTER = Pattern.compile(
      "^(?:中央|全国人民代表大会|全国人大|全国政协|全国委员会|全国代表大会|人大|政协|党|代表|委员|中共|中国共产党)");

  /**
   * Whether an ordinal names a recurring event (第三届中国国际进口博览会) rather than a congress or a
   * body's term: a student can tell which one only with its year, as with a figure.
   */
  static boolean eventOrdinal(String text, AnswerSpan a) {
    // Inside a title (《第二届中国—中亚峰会阿斯塔纳宣言》) it is part of a name.
    boolean inTitle = text.lastIndexOf('《', a.start()) > text.lastIndexOf('》', a.start());
    return !inTitle && a.type() == AnswerType.NUMBER && BARE_TERM_ORDINAL.matcher(a.text()).matches() && a.end() < text.length()
        && Character.UnicodeScript.of(text.codePointAt(a.end())) == Character.UnicodeScript.HAN
        && !BODY_AFTER.matcher(text.substring(a.end())).find();
  }

  /** The clause that leads up to the figure: back to the previous ，；。 */
  private static String clauseBefore(String text, int at) {
    int from = at;
    while (from > 0 && "，；。：、".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    // Look one clause further back when the figure stands right after the boundary.
    if (at - from < 2 && from > 0) {
      int f2 = from - 1;
      while (f2 > 0 && "，；。：".indexOf(text.charAt(f2 - 1)) < 0) {
        f2--;
      }
      from = f2;
    }
    return text.substring(from, at);
  }

  private static AnswerSpan span(Matcher m) {
    return new AnswerSpan(m.group(), AnswerType.NUMBER, m.start(), m.end());
  }
}
