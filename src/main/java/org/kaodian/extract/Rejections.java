package org.kaodian.extract;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The rules that keep a sentence off a worksheet (certain ones) or count against it (penalties);
 * each has a name so a teacher can see why a sentence was left out. The rubric is
 * {@code what-teachers-test.md}.
 */
public final class Rejections {
  /** One named rejection rule. */
  public record Rule(String name, Predicate<AnalyzedSentence> test) {}

  private static Pattern p(String regex) {
    return Pattern.compile(regex);
  }

  private static final Pattern SOURCE_LINE =
      p("^《[^》]+》[（(].{0,30}[）)]$|^■(?:据|.{0,12}记者)|^[（(]?(?:记者|作者|来源|责任编辑|编辑)|摄$|新华社发$|^[（(][^）)]*[）)]$");
  private static final Pattern SPEAKER_COLON = p("^([\\p{IsHan}·]{2,6})[：:]");
  private static final PhraseTest GREETING =
      PhraseTest.of("你们好|你们辛苦了|辛苦了|亲切问候|诚挚问候|表示感谢|表示衷心感谢|新春快乐|万事如意|节日快乐|祝愿|祝你们|请.{0,8}放心|欢迎|再见|谢谢");
  private static final PhraseTest NARRATIVE =
      PhraseTest.of("会见|会晤|会谈|通话|通电话|握手|合影|来到|走进|步入|抵达|离开|考察|视察|调研|参观|看望|慰问|陪同|乘坐|鼓掌|掌声|致贺信|致信|复信|举行.{0,6}(仪式|会议|座谈会)|出席.{0,20}(活动|会议|仪式|开幕式)|参加.{0,10}(活动|审议|讨论)");
  private static final Pattern REPORTED = p("(?:指出|强调|表示|认为|提出|说|宣告)[，：:,]");
  private static final PhraseTest TIME_OF_DAY = PhraseTest.of("\\d{1,2}时(\\d{1,2}分)?|[上下]午\\d|晚上\\d|凌晨\\d");
  private static final PhraseTest PROCEDURAL =
      PhraseTest.of("表决|投票|议程|宣布.{0,20}(开幕|闭幕|结束)|主持|执行主席|主席团|选举|审议通过|通过了|列席|旁听|全体起立|奏唱|高唱|国歌|作.{0,25}(报告|说明)|签署.{0,6}令|就座|到会祝贺|出席会议|缺席|实到");
  private static final Pattern ATTENDEES = p("(?:[\\p{IsHan}]{2,3}、){5,}");
  /** Unseparated name lists (蔡奇丁薛祥) break HanLP's names: counted only where people attend something. */
  private static final Pattern PRONOUN_OPENING = p("(?:他|她|他们)[^，]{0,4}[，:：]");
  private static final PhraseTest ATTENDANCE = PhraseTest.of("出席|参加|陪同|会见|在座|到会|列席");
  private static final PhraseTest LOCAL =
      PhraseTest.of("省委|省政府|省长|省人大|省政协|市委|市政府|市长|县委|县政府|全省|全市|全县|我省|我市|本省|本市|湖南日报|省会"
          // An autonomous region's own report says 我区 and 全区 where a province says 我省.
          + "|我区|全区");
  private static final Pattern ANAPHORIC_OPENING =
      p("^(?:这|此|该|其|它|这些|那些|上述|以上|对此|为此|因此|所以|但是?|而且?|并且?|同时|此外|另外|[二三四五六七八九十][是要]|其次|再次|最后|第[二三四五六七八九十]，"
        + "|主要表现在|具体表现在|表现在|集中体现在|在这个过程中|在此过程中|在此基础上|与此同时"
        // A sentence opening on 使 (使中国大革命受到…) leaves its causer in the sentence before.
        + "|使(?![用命])[\\p{IsHan}])");
  private static final Pattern HEADLINE_LIKE = p("^[^。！？；，]{0,30}$");
  private static final Pattern REPORTAGE = p("^(?:据介绍|据了解|据悉|记者了解到|记者获悉|据统计)");
  private static final PhraseTest MINOR_STAT =
      PhraseTest.of("\\d+(?:\\.\\d+)?%的(提案|建议|议案)|签署\\d+份|突破\\d+对|友城|\\d+次会晤|合作文件|参观人次|观众|点击量|阅读量");

  private static final Pattern RUN_IN_HEADING =
      p("^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|（\\d+）|\\d+[.．、]|第[一二三四五六七八九十]+[章节部分条])[^。！？，；]{2,30}[。！？]?$");
  /**
   * Whom a speech or a document is addressed to (同志们，朋友们：; 各省、自治区、直辖市人民政府，国务院各部委、各直属机构：):
   * a salutation, never a statement nor the lead of the list after it.
   */
  private static final Pattern SALUTATION = p(
      "^(?:同志们|朋友们|女士们|先生们|各位|亲爱的|各(?:省|地区|级|部门|单位|人民团体)|中央和国家机关)[^。！？；]{0,80}：$");

  /** Whether the sentence is a salutation: whom the text is addressed to, ending in ：. */
  static boolean isSalutation(String text) {
    return SALUTATION.matcher(text.strip()).matches();
  }

  // 比如，… and 同年7月，… lean on the sentence before: what it exemplifies, which year (read CC).
  private static final Pattern ANAPHORIC_SUBJECT =
      p("^“?(?:这一|这个|这些|这种|这是|这就|该|此|上述|以上|前者|后者|其中，|比如[，,]|例如[，,]|譬如[，,]|同年|次年"
          // 根据这个总体要求，… (blind read II): the requirement is the sentence before's.
          + "|(?:根据|按照|围绕|依据|本着|遵循)(?:这一|这个|这些|这种|上述|以上))");

  /** Rules that are certain: the sentence can never make a question. */
  private static final List<Rule> RULES = List.of(
      new Rule("heading", s -> s.sentence().heading()),
      new Rule("run-in numbered heading", s -> RUN_IN_HEADING.matcher(s.sentence().text().strip()).matches()),
      new Rule("source or byline line", s -> SOURCE_LINE.matcher(s.text()).find()),
      new Rule("salutation", s -> isSalutation(s.sentence().text())),
      // 你们是如何贯彻落实…的？: a question asks, it states nothing a student could learn.
      new Rule("question", s -> s.text().strip().endsWith("？") || s.text().strip().endsWith("?")),
      new Rule("fragment", s -> s.text().codePointCount(0, s.text().length()) < 8
          || HEADLINE_LIKE.matcher(s.text()).matches()
          || !endsLikeSentence(s.text())),
      new Rule("subject only in the previous sentence (这一…, 该…)", s -> ANAPHORIC_SUBJECT.matcher(s.contentText()).find()));

  /**
   * Rules that make a sentence less likely to be tested, weighed by the ranker against the evidence
   * for it rather than applied as gates: a leader's words quoted in a narrative are still content.
   */
  private static final List<Rule> PENALTIES = List.of(
      new Rule("dialogue", s -> SPEAKER_COLON.matcher(s.text()).find() && !s.text().startsWith("主要")),
      new Rule("greeting or thanks", s -> GREETING.in(s.contentText())),
      new Rule("time of day: narrative", s -> TIME_OF_DAY.in(s.text())),
      new Rule("attendee list", s -> s.text().chars().filter(c -> c == '、').count() >= 5 && ATTENDEES.matcher(s.text()).find()
          || ATTENDANCE.in(s.text()) && s.tokens().stream().filter(t -> t.isPerson()).count() >= 5),
      new Rule("procedural line", s -> PROCEDURAL.in(s.text())
          && !REPORTED.matcher(s.text()).find() && s.frame().isEmpty()),
      new Rule("narrative of a visit or meeting", s -> NARRATIVE.in(s.contentText())
          && !REPORTED.matcher(s.text()).find() && s.frame().isEmpty()),
      new Rule("reportage (据介绍, 据了解)", s -> REPORTAGE.matcher(s.text()).find()),
      new Rule("local news", s -> LOCAL.in(s.text()) || localSubject(s)),
      new Rule("minor statistic", s -> MINOR_STAT.in(s.text())),
      new Rule("subject in the previous sentence", s -> ANAPHORIC_OPENING.matcher(s.contentText()).find()
          || (s.content() == 0 && PRONOUN_OPENING.matcher(s.text()).lookingAt())));

  private Rejections() {}

  /**
   * The province a document is about (浙江 in an interview on 习近平在浙江), when one is named in at least six of
   * its sentences and one in twelve: its sentences that name it are local news, as 我省 would be.
   */
  public static Optional<String> homeRegion(List<String> sentences) {
    String best = null;
    long most = 0;
    for (String r : REGIONS) {
      long n = sentences.stream().filter(t -> t.contains(r)).count();
      if (n > most) {
        most = n;
        best = r;
      }
    }
    return most >= 6 && most * 12 >= sentences.size() ? Optional.of(best) : Optional.empty();
  }

  /**
   * The penalties of a sentence in a document about {@code homeRegion} (see {@link #homeRegion}): naming
   * that province is local news as well.
   */
  public static List<String> penalties(AnalyzedSentence s, Optional<String> homeRegion) {
    List<String> out = penalties(s);
    if (homeRegion.isPresent() && s.text().contains(homeRegion.get()) && !out.contains("local news")) {
      out.add("local news");
    }
    return out;
  }

  /** The names of the penalty rules that fire on the sentence, in rule order. */
  public static List<String> penalties(AnalyzedSentence s) {
    List<String> out = new java.util.ArrayList<>();
    for (Rule r : PENALTIES) {
      if (r.test().test(s)) {
        out.add(r.name());
      }
    }
    return out;
  }

  /** Every penalty rule's name, in order: the ranker's penalty features. */
  public static List<String> penaltyNames() {
    return PENALTIES.stream().map(Rule::name).toList();
  }

  /** The name of the first certain rule that rejects the sentence, or empty when none does. */
  public static Optional<String> reject(AnalyzedSentence s) {
    for (Rule r : RULES) {
      if (r.test().test(s)) {
        return Optional.of(r.name());
      }
    }
    return Optional.empty();
  }

  private static final Pattern NATIONAL =
      p("^(?:中国|我国|全国|中华|中|中俄|中美|中亚|世界|国际|亚洲|两岸|台湾|香港|澳门|西部|东部|中部|东北|北京)");

  /** Provinces and municipalities a document can be about (not 北京, where national news is datelined). */
  private static final List<String> REGIONS = List.of("河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建",
      "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西", "西藏",
      "宁夏", "新疆", "天津", "上海", "重庆");

  private static final Pattern LOCAL_PLACE = p(
      "(?:" + String.join("|", REGIONS) + "|台湾"
          + "|深圳|广州|杭州|南京|武汉|成都|西安|郑州|长沙|沈阳|哈尔滨|长春|济南|青岛|厦门"
          + "|福州|合肥|南昌|昆明|贵阳|南宁|海口|兰州|西宁|银川|乌鲁木齐|拉萨|呼和浩特|石家庄|太原|大连|宁波|苏州|无锡"
          + "|[\\p{IsHan}]{2,3}(?:省|市|县|自治区|自治州))(?![\\p{IsHan}]{0,2}(?:会议|起义|精神|时期))");
  private static final PhraseTest LOCAL_TASK = PhraseTest.of("要|将|推动|推进|加快|打造|建设|力争|确保|实施|全力");

  /** A province or city as the subject of the content: 重庆是…, 重庆、四川两地要… */
  private static boolean localSubject(AnalyzedSentence s) {
    String content = s.contentText();
    // History happens in places (井冈山, 遵义): a place is local news only when it is given tasks.
    if (!LOCAL_TASK.in(content) || NATIONAL.matcher(content).find()) {
      return false;
    }
    // A list of provinces and cities, not HanLP: this runs on most candidates, and one segmentation
    // call per sentence would cost as much as the rest of the extraction.
    return LOCAL_PLACE.matcher(content).lookingAt();
  }

  private static boolean endsLikeSentence(String text) {
    char last = text.charAt(text.length() - 1);
    return "。！？!?”’」』）)…；".indexOf(last) >= 0;
  }
}
