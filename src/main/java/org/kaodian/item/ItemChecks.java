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
