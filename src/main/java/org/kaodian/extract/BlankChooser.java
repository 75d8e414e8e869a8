package org.kaodian.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kaodian.text.Token;

/**
 * Chooses the blanks of a statement from what its evidence proposed: spans end on word and list
 * boundaries, never start with a dash or a function word, and are never a verb of saying, a title
 * or a clause so long that the stem is left with nothing.
 */
final class BlankChooser {
  private static final Pattern EDGE_PUNCT = Pattern.compile("^[—–－\\-·•、，,；;：:“”‘’《》（）()\\s]+|[—–－\\-·•、，,；;：:“”‘’《》（）()\\s]+$");
  // 为政之要 is one four-character phrase: a word that opens X之Y is no function word before it.
  private static final Pattern LEADING_WORD = Pattern.compile("^(?:通过|经过|按照|依照|围绕|的|了|和|与|及|并|是|为|要|把|将|在|对|以|从|向|就|都|也|还|又|而|更|使|让)(?=[\\p{IsHan}]{2,})(?![\\p{IsHan}]之[\\p{IsHan}]$)");
  /**
   * A function word left at the end; 目的 and 有的 end on 的, 一以贯之 and 总而言之 on 之, 平等, 缓和, 参与 and
   * 普及 on 等, 和, 与 and 及, as words of their own (blind read EE: 一律平等的 was cut to 一律平).
   */
  private static final Pattern TRAILING_WORD =
      Pattern.compile("(?<=[\\p{IsHan}]{2})(?:(?<![目有似])的|(?<![为除罢])了|(?<![平对相同均高初中上次优超])等|(?<![平缓温总共协饱调祥柔])和"
          + "|(?<![参给赋])与|(?<![以涉普危波])及|(?<![贯言代视久远])之)$");
  private static final Pattern SAYING_OR_TITLE = Pattern.compile(
      "^(?:指出|强调|表示|认为|提出|说|要求|总书记|主席|总理|同志|我们|他们|大家|这|那|其|它)$");
  private static final Pattern FUNCTION_ONLY = Pattern.compile("^[的了和与及并是为要把将在对以从向就都也还又而更使让之等]+$");

  /** An ordinal that opens a list part (第一，在全党开展…): the part's marker, never its content. */
  private static final Pattern LEADING_ORDINAL = Pattern.compile("^(?:第[一二三四五六七八九十]{1,3}|首先|其次|再次|最后)[，,、：:]");

  /**
   * Names every text of the field repeats, so a student fills them in from habit: the guiding-thought
   * litany (邓小平理论、“三个代表”重要思想), the pledge 增强“四个意识”、坚定“四个自信”、做到“两个维护” as the
   * boilerplate writes it, and the standing names of the system and the goal.
   */
  private static final java.util.Set<String> STOCK = java.util.Set.of("习近平新时代中国特色社会主义思想",
      "新时代中国特色社会主义思想", "中国特色社会主义", "中华民族伟大复兴", "以习近平同志为核心的党中央", "党中央", "新中国",
      "中国共产党", "马克思列宁主义", "毛泽东思想", "邓小平理论", "科学发展观");
  private static final Pattern LITANY = Pattern.compile("邓小平理论、“?三个代表”?重要思想|增强“?四个意识”?、坚定“?四个自信”?、做到“?两个维护”?");

  private BlankChooser() {}

  /** Whether a blank is a name the text only repeats (see {@link #STOCK}): asked last, after the point. */
  static boolean stock(String text, AnswerSpan a) {
    if (STOCK.contains(a.text())) {
      return true;
    }
    Matcher m = LITANY.matcher(text);
    while (m.find()) {
      if (a.start() >= m.start() && a.end() <= m.end()) {
        return true;
      }
    }
    return false;
  }

  /** A phrase without edge punctuation, dashes and dangling function words. */
  static String trimPhrase(String raw) {
    String s = raw == null ? "" : raw.strip();
    // A closing bracket the phrase opened belongs to it (行动计划（2014—2020年）).
    if (s.endsWith("）") && s.indexOf('（') > 0 && s.indexOf('（') < s.length() - 1) {
      String inner = trimPhrase(s.substring(0, s.lastIndexOf('（')));
      String bracket = s.substring(s.lastIndexOf('（'));
      return inner.isEmpty() || bracket.indexOf('（', 1) >= 0 ? inner : inner + bracket;
    }
    String before;
    do {
      before = s;
      s = EDGE_PUNCT.matcher(s).replaceAll("");
      s = LEADING_ORDINAL.matcher(s).replaceFirst("");
      s = LEADING_WORD.matcher(s).replaceFirst("");
      s = TRAILING_WORD.matcher(s).replaceFirst("");
    } while (!s.equals(before));
    return s;
  }

  /**
   * The usable blanks among {@code candidates}, in their order, each moved to word boundaries; the
   * sentence's tokens are used only for spans that do not already sit on a boundary.
   */
  static List<AnswerSpan> choose(AnalyzedSentence s, List<AnswerSpan> candidates) {
    String text = s.text();
    int len = text.codePointCount(0, text.length());
    Map<String, AnswerSpan> out = new LinkedHashMap<>();
    for (AnswerSpan a : candidates) {
      AnswerSpan fixed = cleaned(text, a);
      if (fixed == null) {
        continue;
      }
      if (fixed.type() != AnswerType.NUMBER && fixed.type() != AnswerType.DATE && fixed.type() != AnswerType.FORMULA) {
        fixed = onWordBoundaries(s, fixed);
        if (fixed == null) {
          continue;
        }
      }
      String t = fixed.text();
      if (SAYING_OR_TITLE.matcher(t).matches() || FUNCTION_ONLY.matcher(t).matches()
          || t.length() * 5 > len * 3 || (fixed.type() == AnswerType.TERM && t.length() > 24)) {
        continue;
      }
      out.putIfAbsent(t + "@" + fixed.start(), fixed);
    }
    List<AnswerSpan> chosen = new ArrayList<>(out.values());
    // The point of the sentence before what every sentence of the field repeats (a stable sort).
    chosen.sort(java.util.Comparator.comparing((AnswerSpan a) -> stock(text, a)));
    return chosen;
  }

  /** What closes a frame the clause opened: 在…问题上, 以…为标准. */
  private static final Pattern FRAME_CLOSE = Pattern.compile("(?<=[\\p{IsHan}]{2})(?:问题上|为标准|为尺度|为准)$");

  /** The span without the close of a frame its clause opened (在社会主义的发展道路问题上 → 发展道路). */
  private static String withoutFrameClose(String text, int start, String t) {
    Matcher m = FRAME_CLOSE.matcher(t);
    if (!m.find()) {
      return t;
    }
    int clause = Math.max(text.lastIndexOf('，', start), Math.max(text.lastIndexOf('。', start), text.lastIndexOf('：', start)));
    String before = text.substring(clause + 1, Math.max(clause + 1, start));
    boolean opened = m.group().startsWith("为") ? before.contains("以") : before.contains("在");
    String rest = t.substring(0, m.start());
    return opened && rest.length() >= 2 ? trimPhrase(rest) : t;
  }

  /** Whether the character at {@code i} ends a word for sure: punctuation, or outside the text. */
  private static boolean boundary(String text, int i) {
    return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
  }

  private static AnswerSpan cleaned(String text, AnswerSpan a) {
    // A list element keeps the lead its siblings share (以案为鉴、以案促改): only its edges are trimmed.
    String t = a.type() == AnswerType.FORMULA ? EDGE_PUNCT.matcher(a.text().strip()).replaceAll("") : trimPhrase(a.text());
    if (t.length() < 2 && a.type() != AnswerType.NUMBER) {
      return null;
    }
    if (t.isEmpty()) {
      return null;
    }
    t = withoutFrameClose(text, a.start(), t);
    int at = text.indexOf(t, a.start());
    if (at < 0 || at >= a.end()) {
      at = text.indexOf(t);
    }
    return at < 0 ? null : new AnswerSpan(t, a.type(), at, at + t.length());
  }

  /** Extends a span that cuts a word in two to the whole word (必须坚持科技 → …科技创新). */
  private static AnswerSpan onWordBoundaries(AnalyzedSentence s, AnswerSpan a) {
    int start = a.start();
    int end = a.end();
    String text = s.text();
    if (s.lexicon().contains(a.text()) || (boundary(text, start - 1) && boundary(text, end))) {
      return a;
    }
    // The sentence's own segmentation (made once per sentence): a window around the span cuts words
    // differently and moved blanks on the dev half.
    for (Token t : s.tokens()) {
      // A copula inside a token (减税降费是助企 segmented 费是助) is a segmentation slip, not a word to keep.
      if ((t.start() < start && t.end() > start || t.start() < end && t.end() > end) && t.word().contains("是")
          && !a.text().contains("是") && !s.lexicon().contains(t.word())) {
        return a;
      }
      if (t.start() < start && t.end() > start) {
        start = t.start();
      }
      if (t.start() < end && t.end() > end) {
        end = t.end();
      }
    }
    if (start == a.start() && end == a.end()) {
      return a;
    }
    String trimmed = trimPhrase(text.substring(start, end));
    // 是对外开放 trimmed to 外开放 and grown back to 对外: the 对 belongs to the word now, so it stays (blind read V).
    // An adverb or an adjective there (更高, 把稳) is a segmentation of the function word with its neighbour: trimmed.
    final int wordStart = start;
    boolean wordOfItsOwn = s.tokens().stream().anyMatch(t -> t.start() == wordStart
        && (t.word().length() >= 3 || t.pos().startsWith("n") || t.pos().startsWith("v")));
    if (start < a.start() && wordOfItsOwn && !trimmed.isEmpty() && text.indexOf(trimmed, start) > start
        && text.indexOf(trimmed, start) <= a.start()) {
      trimmed = EDGE_PUNCT.matcher(text.substring(start, end)).replaceAll("");
    }
    if (trimmed.length() < 2) {
      return null;
    }
    int at = s.text().indexOf(trimmed, start);
    return at < 0 ? null : new AnswerSpan(trimmed, a.type(), at, at + trimmed.length());
  }
}
