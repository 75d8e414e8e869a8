package org.kaodian.mail;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kaodian.item.Item;
import org.kaodian.item.ItemType;
import org.kaodian.text.ChineseNumerals;

/** Reads a member's answers from the unquoted text of a reply and grades them against a week's items. */
public final class Grader {
  /**
   * A question number where an answer starts: {@code 1 B}, {@code 1.B}, {@code 1B}, {@code 第2题：A、C},
   * {@code 第二题 对}; never inside a word or a longer number (so {@code 1949年} is not question 19).
   */
  private static final Pattern MARKER = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:第\\s*)?(\\d{1,2}|(?<=第\\s{0,3})[一二三四五六七八九十]{1,3})\\s*(?:题)?\\s*"
          + "(?:[.、:)](?![\\d])|\\s+|(?=[A-Za-z√×✓✗✔✘对错正是否]))");
  private static final Set<String> TRUE_WORDS = Set.of("对", "正确", "√", "✓", "✔", "t", "true", "是", "y", "yes", "r");
  private static final Set<String> FALSE_WORDS = Set.of("错", "错误", "×", "✗", "✘", "x", "f", "false", "否", "n", "no",
      "不对", "不正确", "w");
  private static final Pattern PERCENT = Pattern.compile("百分之([零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?|\\d+(?:\\.\\d+)?)");
  private static final Pattern NUMERAL = Pattern.compile(
      "\\d+(?:\\.\\d+)?[十百千万亿]+|([零〇一二两三四五六七八九十百千万亿]+)(?:点([零〇一二三四五六七八九]+)([十百千万亿]*))?");
  private static final Pattern BLANK_SEPARATOR = Pattern.compile("[;；、,，/|]+");

  private Grader() {}

  /**
   * What a reply says: answers by question number (as written, after width folding), and whether it
   * asks to stop the mail ({@code 退订}) or to be left off the leaderboard by name ({@code 不公开}).
   */
  public record Reply(Map<Integer, String> answers, boolean unsubscribe, boolean anonymous) {
    public Reply {
      answers = Map.copyOf(answers);
    }
  }

  /** One question's outcome: its number in the mail, the item, what was given (null when nothing) and the credit 0–1. */
  public record Result(int number, Item item, String given, double credit) {
    public boolean right() {
      return credit >= 1.0;
    }
  }

  /** A member's graded week: one result per question, in mail order. */
  public record Grade(List<Result> results) {
    public Grade {
      results = List.copyOf(results);
    }

    public double score() {
      return results.stream().mapToDouble(Result::credit).sum();
    }

    public int max() {
      return results.size();
    }

    public List<Result> missed() {
      return results.stream().filter(r -> !r.right()).toList();
    }
  }

  /** Reads the answers to questions 1–{@code questions} from reply text whose quoted part is already removed. */
  public static Reply read(String text, int questions) {
    Map<Integer, String> answers = new LinkedHashMap<>();
    String folded = fold(text);
    for (String line : folded.split("\\R")) {
      Matcher m = MARKER.matcher(line);
      List<int[]> marks = new ArrayList<>(); // {number, start of marker, end of marker}
      while (m.find()) {
        int n = questionNumber(m.group(1));
        if (n >= 1 && n <= questions) {
          marks.add(new int[] {n, m.start(), m.end()});
        }
      }
      for (int k = 0; k < marks.size(); k++) {
        int end = k + 1 < marks.size() ? marks.get(k + 1)[1] : line.length();
        String answer = line.substring(marks.get(k)[2], end).strip().replaceAll("^[,;。.\\s]+|[,;。.\\s]+$", "");
        if (!answer.isEmpty()) {
          answers.put(marks.get(k)[0], answer);
        }
      }
    }
    return new Reply(answers, request(folded, "退订") || request(folded, "unsubscribe"), request(folded, "不公开"));
  }

  /**
   * Whether a short line of its own asks for {@code word} ("退订", "请退订！", "排行榜不公开"): a long
   * sentence that merely mentions it, such as the quiz's own footer left unquoted, is not a request.
   */
  private static boolean request(String text, String word) {
    for (String line : text.toLowerCase(Locale.ROOT).split("\\R")) {
      String bare = line.replaceAll("[\\s\\p{P}\\p{S}]+", "");
      if (bare.contains(word) && bare.length() <= word.length() + 6) {
        return true;
      }
    }
    return false;
  }

  /** Grades a reply against the items of the mail it answers, in the mail's order (question 1 is items[0]). */
  public static Grade grade(Reply reply, List<Item> items, boolean partialCredit) {
    List<Result> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String given = reply.answers().get(i + 1);
      out.add(new Result(i + 1, items.get(i), given, given == null ? 0 : credit(items.get(i), given, partialCredit)));
    }
    return new Grade(out);
  }

  /** The credit (0–1) an answer earns on an item. */
  static double credit(Item item, String given, boolean partialCredit) {
    return switch (item.type()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> choice(item, given, partialCredit);
      case TRUE_FALSE -> trueFalse(item, given);
      case FILL_BLANK -> fillIn(item, given) ? 1 : 0;
    };
  }

  private static double choice(Item item, String given, boolean partialCredit) {
    String letters = fold(given).toUpperCase(Locale.ROOT).replaceAll("[\\s、,;/和及]+", "");
    if (!letters.matches("[A-Z]+")) {
      return 0;
    }
    Set<Character> chosen = letterSet(letters);
    Set<Character> right = letterSet(item.answerLetters());
    if (chosen.equals(right)) {
      return 1;
    }
    if (item.type() == ItemType.MULTIPLE_CHOICE && partialCredit && right.containsAll(chosen)) {
      // 少选得部分分，错选不得分: each right letter counts, any wrong one loses the item.
      return (double) chosen.size() / right.size();
    }
    return 0;
  }

  private static Set<Character> letterSet(String letters) {
    Set<Character> s = new TreeSet<>();
    letters.chars().forEach(c -> s.add((char) c));
    return s;
  }

  private static double trueFalse(Item item, String given) {
    String w = fold(given).toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{P}&&[^√×]]+", "");
    boolean expected = item.answers().contains("正确");
    if (TRUE_WORDS.contains(w)) {
      return expected ? 1 : 0;
    }
    if (FALSE_WORDS.contains(w)) {
      return expected ? 0 : 1;
    }
    return 0;
  }

  private static boolean fillIn(Item item, String given) {
    if (fillIn(item.answers(), given)) {
      return true;
    }
    // The teacher's 也可接受: each entry another answer (for several blanks, each blank after ；).
    for (String other : item.accepted()) {
      if (fillIn(Arrays.stream(other.split("[；;]")).map(String::strip).filter(s -> !s.isEmpty()).toList(), given)) {
        return true;
      }
    }
    return false;
  }

  private static boolean fillIn(List<String> blanks, String given) {
    if (blanks.isEmpty()) {
      return false;
    }
    if (blanks.size() == 1) {
      return normalise(given).equals(normalise(blanks.get(0)));
    }
    List<String> parts = Arrays.stream(BLANK_SEPARATOR.split(fold(given))).map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
    if (parts.size() != blanks.size()) {
      // One run of text for several blanks: right when it is exactly the blanks written together.
      return normalise(given).equals(normalise(String.join("", blanks)));
    }
    for (int i = 0; i < blanks.size(); i++) {
      if (!normalise(parts.get(i)).equals(normalise(blanks.get(i)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A fill-in answer in the form compared: width folded, lower case, Chinese numerals as Arabic
   * ({@code 百分之五} = {@code 5%}), without spaces or punctuation other than % and decimal points.
   */
  static String normalise(String s) {
    String t = fold(s).toLowerCase(Locale.ROOT);
    t = replace(PERCENT, t, m -> value(m.group(1)).map(v -> v + "%").orElse(m.group()));
    t = replace(NUMERAL, t, m -> numeral(m).orElse(m.group()));
    t = t.replaceAll("(?<=\\d)\\.(?=\\d)", "\u0000");
    t = t.replaceAll("[\\s\\p{P}\\p{S}&&[^%\u0000]]+", "");
    return t.replace('\u0000', '.');
  }

  /** Full-width letters, digits and punctuation as their ASCII forms (NFKC). */
  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u3000', ' ');
  }

  private static java.util.Optional<String> value(String numeral) {
    return (numeral.chars().allMatch(Character::isDigit) || numeral.matches("\\d+\\.\\d+")
        ? java.util.Optional.of(new BigDecimal(numeral)) : ChineseNumerals.value(numeral))
        .map(v -> v.stripTrailingZeros().toPlainString());
  }

  /** 一点二万亿: the decimal read first (1.2), then its units (万亿), which {@link ChineseNumerals} reads as 1.2万亿. */
  private static java.util.Optional<String> numeral(Matcher m) {
    if (m.group(2) == null) {
      return value(m.group());
    }
    return value(m.group(1) + "点" + m.group(2)).flatMap(v -> value(v + m.group(3)));
  }

  private static int questionNumber(String marker) {
    return marker.chars().allMatch(Character::isDigit) ? Integer.parseInt(marker)
        : ChineseNumerals.value(marker).map(BigDecimal::intValue).orElse(-1);
  }

  private static String replace(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
    Matcher m = p.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
