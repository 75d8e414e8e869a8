package org.kaodian.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kaodian.text.Token;

/** Finds what something is or what role it plays: X本身就是Y, 所谓X, X是指Y, X是…的核心要素. */
public final class DefinitionStatementDetector implements StatementDetector {
  /** Which side of the definition is the first blank. */
  private enum Blank {
    /** X, the defined term. */
    SUBJECT,
    /** What X is, when it is short enough to blank; X otherwise. */
    SHORT_PREDICATE,
    /** What X is, always: the subject is a clause or a role (党面临的主要任务是…). */
    PREDICATE
  }

  /**
   * @param blank which side is the first blank
   * @param clauseSubject the subject is a clause or a list of clauses (坚定不移跟党走，为党和人民奋斗，是…), not a noun phrase
   */
  private record Rule(String name, double strength, Pattern pattern, Blank blank, boolean clauseSubject) {
    Rule(String name, double strength, Pattern pattern, boolean blankPredicate) {
      this(name, strength, pattern, blankPredicate ? Blank.SHORT_PREDICATE : Blank.SUBJECT, false);
    }

    /**
     * The copula the rule's subject runs up to, which must then stand in the clause the subject opens
     * (no ，。；：“”！？ between); null for rules whose subject spans a comma. Most clauses have none,
     * and trying every rule's lazy subject on them was the detector's cost.
     */
    String cue() {
      return CUES.get(name);
    }
  }

  private static final java.util.Map<String, String> CUES = java.util.Map.ofEntries(
      java.util.Map.entry("X本身就是Y", "本身就是"), java.util.Map.entry("所谓X，就是Y", "所谓"),
      java.util.Map.entry("X是指Y", "是指"), java.util.Map.entry("X是…的ROLE", "是"),
      java.util.Map.entry("X的特点是Y", "是"), java.util.Map.entry("X是A、B、C", "是"),
      java.util.Map.entry("X是…之本", "是"), java.util.Map.entry("X就是Y", "就是"), java.util.Map.entry("X是Y", "是"),
      java.util.Map.entry("X是…的（断言）", "是"), java.util.Map.entry("X是…的HEAD", "是"));

  /** Role nouns that make "X是…的ROLE" a statement of what X is for. */
  public static final String ROLES =
      "核心要素|主阵地|关键一年|开局之年|重要组成部分|必然要求|应有之义|本质要求|本质特征|根本保证|根本动力|根本目的|根本宗旨"
          + "|重要保障|制度保障|重要方面|有力举措|重要引擎|重要支撑|第一动力|第一资源|第一生产力|第一要务|首要任务|最大优势"
          + "|重要内容|重要标志|重要途径|关键所在|重要基础|坚实基础|根本基础|核心|灵魂|生命线|压舱石|重中之重|总基调|着力点"
          + "|主攻方向|大局和基础|方向和动力|根本遵循|行动指南|指导思想|重要法宝|根本路径|必由之路|关键|基石|底色|主线|根本"
          + "|总抓手|重要抓手|基本盘|重要任务|中心任务|战略任务|新形态|新动能|新引擎|硬道理|生命力|内在要求|重要特征|显著优势|最大政治优势"
          + "|根本任务|根本原则|根本制度|基本制度|重要制度|根本政治制度|基本政治制度|基本经济制度|领导核心|主心骨|定海神针|最高政治原则";

  private static final Pattern DAY_DATE = Pattern.compile("(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日");
  private static final String SUBJECT = "([^，。；：“”！？]{1,24}?)";
  /** A role noun is evidence enough for a subject of two parallel parts (建设…法治体系、建设…法治国家是…). */
  private static final String LONG_SUBJECT = "([^，。；：“”！？]{1,34}?)";
  private static final List<Rule> RULES = List.of(
      new Rule("X本身就是Y", 0.9, Pattern.compile(SUBJECT + "本身就是([^，。；]{2,24})"), true),
      new Rule("所谓X，就是Y", 0.9, Pattern.compile("所谓“?([^，。；”]{2,16})”?，(?:就是|是指|指的是)([^。；]{2,40})"), true),
      new Rule("X是指Y", 0.85, Pattern.compile(SUBJECT + "是指([^。；]{2,40})"), true),
      new Rule("X，就其要义来讲，是Y", 0.9, Pattern.compile(SUBJECT + "，就其要义来讲，是([^。；]{2,40})"), true),
      new Rule("X是…的ROLE", 0.85,
          Pattern.compile(LONG_SUBJECT + "(?:都|也|始终|就|则|正|必须|应当)?是([^。；！？]{0,40}?(?:的|之)?" + GuardedPattern.guarded(ROLES) + ")(?=[，。；、！]|$)"), false),
      new Rule("X既是Y，也是Z", 0.8, Pattern.compile(SUBJECT + "，?既是([^，。；]{2,16})[，,]?也是[^，。；]{2,16}(?=[，。；]|$)"), true),
      new Rule("X的特点是Y", 0.78, Pattern.compile("([^，。；：“”！？]{1,24}?的(?:鲜明|根本|主要|首要|核心|基本|本质|最大|突出|显著|重要|总)?(?:特点|特征|本质|精髓|要义|目的|宗旨|任务|主题|灵魂|优势|原则|方针|目标|使命|初心|标志|关键|焦点|实质|要害|重点|难点|症结))是[，,]?([^，。；]{2,30})"), Blank.PREDICATE, true),
      new Rule("……，是Y", 0.72, Pattern.compile("([^。；：“”！？]{4,50}?)，是(?!否)([^，。；！？]{2,30})(?=[。！]|$)"), Blank.PREDICATE, true),
      new Rule("把X作为ROLE", 0.75, Pattern.compile("[^，。；]{0,10}?把([^，。；]{2,24}?)作为([^，。；]{0,16}(?:" + ROLES + "|重要任务|中心任务|重大任务|头等大事|战略任务|政治任务))"), true),
      new Rule("X是A、B、C", 0.74, Pattern.compile(SUBJECT + "(?:就|都|也)?是((?:[^，。；、“”]{2,8}[、，]){2,7}[^，。；、“”]{2,8})(?=[。；！]|$)"), true),
      // 就业是民生之基、财富之源: a classical root noun (之本, 之魂) says what X is, as a role noun does.
      new Rule("X是…之本", 0.8, Pattern.compile(SUBJECT + "(?:都|也|始终|就|则|正|仍然|依然)?是(?:[^，。；！？]{0,12}的)?"
          + "((?:[^，。；！？、的]{1,6}之[基源本魂根要道策举义责][、和]?)+)(?=[，。；！]|$)"), Blank.PREDICATE, false),
      // 就是在…的 / 就是要… stress a verb phrase (红一方面军就是在…基础上形成的): no X is defined there.
      new Rule("X就是Y", 0.72, Pattern.compile(SUBJECT + "就是(?![在从要把对为让使])([^，。；！？]{2,24})(?=[，。；！]|$)"), Blank.SHORT_PREDICATE, true),
      new Rule("X是Y", 0.74, Pattern.compile(SUBJECT + "(?:都|也|始终|就|则|正|仍然|依然|本质上|从根本上说|必须|应当)?是([^，。；！？“”]{2,30}的[^，。；！？、的]{1,8})(?=[，。；！]|$)"), true),
      new Rule("X是…的（断言）", 0.55, Pattern.compile(SUBJECT + "(?:都|也|始终|就|则|正|仍然|依然)?是(?![在从由对])([^，。；！？]{2,30}的)(?=[。！]|$)"), true),
      new Rule("X是…的HEAD", 0.6, Pattern.compile(SUBJECT + "(?:都|也|始终|就|则|正|仍然|依然)?是([^，。；！？]{2,40}的[^，。；！？、的]{2,6})(?=[，。；！]|$)"), false));

  private static final Pattern BAD_SUBJECT = Pattern.compile(
      "^(?:这|那|此|该|其|它|但|而|今天|明天|昨天|去年|明年|当前|现在|目前|我们|我(?![国党军])|你|他|她|他们|她们|你们|大家|谁|什么)"
          // 党总是…, 还是, 但是, 于是: an adverb or a conjunction that ends on 是 leaves no subject (blind read Z).
          + "|(?:不|也|都|就|还|正|只|才|既|又|而|要|应|会|能|总|但|于|或|可|若|凡|必须|并不|不仅|就像|会议|大会)$");

  /** 绘就了团结就是力量的…: a verb with its 了 tells what was done, and what follows it is no subject (read BB). */
  private static final Pattern NARRATED = Pattern.compile("(?<![为除])了(?![解不却])");

  /** 目的是…, 很重要的一条就是…: a clause about a purpose or one point among several defines no thing. */
  private static final Pattern GENERIC_SUBJECT = Pattern.compile("(?:一条|一点)$|^(?:目的|原因|意义|用意)$");

  private static final PhraseTest ANY_ROLE = PhraseTest.of(ROLES);
  private static final PhraseTest CUE = PhraseTest.of("是|所谓|作为");

  private static final Pattern CIRCUMSTANCE = Pattern.compile("^在[^，。；]*的$");
  private static final Pattern EMPHATIC = Pattern.compile("正是[^。；]{2,40}，[^。；]{0,40}才");

  /** A clause closed by its own 是…的 (胜利是来之不易的), not a copula inside a word (实事求是, 但是, 就是). */
  private static final Pattern OWN_COPULA = Pattern.compile("(?<![实但于就总还正凡只可更也都而不便乃才即像，])是(?![否非])[^，]*的$");

  @Override
  public List<Detection> detect(AnalyzedSentence s) {
    String text = s.text();
    List<Detection> out = new ArrayList<>();
    if (!CUE.in(text)) {
      return out;
    }
    boolean hasRole = ANY_ROLE.in(text);
    // Subjects start a clause, so the patterns are tried only at clause starts, not at every offset.
    List<Integer> starts = new ArrayList<>();
    starts.add(s.content());
    for (int i = s.content(); i < text.length(); i++) {
      if ("，；：“”".indexOf(text.charAt(i)) >= 0 && i + 1 < text.length()) {
        starts.add(i + 1);
      }
    }
    for (Rule rule : RULES) {
      if (rule.name().equals("X是…的ROLE") && !hasRole) {
        continue;
      }
      Matcher m = rule.pattern().matcher(text);
      String cue = rule.cue();
      for (int start : starts) {
        if (cue != null && !inClause(text, start, cue)) {
          continue;
        }
        m.region(start, text.length());
        if (!m.lookingAt()) {
          continue;
        }
        if (m.groupCount() >= 2 && m.group(2) != null && m.group(2).startsWith("否")) {
          // 投资是否有合理的回报: 是否 asks whether; no copula (blind read LL).
          continue;
        }
        if (m.group().contains("正是") && EMPHATIC.matcher(text).find()) {
          // 党正是集中了人民的意志，…，才把…引上康庄大道: stress on a cause, not a definition (blind read EE).
          continue;
        }
        if (rule.name().equals("……，是Y") && (DAY_DATE.matcher(m.group(1).strip()).matches()
            || OWN_COPULA.matcher(m.group(1)).find() || CIRCUMSTANCE.matcher(m.group(2)).matches())) {
          // 6月23日，是…的第7天: a day of a narrative, with no subject that the predicate defines; 胜利是来之不易的，
          // 是…取得的: a second predicate of the first clause's subject, not a definition of that clause; 是在…形势下
          // 进行的 says when, not what (read EE); 是在…条件下进行的一场现代化战争 still says what.
          continue;
        }
        String subject = trimSubject(m.group(1), s.lexicon());
        int subjectStart = m.end(1) - subject.length();
        boolean roleYear = rule.name().equals("X是…的ROLE") && subject.matches("今年|明年|去年|\\d{4}年");
        if (subject.isEmpty() || (!roleYear && !rule.clauseSubject() && BAD_SUBJECT.matcher(subject).find())
            || GENERIC_SUBJECT.matcher(subject).find() || NARRATED.matcher(subject).find()) {
          continue;
        }
        if (!roleYear && !rule.clauseSubject() && !looksLikeTerm(subject, s)) {
          continue;
        }
        String predicate = trimPredicate(m.group(2));
        List<AnswerSpan> answers = new ArrayList<>();
        AnswerSpan subj = new AnswerSpan(subject, termType(subject, s.lexicon()), subjectStart, subjectStart + subject.length());
        AnswerSpan pred = predicate.isEmpty() ? null : AnswerSpan.find(text, predicate, termType(predicate, s.lexicon()), m.start(2));
        boolean predicateFirst = pred != null && (rule.blank() == Blank.PREDICATE
            || rule.blank() == Blank.SHORT_PREDICATE && predicate.length() <= 12);
        if (roleYear) {
          if (pred != null) {
            answers.add(pred);
          }
        } else if (predicateFirst) {
          answers.add(pred);
          answers.add(subj);
        } else {
          answers.add(subj);
          if (pred != null && predicate.length() <= 12) {
            answers.add(pred);
          }
        }
        if (!answers.isEmpty()) {
          double strength = rule.strength() + (s.lexicon().contains(subject) ? 0.05 : 0);
          out.add(new Detection(StatementKind.DEFINITION, Math.min(1, strength), "definition: " + rule.name(), answers));
        }
        break;
      }
    }
    return out;
  }

  /** Whether {@code cue} stands in the clause that opens at {@code start} (no ，。；：“”！？ before it). */
  private static boolean inClause(String text, int start, String cue) {
    int at = text.indexOf(cue, start);
    if (at < 0) {
      return false;
    }
    for (int i = start; i < at; i++) {
      if ("，。；：“”！？".indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** A discourse marker before the subject (总的来看，X是…): not part of what is defined. */
  private static final Pattern DISCOURSE_MARKER = Pattern.compile("^(?:而|但|因此|所以|同时|特别是|尤其是|可以说|应当说|实践证明|事实证明|历史证明|归根结底|归根到底|说到底|总的来看|总的来说|总体上看|从本质上说|从本质上讲|本质上|从根本上说|必须牢记|要牢记|牢记|深刻认识到|进一步认识到|我们深刻认识到|认识到)[，,]?"
      // 明确新时代我国社会主要矛盾是…, 党明确我国社会的主要矛盾是…: who made it clear is no part of what (blind read Z).
      + "|^[^，。；]{0,4}?(?:明确|认为|指出|强调|阐明|揭示|确认)(?=[^，。；]{4,})");

  private static final Pattern GOVERNED_SHORT_SUBJECT = Pattern.compile("^(?:必须|要)?坚持(\\p{IsHan}{2,4})$");

  /** The subject is the noun phrase that ends the clause before 是; drop leading clause words. */
  private static String trimSubject(String raw, Lexicon lexicon) {
    String s = raw.strip();
    s = DISCOURSE_MARKER.matcher(s).replaceFirst("");
    // 坚持科技是第一生产力、人才是第一资源: 坚持 governs the whole clause, and the subject of 是 is 科技 alone.
    var governed = GOVERNED_SHORT_SUBJECT.matcher(s);
    return governed.matches() ? governed.group(1) : s;
  }

  /** Head nouns that say only what kind of thing the content is: the content before them is the blank. */
  private static final Pattern GENERIC_HEAD = Pattern.compile("^(?:标志|开端|开始|起点|象征|体现|结果|产物|定位|地位|作用|方向|表现|重要体现|集中体现|鲜明标志)$");

  /** The predicate worth blanking: the role noun, or the defined content up to a qualifier. */
  private static String trimPredicate(String raw) {
    String p = raw.strip();
    int de = p.lastIndexOf('的');
    if (de >= 0 && p.length() - de - 1 >= 2 && p.length() > 12) {
      String head = p.substring(de + 1);
      if (GENERIC_HEAD.matcher(head).matches() && de >= 2) {
        String before = p.substring(0, de);
        int cut = Math.max(before.lastIndexOf('，'), before.lastIndexOf('、') < 0 ? -1 : -1);
        before = before.substring(cut + 1);
        return before.length() <= 16 ? before : before.substring(before.length() - 16);
      }
      return head;
    }
    return p;
  }

  private static final Pattern SAYING = Pattern.compile("指出|强调|表示|认为|提出|说");

  /** A subject is a term when it is in the lexicon or ends in a noun and holds no verb of saying. */
  private static boolean looksLikeTerm(String subject, AnalyzedSentence s) {
    if (s.lexicon().contains(subject)) {
      return true;
    }
    if (subject.length() > 20 || SAYING.matcher(subject).find()) {
      return false;
    }
    List<Token> tokens = org.kaodian.text.Segmenter.segment(subject);
    if (tokens.isEmpty()) {
      return false;
    }
    Token last = tokens.get(tokens.size() - 1);
    return last.isNoun() || last.isVerb() && subject.length() >= 4 && tokens.size() <= 3;
  }

  static AnswerType termType(String text, Lexicon lexicon) {
    Lexicon.Category c = lexicon.category(text);
    if (c == Lexicon.Category.FORMULA || c == Lexicon.Category.PROGRAMME || c == Lexicon.Category.LIST
        || Lexicon.isNumberedFormula(text)) {
      return AnswerType.FORMULA;
    }
    List<Token> tokens = org.kaodian.text.Segmenter.segment(text);
    if (tokens.size() == 1) {
      Token t = tokens.get(0);
      if (t.isPerson()) {
        return AnswerType.PERSON;
      }
      if (t.isPlace()) {
        return AnswerType.PLACE;
      }
      if (t.isOrganization()) {
        return AnswerType.ORGANIZATION;
      }
    }
    return AnswerType.TERM;
  }
}
