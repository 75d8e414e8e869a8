package org.kaodian.item;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kaodian.text.Segmenter;

/** Structural defects an item must never have; empty when the item is sound. */
public final class ItemChecks {
  private ItemChecks() {}

  /**
   * Whether most of the answer stands elsewhere in the stem: 中华民族是（爱好和平的民族），中国人民是爱好和平的人民
   * hands the student the blank. Figures are exempt: 增长5%左右 beside 5.5%左右 is no echo.
   */
  static boolean echoed(String answer, String stem) {
    if (answer.length() < 4 || answer.matches(".*\\d.*")) {
      return false;
    }
    // The answer's own opening, not its head: 新质生产力 shares 生产力 with 绿色生产力 and gives nothing away.
    int need = Math.max(4, (int) Math.ceil(answer.length() * 0.6));
    return stem.contains(answer.substring(0, need));
  }

  /**
   * Whether the stem shows the part that sets a right option apart from the others: 新时代中国特色社会主义文化，扎实推进
   * （　　）建设 beside 体育强国、文化强国、科技强国 names 文化; 政策为抓手 … 风险防控为落脚点 before 战略体系、（　　）
   * names both right 体系 (blind read Y).
   */
  static boolean showsWhatSetsTheAnswerApart(String stem, List<String> answers, List<String> options) {
    String prefix = org.kaodian.text.Affixes.commonPrefix(options);
    String suffix = org.kaodian.text.Affixes.commonSuffix(options);
    for (String a : answers) {
      if (a.length() <= prefix.length() + suffix.length()) {
        continue;
      }
      String own = a.substring(prefix.length(), a.length() - suffix.length());
      // 保护生态环境 before （　　）是…根本大计 beside 经济建设、生态文明建设: the first word of a long own part is a hint too.
      boolean shown = stem.contains(own) || own.length() >= 4 && leadsAWordOfAnotherKind(stem, own.substring(0, 2), suffix);
      if (own.length() >= 2 && (!prefix.isEmpty() || !suffix.isEmpty()) && shown) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code lead} opens phrases of the stem again and again that are no siblings of the options (保护生态环境…
   * 改善生态环境); once (区域经济格局) is a passing word, and a sibling (区域协调发展战略 beside …战略) is part of the list.
   */
  private static boolean leadsAWordOfAnotherKind(String stem, String lead, String suffix) {
    int times = 0;
    for (int at = stem.indexOf(lead); at >= 0; at = stem.indexOf(lead, at + 1)) {
      int end = at;
      while (end < stem.length() && "，。；、：（".indexOf(stem.charAt(end)) < 0) {
        end++;
      }
      if (suffix.isEmpty() || !stem.substring(at, end).contains(suffix)) {
        times++;
      }
    }
    return times >= 2;
  }

  /** How far the text's “ and ” are from pairing up: 0 when every opening mark is closed. */
  private static int quotes(String text) {
    return (int) (text.chars().filter(c -> c == '“').count() - text.chars().filter(c -> c == '”').count());
  }

  private static final java.util.regex.Pattern FIGURE_AND_UNIT =
      java.util.regex.Pattern.compile("^(\\d+(?:\\.\\d+)?)(\\p{IsHan}{1,4}|%)$");

  /**
   * Whether a figure is given away by arithmetic: 拟安排财政赤字（　　），其中中央财政赤字9500亿元，由中央代地方发债
   * 4000亿元 asks for 13500亿元, which a student adds up.
   */
  static boolean sumOfShown(String answer, String stem) {
    var m = FIGURE_AND_UNIT.matcher(answer);
    if (!m.matches()) {
      return false;
    }
    java.math.BigDecimal target = new java.math.BigDecimal(m.group(1));
    var shown = java.util.regex.Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)" + java.util.regex.Pattern.quote(m.group(2)))
        .matcher(stem);
    List<java.math.BigDecimal> values = new ArrayList<>();
    while (shown.find()) {
      values.add(new java.math.BigDecimal(shown.group(1)));
    }
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        if (values.get(i).add(values.get(j)).compareTo(target) == 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern NAMED_EXPERIENCE =
      java.util.regex.Pattern.compile("^(\\p{IsHan}{2,6})(?:经验|精神|模式)$");

  /** Whether a named experience or spirit is shown by its place (枫桥经验 beside 枫桥镇干部群众创造的). */
  static boolean nameShown(String answer, String stem) {
    var m = NAMED_EXPERIENCE.matcher(answer);
    return m.matches() && stem.contains(m.group(1));
  }

  public static List<String> problems(Item item) {
    List<String> out = new ArrayList<>();
    if (item.stem().isBlank()) {
      out.add("empty stem");
    }
    if (item.answers().isEmpty() || item.answers().stream().anyMatch(String::isBlank)) {
      out.add("missing answer");
    }
    // A cut or a swap across a quotation mark leaves the stem's quotes unpaired (坚持“法治是新发展理念，…).
    if (quotes(item.stem()) != quotes(item.source().sentence())) {
      out.add("stem's quotation marks are unpaired");
    }
    // A clause split off a ；-list without its subject (是增强政治意识…) does not stand on its own.
    if (item.stem().matches("^(?:是|和|与|及|并|而|的|，|、)[\\s\\S]*")) {
      out.add("stem starts mid-sentence");
    }
    if (item.type().isChoice()) {
      Set<String> norm = new HashSet<>();
      for (String o : item.options()) {
        if (o.isBlank() || !norm.add(DistractorPool.normalise(o))) {
          out.add("duplicate or empty option '" + o + "'");
        }
      }
      for (String a : item.answers()) {
        if (!item.options().contains(a)) {
          out.add("answer '" + a + "' not among the options");
        }
      }
      int min = item.type() == ItemType.SINGLE_CHOICE ? 1 : 2;
      if (item.answers().size() < min || item.answers().size() >= item.options().size()) {
        out.add("wrong number of correct options: " + item.answers().size() + " of " + item.options().size());
      }
      for (String o : item.options()) {
        for (String a : item.answers()) {
          if (!o.equals(a) && !item.answers().contains(o)
              && (Segmenter.synonyms(a, o) || DistractorPool.overlaps(a, o))) {
            out.add("option '" + o + "' is a synonym of or contains the answer '" + a + "'");
          }
        }
      }
      if (!item.stem().contains(ItemBuilder.CHOICE_GAP)) {
        out.add("choice stem has no gap");
      }
      if (showsWhatSetsTheAnswerApart(item.stem(), item.answers(), item.options())) {
        out.add("the stem names what sets a right option apart from the others");
      }
    }
    if (item.type() == ItemType.FILL_BLANK || item.type() == ItemType.SINGLE_CHOICE) {
      for (String a : item.answers()) {
        if (item.stem().contains(a)) {
          out.add("answer '" + a + "' visible in the stem");
        } else if (nameShown(a, item.stem())) {
          out.add("the name in answer '" + a + "' is shown in the stem");
        } else if (sumOfShown(a, item.stem())) {
          out.add("answer '" + a + "' is the sum of two figures the stem shows");
        } else if (echoed(a, item.stem())) {
          out.add("answer '" + a + "' echoed by a parallel phrase in the stem");
        }
      }
    }
    if (item.type() == ItemType.FILL_BLANK) {
      if (!item.stem().contains("___")) {
        out.add("fill-in stem has no blank");
      }
    }
    return out;
  }
}
