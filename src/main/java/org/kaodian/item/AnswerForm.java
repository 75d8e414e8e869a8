package org.kaodian.item;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kaodian.text.Segmenter;
import org.kaodian.text.Token;

/**
 * The form of an answer a distractor must share so a student cannot spot the right option by its
 * shape: head word, the affix its list siblings share, the count of parallel parts, the direction of
 * a range; and what makes a candidate the same fact in other words (near-synonym, abbreviation).
 */
final class AnswerForm {
  /** Modifiers that rank a thing rather than name it: 根本要求 and 必然要求 are not different facts. */
  private static final Set<String> EVALUATIVE = Set.of("根本", "必然", "本质", "内在", "基本", "重要", "核心",
      "关键", "首要", "主要", "根本性", "本质性", "必由", "显著", "鲜明", "突出", "最大", "最根本", "最本质", "重大",
      "重点", "主体", "基础", "根基", "首位", "第一", "最", "唯一", "必要", "客观", "内生",
      "战略", "长期", "坚实", "深厚", "有力", "强大", "重要的", "战略性", "全局性", "历史性");

  /** The Party's leadership, in the words different reports use for the one principle. */
  private static final Set<String> PARTY_LEADERSHIP = Set.of("党的领导", "党的全面领导", "党中央集中统一领导",
      "党的集中统一领导", "党中央权威和集中统一领导", "党中央的集中统一领导", "坚持党的全面领导", "党的坚强领导", "党中央坚强领导");

  /** Names of one body: an option from the same group says the same as the answer. */
  private static final List<Set<String>> SAME_BODY = List.of(
      Set.of("中国共产党", "中共", "党", "我们党", "中共中央", "党中央", "中央", "以习近平同志为核心的党中央"),
      Set.of("中华人民共和国", "中国", "新中国", "我国"),
      Set.of("全国人民代表大会", "全国人大", "人大"),
      Set.of("中国人民政治协商会议", "全国政协", "人民政协", "政协"),
      Set.of("国务院", "中央人民政府", "中央政府"),
      Set.of("中央军委", "中央军事委员会"),
      PARTY_LEADERSHIP);

  /** One wording for a principle the reports word several ways (党的全面领导, 党的领导), else the phrase itself. */
  static String oneWording(String phrase) {
    return PARTY_LEADERSHIP.contains(phrase) ? "党的领导" : phrase;
  }

  private static final Pattern UP = Pattern.compile("提高|增加|增长|上升|提升|扩大|增至|升");
  private static final Pattern DOWN = Pattern.compile("降低|下降|减少|缩小|降至|降|减");
  private static final Pattern FROM_ANSWER_TO =
      Pattern.compile("^[^，。；]{0,4}?(提高|增加|增长|上升|提升|扩大|降低|下降|减少|缩小|降|升)(到|至)([\\d.]+)");
  private static final Pattern FROM_X_TO_ANSWER =
      Pattern.compile("[从由]([\\d.]+)[^，。；\\d]{0,4}?(提高|增加|增长|上升|提升|扩大|降低|下降|减少|缩小|降|升)(到|至)$");

  private static final Pattern SPAN_TO_ANSWER = Pattern.compile("(?<![\\d.])([\\d.]+)(?:至|到|-|－|～|~|—)$");

  private AnswerForm() {}

  /** Role nouns ({@code 根本任务}, {@code 重要支撑}) that say how a thing ranks, not what it is. */
  private static final Pattern ROLE = Pattern.compile(
      "(?:" + org.kaodian.extract.DefinitionStatementDetector.ROLES + ")$");
  /** The head words of role nouns: 任务 of 极为艰巨的任务, 力量 of 维护世界和平的坚定力量. */
  private static final Set<String> ROLE_HEADS = Set.of("任务", "要求", "保证", "动力", "目的", "宗旨", "保障", "支撑",
      "方面", "举措", "引擎", "内容", "标志", "途径", "基础", "力量", "组成部分", "特征", "优势", "原则", "方向", "遵循",
      "指南", "法宝", "路径", "抓手", "所在", "意义", "作用", "地位", "目标", "使命", "基石", "根基", "支柱", "源泉");
  /** A generic role: 重要内容 or 主要方面 names nothing a student must remember. */
  private static final Pattern GENERIC_ROLE = Pattern.compile(
      "^(?:(?:重要|主要|有效|积极|必要|一个|一项|重大)(?:的)?(?:内容|方面|组成部分|任务|途径|举措|基础|保障|支撑|特征|标志|抓手|工作|问题|课题|部署|条件|前提|因素|手段|环节))"
          // 正确理论, 正确道路 (blind read U): which theory or road, the stem says; the blank only rates it.
          + "|^正确(?:的)?(?:理论|道路|方向|选择|决策|方针)$");

  /**
   * Whether an answer ranks its subject rather than naming a fact: a role noun ({@code 根本任务}) or a
   * role with a modifier before it ({@code 极为艰巨的任务}). Another role in its place reads true as
   * often as false, so such an answer is never swapped to make a false statement.
   */
  static boolean isRole(String answer) {
    String a = answer.strip();
    if (ROLE.matcher(a).find()) {
      return true;
    }
    String head = head(a);
    return ROLE_HEADS.contains(head) && (EVALUATIVE.stream().anyMatch(a::startsWith) || a.contains("的"));
  }

  /**
   * A lone common word of two characters (转变, 历史): many others fit its gap, so it is a blank only
   * as the subject of what the sentence says (创新是引领发展的第一动力).
   */
  static boolean isBareWord(String a) {
    if (a.length() > 2) {
      return false;
    }
    List<Token> t = Segmenter.segment(a);
    return t.size() == 1 && t.get(0).pos().matches("v|vn|vi|n|a|an|ad|d");
  }

  private static final Pattern FRAGMENT = Pattern.compile("[和与及或的、]$|^(?:必须|要|应|应当|坚持和|和|与|及)");

  /** Whether a candidate is a cut piece of a phrase (坚持和发展, 必须坚持发展), not a thing with a name. */
  static boolean isFragment(String candidate) {
    return FRAGMENT.matcher(candidate).find();
  }

  /**
   * Whether two formulas repeat their characters in the same places: for 一带一路 (一…一…) a candidate
   * without that repeat, such as 必由之路, is spotted by its shape.
   */
  static boolean sameRepeats(String a, String b) {
    if (a.length() != b.length()) {
      return !repeats(a) && !repeats(b);
    }
    for (int i = 0; i < a.length(); i++) {
      if (a.indexOf(a.charAt(i)) != b.indexOf(b.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether two phrases open alike: a verb phrase (解决好…问题) for a verb phrase, a noun phrase for a
   * noun phrase; 经济体制改革的核心问题 in the place of 解决好农业农村农民问题 is spotted by its grammar.
   */
  static boolean sameLeadClass(String answer, String candidate) {
    // 以人民为中心的发展思想 is led by a preposition: 践行以毛泽东思想 is spotted by its grammar.
    if (!answer.isEmpty() && "以为对把向从".indexOf(answer.charAt(0)) >= 0 && !candidate.startsWith(answer.substring(0, 1))) {
      return false;
    }
    // Short terms and lists are tagged too unreliably (永久睦邻友好 opens with an adverb, 开放包容 with a verb).
    if (answer.length() < 6 || candidate.length() < 6 || parts(answer) > 1 || parts(candidate) > 1) {
      return true;
    }
    return leadsWithVerb(answer) == leadsWithVerb(candidate);
  }

  private static boolean leadsWithVerb(String phrase) {
    List<Token> t = Segmenter.segment(phrase.replaceAll("^[“”\"《》]+", ""));
    return !t.isEmpty() && t.get(0).isVerb() && t.size() > 1;
  }

  private static final Pattern WEAK_PREDICATE = Pattern.compile(
      "^，?(?:也|都|始终|就|则|正|仍然)?是[^，。；！？]{0,24}?(?<![最首])(?:重要|主要|有效|积极|必要|一个|一项|有力|大事|长期|艰巨|紧迫)[^，。；！？]{0,8}(?=[，。；！？]|$)");

  /**
   * Whether what follows a subject says only that it is one important thing among many (…是我国全面改革的
   * 重要组成部分): another subject there reads as true, so the subject is not swapped.
   */
  static boolean weakPredicate(String after) {
    return WEAK_PREDICATE.matcher(after).find();
  }

  private static boolean repeats(String s) {
    return s.chars().distinct().count() < s.length();
  }

  /**
   * Whether an answer is too weak to be the blank: a bare ranking modifier ({@code 根本}: 首要 and 基本 fit
   * the gap as well) or a generic role ({@code 重要内容}), or a phrase ending on a modifier with its
   * head left in the stem ({@code 教育的根本} before 任务).
   */
  /** A described problem or aspect (绍兴在转型升级过程中遇到的另一个问题): a clause, not a term to remember. */
  private static final Pattern DESCRIBED_THING =
      Pattern.compile(".{4,}的(?:另一个|又一个|一个|第一个)?(?:问题|方面|事情|地方|特点|难题)");

  private static final Pattern EVALUATION = Pattern.compile(
      "(?:很|十分|非常|尤为|极为|极具|具有|很有|有)?[\\p{IsHan}]{0,4}(?:意义|价值|必要|必要性|可行性)|(?:至关|十分|非常|尤为|极为|特别)重要");

  /**
   * A need, a glory or a duty (是…的迫切需要, 是全体中华儿女的共同光荣, 讲政治是应尽之责): how the text values the
   * subject, which many words fit; the subject is the thing to ask.
   */
  private static final Pattern VALUED_AS = Pattern.compile(
      "(?:[^，。；]{0,14}的)?(?:(?:迫切|现实|客观|必然)需要|共同(?:光荣|使命|愿望|心愿|期盼|追求)|(?:不懈|矢志|执着|永恒|崇高|价值)追求|应尽之责|分内之事|义不容辞的(?:责任|义务))");

  /** 放在…的高度加以认识: a way of regarding something, not the thing to remember. */
  private static final Pattern HANDLED = Pattern.compile("(?:加以|来|去)(?:认识|看待|对待|理解|把握)$");

  /** 而且这个方案 cut after 而: a blank opening on the rest of a conjunction or on a pointer is a fragment. */
  private static final Pattern FRAGMENT_OPENER = Pattern.compile("且|这个|这些|这种|这一|那个|该|此|其");

  /** “一国两制”方针: the kind of thing a formula is (方针, 政策, 构想), which other kinds fit as well (blind read T). */
  private static final Pattern KIND_OF_PLAN = Pattern.compile("方针|政策|构想|方略|设想");

  /** 归结起来, 总的来说: how the sentence goes on, not what it says. */
  private static final Pattern CONNECTIVE = Pattern.compile("归结起来|概括起来|总的来说|总而言之|具体来说|简而言之|由此可见");

  /** A count or kind alone (一年, 一种) or a kind described (一种脱胎换骨). */
  private static final Pattern KIND = Pattern.compile("一年|之年|一项|一种|一个|一页|一幕|一章|(?:一种|一个|一项|一场)\\p{IsHan}{2,}");

  /**
   * A thing rated and named by its kind only (一支重要力量, 一件了不起的大事, 根本大计, 指导性文件, 我们的主要经验): many
   * things fit the gap, and the point stays in the stem (14 of 18 such blanks were refused in the blind reads; the
   * printed ones were superlatives, a metaphor like 法宝, or a guarantee, which are kept).
   */
  private static final Pattern RATED_KIND = Pattern.compile("^(?:(?:一(?:支|件|个|项|种|条|场|次|大)|重要|重大|伟大|根本|基本|主要"
      + "|首要|了不起|巨大|必然|指导性|长期|艰巨|光荣|神圣|宝贵|历史性|战略性?|全局性|新的|崭新|相当长时期|我们|我国|强大|坚强|可靠|有力"
      + "|显著|突出|深刻|良好|有利|关键|核心|严重)的?)+(?:力量|大事|大计|文件|任务|经验|创造|课题|条件|趋势|促进|问题|工作|举措|成就|作用"
      + "|意义|标志|途径|内容|方面|前提|基础|环节|因素|手段|原则|目标|要求|选择|方向|事业|使命|责任|职责|支撑|动力|源泉|特征"
      + "|优势|成果|体现|表现|步骤|措施|部分|核心|平台|载体|窗口|纽带|桥梁|依托|实践|制约因素)$");

  /** 最难得的就是…: a superlative alone rates what follows; the thing rated is the content (read AA). */
  private static final Pattern BARE_SUPERLATIVE = Pattern.compile("^最[\\p{IsHan}]{1,2}的?$"
      // 最美的天使, 最可爱的人: praise, not a fact (read BB); 最根本的问题 stays a question.
      + "|^最(?:美|可爱|亮丽|动人|闪亮|耀眼|光荣)的[\\p{IsHan}]{1,4}$");

  /**
   * 组成部分, 建立和发展, 每一个党员 (blind read EE): what the blank holds is the kind of part, a pair of
   * verbs any stem takes, or a quantifier over its subject; the thing to learn stays in the stem.
   */
  private static final Pattern HOLLOW = Pattern.compile("^(?:有机)?(?:组成部分|一部分|表现|体现|产物)$"
      + "|^(?:建立|巩固|坚持|完善|发展|加强|改善|改进|提高|推进|深化|健全)和(?:发展|完善|加强|改善|改进|提高|巩固|推进|深化|健全)$"
      + "|^(?:每一?个|每一位|每一名|所有|一切|任何)[\\p{IsHan}]{1,4}$"
      // 创造性工程之一, 特点和需要: one of a kind the stem rates, a pair of generic nouns.
      + "|^[\\p{IsHan}]{2,8}之一$|^(?:特点|需要|要求|特征|规律|实际|情况)和(?:需要|要求|特点|规律|实际|特征)$"
      // 《纲要（草案）》: a document named by its kind alone (read FF); which one, the stem never says.
      + "|^(?:纲要|规划|决定|意见|方案|条例|办法|通知|报告|建议|决议)(?:（草案）)?$"
      // 指导思想的新发展, 变化进行调整 (read GG): a new stage of whatever the stem names; a verb phrase.
      + "|^新(?:发展|飞跃|突破|成就|成果|进展|境界|高度|篇章|贡献)$|^[\\p{IsHan}]{0,6}进行[\\p{IsHan}]{1,4}$"
      // 我们坚定不移的目标 (reads HH and II), 新的阶段 (read II): whose goal, which stage, the stem says.
      + "|^我们[\\p{IsHan}]{0,6}的(?:目标|任务|方针|立场|原则|追求)$|^新的?(?:阶段|时期|征程|起点|水平|台阶|局面)$");

  static boolean isWeakBlank(String answer) {
    String a = answer.strip();
    // 是一种脱胎换骨: a kind of thing described, not a term; 是至关重要的, 是有深远战略意义的: an evaluation.
    return DESCRIBED_THING.matcher(a).matches() || EVALUATION.matcher(a).matches() || KIND.matcher(a).matches()
        || VALUED_AS.matcher(a).matches() || HANDLED.matcher(a).find() || FRAGMENT_OPENER.matcher(a).lookingAt()
        || CONNECTIVE.matcher(a).matches() || KIND_OF_PLAN.matcher(a).matches() || RATED_KIND.matcher(a).matches() || BARE_SUPERLATIVE.matcher(a).matches()
        || EVALUATIVE.contains(a) || STOCK.contains(a) || GENERIC_DEEDS.matcher(a).matches() || GENERIC_ROLE.matcher(a).matches() || HOLLOW.matcher(a).matches()
        || a.length() <= 6 && EVALUATIVE.stream().anyMatch(e -> e.length() >= 2 && a.endsWith("的" + e));
  }

  /**
   * Names every text of the field repeats (以习近平新时代中国特色社会主义思想为指导): a student fills them in
   * from habit, so the blank tests nothing the text taught.
   */
  private static final Set<String> STOCK = Set.of("习近平新时代中国特色社会主义思想", "新时代中国特色社会主义思想",
      "中国特色社会主义", "改革开放和社会主义现代化建设", "中国", "以习近平同志为核心的党中央", "党中央", "中华民族伟大复兴", "新中国", "人民", "中国共产党",
      // ____是统一的多民族国家 (blind read JJ): the country speaking is no fact about it.
      "我国", "我们", "全党");

  /** What was done, named by its kind only (采取的举措, 取得的成绩): any deed fits the gap. */
  private static final Pattern GENERIC_DEEDS = Pattern.compile(
      "[^的]{1,4}的(?:举措|措施|工作|做法|办法|成绩|成就|成效|经验|努力)|一(?:种|个|项|条)重要\\p{IsHan}{1,3}"
          // 重要原则, 必然要求: 根本原则 and 内在要求 fit the gap as well.
          + "|(?:[^，。的]{0,10}的)?(?:重要(?:原则|途径|方式|保障|支撑|举措|任务)|必然要求)"
          // 关键时期, 根本所在, 历史过程, 庄严历史责任: what kind of thing, not which.
          + "|(?:[^，。的]{0,12}的)?(?:关键时期|重要时期|历史过程|根本所在|关键所在|(?:根本|共同)?利益所在|希望所在|(?:统一|有机)的?整体|(?:庄严|重大)?历史责任|重大责任)");

  /** The head word of a term (倡议 of 全球发展倡议): its last segmented word of two or more characters. */
  static String head(String answer) {
    String a = answer.replaceAll("[“”\"《》]", "");
    if (a.length() < 3) {
      return "";
    }
    List<Token> tokens = Segmenter.segment(a);
    if (tokens.size() < 2) {
      return "";
    }
    String last = tokens.get(tokens.size() - 1).word();
    return last.length() >= 2 && last.length() < a.length() ? last : "";
  }

  /** The prefix all list elements share (讲 of 讲品位、讲格调、讲责任), or empty. */
  static String sharedPrefix(List<String> elements) {
    String p = org.kaodian.text.Affixes.commonPrefix(elements);
    return elements.size() >= 2 && p.length() < elements.get(0).length() ? p : "";
  }

  /** The suffix all list elements share (倡议 of 全球发展倡议、全球安全倡议), or empty. */
  static String sharedSuffix(List<String> elements) {
    String s = org.kaodian.text.Affixes.commonSuffix(elements);
    return elements.size() >= 2 && s.length() < elements.get(0).length() ? s : "";
  }

  /** How many parallel parts an answer has (永久睦邻友好、互利合作共赢 has two). */
  static int parts(String answer) {
    return answer.split("[、，]").length;
  }

  /**
   * Whether the candidate says the answer in other words: the two differ only in an evaluative
   * modifier (根本要求 / 必然要求), name one body (中共中央 / 中国共产党), or one abbreviates the other.
   */
  static boolean sameFactInOtherWords(String answer, String candidate) {
    String a = answer.replaceAll("[“”\"]", "");
    String c = candidate.replaceAll("[“”\"]", "");
    for (Set<String> body : SAME_BODY) {
      if (body.contains(a) && body.contains(c)) {
        return true;
      }
    }
    int pre = 0;
    while (pre < a.length() && pre < c.length() && a.charAt(pre) == c.charAt(pre)) {
      pre++;
    }
    int suf = 0;
    while (suf < a.length() - pre && suf < c.length() - pre
        && a.charAt(a.length() - 1 - suf) == c.charAt(c.length() - 1 - suf)) {
      suf++;
    }
    // The differing part may share a character with the rest (根本要求 / 基本要求 share 本): try shorter edges.
    for (int p = pre; p >= 0; p--) {
      for (int q = suf; q >= 0; q--) {
        if (p + q == 0) {
          continue;
        }
        String pa = a.substring(p, a.length() - q);
        String pc = c.substring(p, c.length() - q);
        if (!pa.isEmpty() && !pc.isEmpty() && EVALUATIVE.contains(pa) && EVALUATIVE.contains(pc)) {
          return true;
        }
      }
    }
    String da = a.substring(pre, a.length() - suf);
    String dc = c.substring(pre, c.length() - suf);
    if (pre + suf > 0 && !da.isEmpty() && !dc.isEmpty() && Segmenter.synonyms(da, dc)) {
      return true;
    }
    return c.length() >= 2 && a.length() >= 2 && (subsequence(c, a) || subsequence(a, c))
        // An abbreviation keeps at most two thirds (全国人大 of 全国人民代表大会), not 全球安全倡议 of 全球数据安全倡议.
        && Math.min(a.length(), c.length()) * 3 <= Math.max(a.length(), c.length()) * 2
        && Math.min(a.length(), c.length()) * 2 >= Math.max(a.length(), c.length()) - 1 && c.charAt(0) == a.charAt(0)
        && !a.matches(".*\\d.*");
  }

  /** Whether every character of {@code shorter} occurs in {@code longer} in order (全国人大 in 全国人民代表大会). */
  private static boolean subsequence(String shorter, String longer) {
    if (shorter.length() >= longer.length()) {
      return false;
    }
    int k = 0;
    for (int i = 0; i < longer.length() && k < shorter.length(); i++) {
      if (longer.charAt(i) == shorter.charAt(k)) {
        k++;
      }
    }
    return k == shorter.length();
  }

  /**
   * The bound a wrong figure must keep to when the sentence states a range: in 从（　　）提高到65.2% the
   * start is below 65.2%, in 从58%提高到（　　） the end is above 58%. Null when there is no range.
   */
  private static final Pattern AT_LEAST = Pattern.compile("(?:超过|突破|高于|多于|不低于|不少于)$");
  private static final Pattern AT_MOST = Pattern.compile("(?:低于|少于|不超过|不高于)$");

  static Bound bound(String sentence, String answer) {
    int at = sentence.indexOf(answer);
    if (at < 0) {
      return null;
    }
    String before = sentence.substring(Math.max(0, at - 16), at);
    String after = sentence.substring(at + answer.length(), Math.min(sentence.length(), at + answer.length() + 20));
    if (before.endsWith("从") || before.endsWith("由")) {
      Matcher m = FROM_ANSWER_TO.matcher(after);
      if (m.find()) {
        boolean up = UP.matcher(m.group(1)).matches();
        return new Bound(new BigDecimal(m.group(3)), !up, m.group(1) + m.group(2) + m.group(3));
      }
    }
    Matcher m = FROM_X_TO_ANSWER.matcher(before);
    if (m.find()) {
      boolean down = DOWN.matcher(m.group(2)).matches();
      return new Bound(new BigDecimal(m.group(1)), !down, "从" + m.group(1) + m.group(2) + m.group(3));
    }
    // 超过4%: 超过3.5% is true as well, so a wrong figure lies beyond the bound the sentence states.
    Matcher lower = AT_LEAST.matcher(before);
    if (lower.find() && NumberForms.value(answer) != null) {
      return new Bound(NumberForms.value(answer), true, lower.group() + "…");
    }
    Matcher upper = AT_MOST.matcher(before);
    if (upper.find() && NumberForms.value(answer) != null) {
      return new Bound(NumberForms.value(answer), false, upper.group() + "…");
    }
    // 下降3.4%以上: 下降3.1%以上 follows from it, so a wrong figure lies above a floor (以上) and below a ceiling (以下, 以内).
    boolean floor = answer.endsWith("以上") || after.startsWith("以上");
    boolean ceiling = answer.endsWith("以下") || answer.endsWith("以内") || after.startsWith("以下") || after.startsWith("以内");
    if ((floor || ceiling) && NumberForms.value(answer) != null) {
      return new Bound(NumberForms.value(answer), floor, floor ? "…以上" : "…以下");
    }
    // The upper end of a span (1至2项, 3-5年): a wrong figure stays above its lower end, never 1至1项.
    Matcher span = SPAN_TO_ANSWER.matcher(before);
    if (span.find()) {
      return new Bound(new BigDecimal(span.group(1)), true, span.group() + "…");
    }
    return null;
  }

  /**
   * A limit on wrong figures.
   *
   * @param limit the other end of the range
   * @param above true when a wrong figure must be above the limit, false when below
   * @param phrase the words of the range, for the reason
   */
  record Bound(BigDecimal limit, boolean above, String phrase) {
    boolean admits(String figure) {
      BigDecimal v = NumberForms.value(figure);
      return v != null && (above ? v.compareTo(limit) > 0 : v.compareTo(limit) < 0);
    }
  }
}
