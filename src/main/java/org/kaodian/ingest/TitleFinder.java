package org.kaodian.ingest;

import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds the title of a document and of each article in a booklet: the main heading of the heading
 * block above, never a dash subtitle ({@code ——在……上的报告}), a date line, a byline or a file name.
 */
public final class TitleFinder {
  private static final Pattern DASH = Pattern.compile("^[—－-]{1,2}");
  private static final Pattern DATE_LINE = Pattern.compile(
      "^[\\d〇零一二三四五六七八九十]{2,4}年(?:[\\d〇零一二三四五六七八九十]{1,2}月(?:[\\d〇零一二三四五六七八九十]{1,3}日)?|第\\d+期)$");
  private static final Pattern SECTION = Pattern.compile(
      "^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d+[.．、]|\\(\\d+\\)|第[一二三四五六七八九十百]+(?:章|节|部分|编)[\\s　])");
  private static final Pattern BYLINE = Pattern.compile(
      "^(?:\\S{2,12}[ \u3000]+[\\p{IsHan}]{2,3}|[\\p{IsHan}]{2,3}|[\\p{IsHan}][ \u3000]+[\\p{IsHan}]{1,2}"
          // A speaker's title and a name spaced out by character: 国务院总理　李　强.
          + "|\\S{2,12}[ \u3000]+[\\p{IsHan}](?:[ \u3000]+[\\p{IsHan}]){1,2})$"
          + "|记者|摄$|^■|^据|新华社发|编者$|宣传部$|编辑部$");
  private static final Pattern SOURCE_LINE = Pattern.compile("^《[^》]+》（.*）$");
  /** A lead-in ending in a verb of saying: the title continues on the next lines. */
  private static final Pattern LEAD_IN = Pattern.compile("(?:强调|指出|表示|时强调|时指出)$");
  /** A column tag after a title: （评论员观察）, （人民论坛）. */
  private static final Pattern COLUMN_TAG = Pattern.compile("（[^（）]{2,6}）$");
  /** A date or occasion after a title: （2020年10月29日）, （2024年3月5日在…上）. */
  private static final Pattern DATE_TAG = Pattern.compile("（[^（）]{0,40}[\\d〇一二三四五六七八九十]{2,4}年[^（）]{0,40}）$"
      // The same in square brackets, as a saved page writes it: …的成效和经验 [2025], [2014年3月5日].
      + "|\\s*[\\[［【][^\\[\\]［］【】]{0,40}\\d{4}(?:年[^\\[\\]［］【】]{0,30})?[\\]］】]$");
  /** A site name after a web page's {@code <title>}: _新华网, - 人民网, | 求是网. */
  private static final Pattern SITE_SUFFIX = Pattern.compile("\\s*[-_|—–]+\\s*[^-_|—–]{1,12}(?:网|频道|客户端|新闻|在线)$");

  private static final Pattern SALUTATION = Pattern.compile("^(?:各位代表|同志们|代表们|各位委员|各位同志|女士们、先生们)[：:！!，,]?$");

  private TitleFinder() {}

  /**
   * The titles of a document's articles, by paragraph: each heading block's main heading applies to
   * the paragraphs after it until the next block that has one.
   */
  public static Titles titles(Document doc) {
    TreeMap<Integer, String> from = new TreeMap<>();
    List<Paragraph> ps = doc.paragraphs();
    // A speech or report opens on its salutation (各位代表：): its later headings (首先报告２００１年的工作) are
    // its sections until another salutation opens the next speech of a booklet (blind read II).
    boolean speech = ps.stream().limit(4).anyMatch(p -> !p.heading() && SALUTATION.matcher(p.text().strip()).matches());
    for (int i = 0; i < ps.size(); i++) {
      if (ps.get(i).heading() && (i + 1 == ps.size() || !ps.get(i + 1).heading())) {
        boolean opensSpeech = i + 1 < ps.size() && SALUTATION.matcher(ps.get(i + 1).text().strip()).matches();
        if (speech && !from.isEmpty() && !opensSpeech) {
          continue;
        }
        String t = titleAt(doc, i + 1);
        if (!t.equals(from.isEmpty() ? null : from.lastEntry().getValue())) {
          from.put(i + 1, t);
        }
      }
    }
    return new Titles(from);
  }

  /**
   * Article titles by the first paragraph they apply to.
   *
   * @param from paragraph index → title of the article from there on (empty title: none found)
   */
  public record Titles(NavigableMap<Integer, String> from) {
    public Titles {
      from = Collections.unmodifiableNavigableMap(new TreeMap<>(from));
    }

    /** The title for a paragraph; empty when the document shows none above it. */
    public String at(int paragraph) {
      var e = from.floorEntry(paragraph);
      return e == null ? "" : e.getValue();
    }
  }

  /** The title of the article a paragraph belongs to; empty when there is no heading above it. */
  public static String titleAt(Document doc, int paragraph) {
    List<Paragraph> ps = doc.paragraphs();
    for (int i = Math.min(paragraph, ps.size()) - 1; i >= 0; i--) {
      if (!ps.get(i).heading()) {
        continue;
      }
      int end = i;
      int start = i;
      while (start > 0 && ps.get(start - 1).heading()) {
        start--;
      }
      String t = mainHeading(ps, start, end, false);
      if (!t.isEmpty()) {
        return t;
      }
      i = start;
    }
    String first = firstLineTitle(ps);
    // A news page's only heading may read like a sub-heading (全面总结2023年经济工作，部署2024年经济工作): on the
    // first line it is still the page's title.
    // So may an article's first line with its dash subtitle (新时代共产党人干事业、创政绩的科学指南——学习贯彻…).
    if (first.isEmpty() && ps.size() >= 2 && ps.get(0).heading() && titleLike(clean(ps.get(0).text().strip()))) {
      first = clean(ps.get(0).text().strip());
    }
    return first;
  }

  /** A document whose first line is its title, not marked or recognised as a heading (it is long). */
  private static String firstLineTitle(List<Paragraph> ps) {
    if (ps.size() < 2 || ps.get(0).heading()) {
      return "";
    }
    String l = ps.get(0).text().strip();
    return l.length() >= 4 && l.length() <= 80 && !l.matches(".*[。！？；：]$") && !l.matches(".*[。！？].*")
        && qualifies(l) ? clean(l) : "";
  }

  /** The document's title: the main heading of its first heading block; empty when it has none. */
  public static String documentTitle(Document doc) {
    List<Paragraph> ps = doc.paragraphs();
    String first = firstLineTitle(ps);
    if (!first.isEmpty()) {
      return first;
    }
    for (int i = 0; i < ps.size(); i++) {
      if (ps.get(i).heading()) {
        int end = i;
        while (end + 1 < ps.size() && ps.get(end + 1).heading()) {
          end++;
        }
        String t = mainHeading(ps, i, end, true);
        if (!t.isEmpty()) {
          return t;
        }
        i = end;
      }
    }
    return "";
  }

  /** A web page's {@code <title>} without the site name after it. */
  public static String pageTitle(String title) {
    return SITE_SUFFIX.matcher(title.strip()).replaceFirst("").strip();
  }

  private static final Pattern EXTENSION = Pattern.compile("\\.[^.]+$");
  private static final Pattern FILE_NAME = Pattern.compile("[\\w.-]+");

  /** Whether a title is only the document's file name (with or without extension). */
  public static boolean isFileName(String title, String documentName) {
    String stem = EXTENSION.matcher(documentName).replaceFirst("");
    return title.equals(documentName) || title.equals(stem) || FILE_NAME.matcher(title).matches() && !title.isBlank();
  }

  /**
   * The main heading of the heading block {@code [start, end]}: the first line of its first (a
   * document's cover) or last (the article's own) run of title lines; dash subtitles, their broken
   * continuation, dates, bylines, issue numbers and section numbers separate runs.
   */
  private static String mainHeading(List<Paragraph> ps, int start, int end, boolean firstRun) {
    if (start == end && subheading(ps.get(start).text()) && start > 0) {
      return "";
    }
    List<List<String>> runs = new java.util.ArrayList<>();
    List<String> run = null;
    boolean afterDash = false;
    for (int k = start; k <= end; k++) {
      String line = ps.get(k).text().strip();
      boolean title = false;
      if (DASH.matcher(line).find()) {
        afterDash = true;
        if (k == start && start > 0 && !ps.get(start - 1).heading() && titleLike(ps.get(start - 1).text())) {
          // The main heading was read as body text, the dash subtitle as a heading.
          runs.add(new java.util.ArrayList<>(List.of(ps.get(start - 1).text().strip())));
        }
      } else if (afterDash && (line.length() <= 16 || line.matches(".*(?:上|报告|讲话|发言)$"))
          && !qualifiesAlone(line)) {
        // the rest of a dash subtitle broken over lines: 第二次会议上
      } else {
        afterDash = false;
        title = qualifies(line);
      }
      if (title) {
        if (run == null) {
          run = new java.util.ArrayList<>();
          runs.add(run);
        }
        run.add(line);
      } else {
        run = null;
      }
    }
    if (runs.isEmpty()) {
      return "";
    }
    List<String> lines = runs.get(firstRun ? 0 : runs.size() - 1);
    StringBuilder title = new StringBuilder(lines.get(0));
    // 习近平在重庆考察时强调 / 进一步全面深化改革开放 / 不断谱写中国式现代化重庆篇章 is one title.
    int leadEnd = -1;
    for (int j = 0; j < Math.min(lines.size(), 3); j++) {
      if (LEAD_IN.matcher(lines.get(j)).find()) {
        leadEnd = j;
        break;
      }
    }
    if (leadEnd >= 0) {
      for (int j = 1; j < lines.size() && j <= leadEnd + 2; j++) {
        title.append(' ').append(lines.get(j));
      }
    }
    return clean(title.toString());
  }

  private static boolean qualifiesAlone(String line) {
    return line.length() >= 6 && qualifies(line) && !line.endsWith("上");
  }

  private static boolean qualifies(String line) {
    return line.length() >= 2 && !DASH.matcher(line).find() && !DATE_LINE.matcher(line).matches()
        && !SECTION.matcher(line).find() && !BYLINE.matcher(line).find() && !SOURCE_LINE.matcher(line).matches();
  }

  /** A heading inside an article (a question, a sentence-like line) rather than an article's title. */
  private static boolean subheading(String line) {
    return line.endsWith("？") || line.length() >= 18 && (line.contains("、") || line.contains("，")
        || line.chars().filter(c -> c == '的').count() >= 2);
  }

  private static boolean titleLike(String line) {
    String l = line.strip();
    return l.length() >= 4 && l.length() <= 40 && !l.matches(".*[。！？；]$") && qualifies(l);
  }

  private static String clean(String title) {
    String t = title.replaceFirst("\\s*——.*$", "").strip();
    t = COLUMN_TAG.matcher(t).replaceFirst("").strip();
    t = DATE_TAG.matcher(t).replaceFirst("").strip();
    return withoutDatedTail(t);
  }

  /**
   * The title without a closing bracket that holds a date, brackets inside it and all (（习近平，2021年9月29日刊于
   * 某校“每周一学（9月27日-10月03日）”）): where and when a page reprinted the article is not its title.
   */
  private static String withoutDatedTail(String t) {
    if (!t.endsWith("）")) {
      return t;
    }
    int depth = 0;
    for (int i = t.length() - 1; i > 0; i--) {
      char c = t.charAt(i);
      depth += c == '）' ? 1 : c == '（' ? -1 : 0;
      if (depth == 0) {
        String tail = t.substring(i);
        return tail.matches(".*[\\d〇一二三四五六七八九十]{2,4}年.*") && i >= 4 ? t.substring(0, i).strip() : t;
      }
    }
    return t;
  }
}
