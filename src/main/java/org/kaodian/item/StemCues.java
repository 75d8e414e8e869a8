package org.kaodian.item;

/** The limits and cue words item stems are cut and checked by, kept out of the public {@link ItemBuilder}. */
final class StemCues {
  private StemCues() {}

  /** The longest document title a blank asks for. */
  static final int LONGEST_TITLE_ASKED = 17;

  /** A clause announcing a list or sides (，遵循下列原则：, ，主要基于两方面考虑：). */
  static final java.util.regex.Pattern LIST_LEAD =
      java.util.regex.Pattern.compile("，[^，。；：]{0,12}(?:下列|以下|如下|两方面|三方面|几方面)[^，。；：]{0,8}：");

  static final java.util.regex.Pattern OPEN_TOPIC = java.util.regex.Pattern.compile("对那些|对于|针对");
  /** A comma part opening on a copula and a circumstance (，是在…关头): its complement comes later. */
  static final java.util.regex.Pattern COPULA_BEFORE_CIRCUMSTANCE = java.util.regex.Pattern.compile("(?:^|，)(?:也|都|正|就)?是(?:在|从|于|当)");
  /** What is said of a subject when it is only a quality: 是双向的, 应该是开放的. */
  static final java.util.regex.Pattern QUALITY_PREDICATE =
      java.util.regex.Pattern.compile("(?:应该|应当|必须|也|都|就|总)?是[^，。；！？的第]{1,10}的[，。；！？]");
  /** A phrase leading into a list of results (主要表现在，), after the year a sentence may have been given. */
  static final java.util.regex.Pattern LEAD_INTO_RESULTS = java.util.regex.Pattern.compile(
      "^((?:[^，。；]{0,12}年[）)]?，)?)(?:主要|具体|集中)?表现(?:在|为)[，：]");
  /** A purpose opened (，为全面建成…) and the verb that closes it (而努力奋斗). */
  static final java.util.regex.Pattern PURPOSE_OPENED = java.util.regex.Pattern.compile("(?:^|，)为");
  static final java.util.regex.Pattern PURPOSE_CLOSED = java.util.regex.Pattern.compile("而(?:努力|团结|不懈|继续)?奋斗");
  /** The number of a body's term (二十 of 二十届中央委员会). */
  static final java.util.regex.Pattern TERM_NUMBER = java.util.regex.Pattern.compile("^第?([一二三四五六七八九十]{1,3})届");
  /** A formula named by a count and its members' shared word (四早, 三严三实 is not one). */
  static final java.util.regex.Pattern NUMBERED_FORMULA = java.util.regex.Pattern.compile("[“”]?([一二两三四五六七八九十])(?:个)?([\\p{IsHan}]{1,2})[“”]?");
  /** 地 after a term that makes it an adverb (实事求是地提出), not the first character of 地区, 地位, 地方 … */
  static final java.util.regex.Pattern ADVERB_AFTER =
      java.util.regex.Pattern.compile("地(?![区方位球域震下理貌形质面图段带铁址产标道毯价税租主点名头步缘])");
  /**
   * 时期 or 期间 right after a plan's ordinal (特别是“十三五”时期，…): the plan dates the sentence; “十五五”时期是…
   * still says what the period is.
   */
  static final java.util.regex.Pattern PERIOD_AFTER = java.util.regex.Pattern.compile("”?(?:时期|期间)(?!，?(?:也|都|将|仍)?是)");
  /** 是 right after a subject, after an adverb of it or after its comma (人口问题始终是…, read EE; X，是…). */
  static final java.util.regex.Pattern COPULA_AFTER =
      java.util.regex.Pattern.compile("，?(?:始终|也|都|就|则|正|仍然|依然|历来|一直|同样)?是");
  static final java.util.regex.Pattern TOPIC_PREDICATE = java.util.regex.Pattern.compile("要|应|必须|将|坚决|一律|严肃|及时|依规|依纪|依法");
}
