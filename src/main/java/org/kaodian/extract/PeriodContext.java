package org.kaodian.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kaodian.ingest.Document;

/**
 * Keeps a figure with its year or period: a statement of a figure is only true of a time, so one
 * without it takes the period of the sentence before, and 今年/去年 get the document's year.
 */
final class PeriodContext {
  private static final PhraseTest PERIOD = PhraseTest.of(
      "(?:1[89]|20)\\d\\d年|[一二][〇零九八][〇零一二三四五六七八九]{2}年|今年|去年|明年|全年|上年|过去一年|过去五年|五年来|这五年|五年累计|五年间|十年来|近年来|近\\d+年|近[一二三四五六七八九十]年"
          + "|“十[一二三四五六]五”|十[一二三四五六]五(?:时期|期间|以来)|[一二三四]季度|上半年|前三季度|年底|年末|同比|新时代以来|党的十八大以来|改革开放以来|以来");
  /** A year written out (2024年) in a sentence: it needs no year added. */
  private static final Pattern WRITTEN_YEAR = Pattern.compile("(?:1[89]|20)\\d\\d年");
  private static final Pattern LEAD_PERIOD = Pattern.compile(
      "^(?:到)?(?:(?:1[89]|20)\\d\\d年|过去一年|过去五年|五年来|这五年|五年累计|五年间|十年来|今年|去年|全年|新时代十年)");
  private static final Pattern DOC_DATE = Pattern.compile("((?:19|20)\\d\\d)年\\d{1,2}月\\d{1,2}日|((?:19|20)\\d\\d)年");
  private static final Pattern RELATIVE = Pattern.compile("今年|去年|过去一年|明年|过去五年|五年来|这五年|五年累计|五年间");

  /** A section heading's year: 一、2024年工作回顾 dates the 全年 and 比上年 of the section under it. */
  private static final Pattern SECTION_YEAR = Pattern.compile("^[一二三四五六七八九十]{1,3}、[^。]{0,12}?((?:19|20)\\d\\d)年");
  private static final Pattern SECTION_RELATIVE = Pattern.compile("全年|比上年|上年");

  private final Integer documentYear;
  /** A 政府工作报告 reviews the five years before its own: 五年来 there is a known span. */
  private final boolean annualReport;
  private Integer sectionYear;
  private String lastPeriod = "";
  private int lastParagraph = -1;

  PeriodContext(Document doc) {
    this.documentYear = yearOf(doc);
    this.annualReport = doc.title().contains("政府工作报告");
  }

  /**
   * The document's year: from a date near its top or its title; else, in a report, from its numbered
   * sections (一、2006年工作回顾 reviews the year before the report's, 二、2007年工作总体部署 plans its own);
   * else from a year in a short line near its top; or null.
   */
  static Integer yearOf(Document doc) {
    Integer nearTop = null;
    int n = 0;
    for (var p : doc.paragraphs()) {
      if (n++ > 6) {
        break;
      }
      Matcher m = DOC_DATE.matcher(p.text());
      if (!m.find() || SECTION_YEAR.matcher(p.text().strip()).find()) {
        continue;
      }
      if (m.group(1) != null && (p.heading() || p.text().length() < 80)) {
        return Integer.parseInt(m.group(1));
      }
      // A bare year (总结2019年经济工作) may be the year the text is about rather than its own
      // (2007年，国内生产总值… in the 2008 report): it counts only when nothing better dates the text.
      if (nearTop == null && (p.heading() || p.text().length() < 80)) {
        nearTop = Integer.parseInt(m.group(2));
      }
    }
    Matcher t = DOC_DATE.matcher(doc.title());
    if (t.find()) {
      return Integer.parseInt(t.group(1) != null ? t.group(1) : t.group(2));
    }
    for (var p : doc.paragraphs()) {
      Matcher section = SECTION_YEAR.matcher(p.text().strip());
      if (section.find() && p.text().length() <= 30) {
        int year = Integer.parseInt(section.group(1));
        if (REVIEW.matcher(p.text()).find()) {
          return year + 1;
        }
        if (PLAN.matcher(p.text()).find()) {
          return year;
        }
      }
    }
    return nearTop;
  }

  private static final Pattern REVIEW = Pattern.compile("年(?:工作)?回顾");
  private static final Pattern PLAN = Pattern.compile("年(?:的)?(?:工作|经济社会发展)?(?:总体部署|总体要求|主要任务|工作任务|目标任务|重点工作|政府工作任务)");

  /** Remembers the period a sentence opens with, for the figures of the sentences after it. */
  void saw(int paragraph, String text) {
    if (paragraph != lastParagraph) {
      lastParagraph = paragraph;
      lastPeriod = "";
    }
    Matcher m = LEAD_PERIOD.matcher(text);
    if (m.find()) {
      lastPeriod = m.group();
    }
  }

  /** Remembers the year a numbered section heading names, for the sentences of that section. */
  void sawHeading(String heading) {
    Matcher m = SECTION_YEAR.matcher(heading.strip());
    sectionYear = m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /**
   * 全年 → 全年（2024年）, or the section's year in front of a 比上年 sentence, where a section heading
   * gave the year and the sentence has none of its own; else empty.
   */
  Optional<String> inSection(String text) {
    if (sectionYear == null || WRITTEN_YEAR.matcher(text).find()) {
      return Optional.empty();
    }
    Matcher m = SECTION_RELATIVE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    if (m.group().equals("全年")) {
      return Optional.of(text.substring(0, m.end()) + "（" + sectionYear + "年）" + text.substring(m.end()));
    }
    return Optional.of(sectionYear + "年，" + text);
  }

  /** A year a figure is compared with (比2020年下降13.5%): the base, not the time the figure is of. */
  private static final Pattern COMPARISON_BASE = Pattern.compile("(?:比|较)(?:(?:19|20)\\d\\d年|上年)");

  static boolean hasPeriod(String text) {
    return PERIOD.in(COMPARISON_BASE.matcher(text).replaceAll(""));
  }

  /** The period to put in front of a figure's sentence that has none, if the paragraph gave one. */
  Optional<String> carried() {
    if (lastPeriod.isEmpty()) {
      return sectionYear == null ? Optional.empty() : Optional.of(sectionYear + "年");
    }
    // 五年来 carried into the next sentence needs its years as much as where it was written.
    return Optional.of(resolve(lastPeriod).map(n -> n.into(lastPeriod)).orElse(lastPeriod));
  }

  /**
   * The year written beside a relative one: {@code （2024年）} at offset {@code at}.
   *
   * @param at where the note goes (just after 今年, 去年 …)
   * @param note the bracketed year
   */
  record YearNote(int at, String note) {
    String into(String text) {
      return text.substring(0, at) + note + text.substring(at);
    }

    int end() {
      return at + note.length();
    }
  }

  /** 今年 → 今年（2024年）, 去年 → 去年（2023年), where the document's year is known; else empty. */
  Optional<YearNote> resolve(String text) {
    if (documentYear == null || WRITTEN_YEAR.matcher(text).find()) {
      return Optional.empty();
    }
    Matcher m = RELATIVE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    if (m.group().contains("五年")) {
      // The report of 2018 looks back on 2013—2017; elsewhere which five years is not sure.
      return annualReport ? Optional.of(new YearNote(m.end(), "（" + (documentYear - 5) + "—" + (documentYear - 1) + "年）"))
          : Optional.empty();
    }
    int year = switch (m.group()) {
      case "去年", "过去一年" -> documentYear - 1;
      case "明年" -> documentYear + 1;
      default -> documentYear;
    };
    return Optional.of(new YearNote(m.end(), "（" + year + "年）"));
  }
}
