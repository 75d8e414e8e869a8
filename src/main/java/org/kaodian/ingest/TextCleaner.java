package org.kaodian.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs what PDF extraction and copy-paste leave in text: broken lines, page numbers, dotted
 * table-of-contents leaders, spaces inside figures, boilerplate, full-width spaces.
 */
public final class TextCleaner {
  /** A cleaned paragraph before offsets are assigned. */
  public record Block(String text, boolean heading) {}

  private static final Pattern PAGE_NUMBER =
      Pattern.compile("(?:[-–—]\\s*)?(?:第\\s*)?\\d{1,4}(?:\\s*页)?(?:\\s*[-–—])?|\\d{1,4}\\s*/\\s*\\d{1,4}");
  private static final Pattern TOC_LEADER = Pattern.compile(".*(?:[·.．…]{4,}|[·.．…]{3,}\\s*\\d+)\\s*\\d*\\s*$");
  private static final Pattern BOILERPLATE =
      Pattern.compile("扫码看视频(?:新闻)?|扫描二维码.*|点击.*阅读原文.*|(?:责任编辑|编辑|校对|审核)\\s*[:：].{0,20}|目录|返回目录");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s*");
  private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("\\*\\*|__");
  private static final Pattern NUMBERED_HEADING =
      Pattern.compile("^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d+[.．、]|\\(\\d+\\))[^。！？]{0,40}$");
  private static final String SENTENCE_END = "。！？!?；;：:…”’」』）)》.";
  private static final String OPEN_END = "，、（(《“‘「—-";

  // A space between a figure and what belongs to it: 成立 75 周年, 1200 万人, 5 %左右, 2023 年.
  private static final Pattern SPACE_AROUND_FIGURE =
      Pattern.compile("(?<=[\\p{IsHan}\\d%％.．“”（）])[ \\t]+(?=[\\d%％])|(?<=[\\d%％])[ \\t]+(?=[\\p{IsHan}%％.．”“（）])");
  private static final Pattern SPACE_BETWEEN_HAN_AND_LATIN =
      Pattern.compile("(?<=\\p{IsHan})[ \\t]+(?=[A-Za-z])|(?<=[A-Za-z\\d])[ \\t]+(?=\\p{IsHan})");
  private static final Pattern SPACED_DASH = Pattern.compile("(?<=\\p{IsHan})\\s+[-－—]\\s+(?=\\p{IsHan})");

  /** A news dateline starts a new article even when the previous line was cut off. */
  private static final Pattern DATELINE =
      Pattern.compile("^(?:[■●◆▲★]|(?:新华社|本报|人民日报|中新社)[\\p{IsHan}]{0,12}?\\d{1,2}月\\d{1,2}日电)");

  private TextCleaner() {}

  /** Cleans raw extracted text into paragraphs; headings come back separate from body text. */
  public static List<Block> clean(String raw) {
    String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u3000', ' ').replace('\u00A0', ' ')
        .replace("\uFEFF", "").replace('\t', ' ');
    List<Block> out = new ArrayList<>();
    StringBuilder current = null;
    boolean wholeParagraphs = wholeParagraphLines(text);
    boolean gap = false;
    for (String rawLine : text.split("\n", -1)) {
      String line = normaliseLine(rawLine);
      if (line.isEmpty()) {
        gap = true;
        continue; // blank lines alone never end a paragraph: PDF page breaks leave them mid-sentence
      }
      boolean afterGap = gap;
      gap = false;
      boolean markedHeading = MARKDOWN_HEADING.matcher(rawLine.strip()).find();
      if (markedHeading) {
        line = MARKDOWN_HEADING.matcher(line).replaceFirst("").strip();
        if (line.isEmpty()) {
          continue;
        }
      }
      if (isNoise(line)) {
        gap = true; // a page number between two lines is a page break, as a blank line is
        continue;
      }
      if (current != null && !markedHeading && continues(current, wholeParagraphs && !afterGap) && !DATELINE.matcher(line).find()) {
        current.append(line);
        out.set(out.size() - 1, new Block(normaliseFigures(current.toString()), false));
        continue;
      }
      if (current == null && !out.isEmpty() && out.get(out.size() - 1).heading() && openQuote(out.get(out.size() - 1).text())
          && !markedHeading && looksLikeHeading(line)) {
        // A title broken inside a quotation: 习近平向首届“中国－拉美和加勒比 / 国家航天合作论坛”致贺信
        out.set(out.size() - 1, new Block(out.get(out.size() - 1).text() + line, true));
        continue;
      }
      // The first line of a file may be a title that looks like prose (a comma, a long dash subtitle).
      // In text of whole-paragraph lines, a first line without final punctuation is the title however long.
      boolean heading = markedHeading || looksLikeHeading(line) || out.isEmpty() && (firstLineTitle(line)
          || wholeParagraphs && SENTENCE_END.indexOf(line.charAt(line.length() - 1)) < 0 && line.length() <= 90);
      current = heading ? null : new StringBuilder(line);
      out.add(new Block(normaliseFigures(line), heading));
    }
    return out;
  }

  private static String normaliseLine(String line) {
    String s = MARKDOWN_EMPHASIS.matcher(line).replaceAll("");
    return halfWidthPunctuation(fullWidthDigits(s)).replaceAll(" {2,}", " ").strip();
  }

  /**
   * ２００１年 as 2001年 and 8．8％ as 8.8％: older reports write figures in full-width digits and points,
   * which no figure pattern reads.
   */
  static String fullWidthDigits(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean digit = c >= '０' && c <= '９';
      boolean point = c == '．' && i > 0 && i + 1 < s.length() && isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1));
      if (digit || point) {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, digit ? (char) ('0' + (c - '０')) : '.');
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c >= '０' && c <= '９';
  }

  private static final Pattern HALF_WIDTH_PUNCTUATION = Pattern.compile("(?<=[\\p{IsHan}”’）》%％])[,;:!?]|[,;:!?](?=[\\p{IsHan}“‘（《])");

  /**
   * 各位代表: and …胜利! as 各位代表： and …胜利！ after Chinese text (the 2002 report, blind read II): the sentence
   * splitter and the stems read Chinese punctuation; 3:2, 12:00 and 1,000 keep theirs.
   */
  static String halfWidthPunctuation(String s) {
    Matcher m = HALF_WIDTH_PUNCTUATION.matcher(s);
    if (!m.find()) {
      return s;
    }
    StringBuilder sb = new StringBuilder();
    do {
      m.appendReplacement(sb, switch (m.group()) {
        case "," -> "，";
        case ";" -> "；";
        case ":" -> "：";
        case "!" -> "！";
        default -> "？";
      });
    } while (m.find());
    m.appendTail(sb);
    return sb.toString();
  }

  static String normaliseFigures(String s) {
    s = SPACED_DASH.matcher(s).replaceAll("—");
    s = SPACE_AROUND_FIGURE.matcher(s).replaceAll("");
    return SPACE_BETWEEN_HAN_AND_LATIN.matcher(s).replaceAll("");
  }

  private static boolean isNoise(String line) {
    return PAGE_NUMBER.matcher(line).matches()
        || TOC_LEADER.matcher(line).matches()
        || BOILERPLATE.matcher(line).matches()
        || line.chars().allMatch(c -> !Character.isLetterOrDigit(c));
  }

  /**
   * Whether the text has one paragraph a line (a web page or a Word file saved as text): nearly every
   * long line ends a sentence. Text extracted from a PDF breaks lines mid-sentence, so few do. A line
   * run straight on by the next (no blank line between) then ends its paragraph; a page break's blank
   * lines may still fall mid-sentence.
   */
  static boolean wholeParagraphLines(String text) {
    int longLines = 0;
    int ended = 0;
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.codePointCount(0, line.length()) < 20) {
        continue;
      }
      longLines++;
      if (SENTENCE_END.indexOf(line.charAt(line.length() - 1)) >= 0) {
        ended++;
      }
    }
    return longLines >= 5 && ended >= longLines * 0.6;
  }

  /**
   * Whether the paragraph so far was cut off mid-sentence, so the next line belongs to it. In text of
   * whole-paragraph lines, a line followed straight by the next without final punctuation is a heading
   * (…的价值立场和原则遵循), not a broken sentence, unless it ends on a comma or an opening mark.
   */
  private static boolean continues(CharSequence paragraph, boolean wholeParagraphs) {
    char last = paragraph.charAt(paragraph.length() - 1);
    if (SENTENCE_END.indexOf(last) >= 0) {
      return false;
    }
    if (OPEN_END.indexOf(last) >= 0) {
      return true;
    }
    if (wholeParagraphs) {
      return false;
    }
    String s = paragraph.toString();
    // Body text that already holds a sentence or runs long is prose, not a heading.
    return s.indexOf('。') >= 0 || s.indexOf('，') >= 0 || s.indexOf('；') >= 0 || s.indexOf('：') >= 0
        || s.codePointCount(0, s.length()) >= 45;
  }

  private static boolean openQuote(String s) {
    return s.chars().filter(c -> c == '“').count() > s.chars().filter(c -> c == '”').count();
  }

  /**
   * A title with its date or occasion in brackets (…全体会议公报（2020年10月29日）), or such a bracket line
   * alone under a title: headings, though they end on a bracket.
   */
  private static final java.util.regex.Pattern DATED_TITLE = java.util.regex.Pattern.compile(
      "^[^。，；：（）]{4,50}（[^（）]{0,60}[\\d〇一二三四五六七八九十]{2,4}年[^（）]{0,60}）$|^（[^（）。]{4,70}）$");

  /**
   * A news title of two parallel halves around one comma (全面总结2023年经济工作，部署2024年经济工作) or an article
   * title with its dash subtitle: a title, not a sentence cut by a line break.
   */
  private static boolean firstLineTitle(String line) {
    // A title with its dash subtitle (…的科学指南——学习贯彻…的重要论述) runs long but holds no sentence.
    int dash = line.indexOf("——");
    if (dash >= 4 && dash <= 40 && line.length() <= 90 && !line.matches(".*[。！？；：].*")) {
      return true;
    }
    String[] halves = line.split("，", -1);
    if (halves.length != 2 || line.length() > 40 || line.matches(".*[。；：！？、]$") || line.indexOf('。') >= 0) {
      return false;
    }
    int a = halves[0].length();
    int b = halves[1].length();
    return a >= 4 && b >= 4 && Math.abs(a - b) <= 4;
  }

  private static boolean looksLikeHeading(String line) {
    int len = line.codePointCount(0, line.length());
    if (NUMBERED_HEADING.matcher(line).matches() && len <= 40) {
      return true;
    }
    if (DATED_TITLE.matcher(line).matches()) {
      return true;
    }
    char last = line.charAt(line.length() - 1);
    boolean ended = SENTENCE_END.indexOf(last) >= 0 || OPEN_END.indexOf(last) >= 0;
    // Titles carry no clause punctuation; a line with ；or ： inside is prose cut by a page break.
    return !ended && len <= 44 && line.indexOf('。') < 0 && line.indexOf('，') < 0 && line.indexOf('；') < 0
        && line.indexOf('：') < 0;
  }
}
