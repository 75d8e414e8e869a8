package org.kaodian.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads figures as documents write them: Arabic, Chinese numerals and mixed forms
 * ({@code 五十四万亿元}, {@code 百分之十八点五}, {@code 二〇三五年}, {@code 1.2万亿}), so that detection and
 * numeric distractors see one value whatever the writing.
 */
public final class ChineseNumerals {
  private static final String DIGITS = "零一二三四五六七八九";
  /** A run of Chinese numeral characters that can stand for a value. */
  public static final String NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿点";
  private static final Pattern MIXED = Pattern.compile("^(\\d+(?:\\.\\d+)?)([十百千万亿]*)$");

  private ChineseNumerals() {}

  /** The value of a numeral string such as {@code 五十四万亿}, {@code 十八点五}, {@code 二〇三五}, {@code 1.2万亿}. */
  public static Optional<BigDecimal> value(String numeral) {
    if (numeral == null || numeral.isEmpty()) {
      return Optional.empty();
    }
    String s = numeral.replace('〇', '零').replace('两', '二');
    Matcher mixed = MIXED.matcher(s);
    if (mixed.matches()) {
      BigDecimal v = new BigDecimal(mixed.group(1));
      for (char c : mixed.group(2).toCharArray()) {
        v = v.multiply(unit(c));
      }
      return Optional.of(v);
    }
    if (!s.chars().allMatch(c -> NUMERAL_CHARS.indexOf(c) >= 0 || c == '零')) {
      return Optional.empty();
    }
    int point = s.indexOf('点');
    String whole = point < 0 ? s : s.substring(0, point);
    String fraction = point < 0 ? "" : s.substring(point + 1);
    BigDecimal v;
    if (whole.isEmpty()) {
      v = BigDecimal.ZERO;
    } else if (whole.chars().allMatch(c -> DIGITS.indexOf(c) >= 0)) {
      // Digit by digit, as years are written: 二〇三五 = 2035.
      StringBuilder sb = new StringBuilder();
      whole.chars().forEach(c -> sb.append(DIGITS.indexOf(c)));
      v = new BigDecimal(sb.toString());
    } else {
      Optional<BigDecimal> w = positional(whole);
      if (w.isEmpty()) {
        return Optional.empty();
      }
      v = w.get();
    }
    if (!fraction.isEmpty()) {
      StringBuilder sb = new StringBuilder("0.");
      for (char c : fraction.toCharArray()) {
        int d = DIGITS.indexOf(c);
        if (d < 0) {
          return Optional.empty();
        }
        sb.append(d);
      }
      v = v.add(new BigDecimal(sb.toString()));
    }
    return Optional.of(v);
  }

  /** 五十四万亿 = ((5×10+4)×10^4)×10^8: sections split by 亿 and 万, each section read with 十百千. */
  private static Optional<BigDecimal> positional(String s) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal section = BigDecimal.ZERO;
    int digit = -1;
    for (char c : s.toCharArray()) {
      int d = DIGITS.indexOf(c);
      if (d >= 0) {
        digit = d;
        continue;
      }
      switch (c) {
        case '十', '百', '千' -> {
          section = section.add(BigDecimal.valueOf(digit < 0 ? 1 : digit).multiply(unit(c)));
          digit = -1;
        }
        case '万', '亿' -> {
          if (digit >= 0) {
            section = section.add(BigDecimal.valueOf(digit));
          }
          // 亿 scales everything so far (五十四万亿 = 54万 × 亿); 万 scales only its own section.
          total = c == '亿' ? total.add(section).multiply(unit(c)) : total.add(section.multiply(unit(c)));
          section = BigDecimal.ZERO;
          digit = -1;
        }
        default -> {
          return Optional.empty();
        }
      }
    }
    if (digit >= 0) {
      section = section.add(BigDecimal.valueOf(digit));
    }
    return Optional.of(total.add(section));
  }

  private static BigDecimal unit(char c) {
    return switch (c) {
      case '十' -> BigDecimal.TEN;
      case '百' -> BigDecimal.valueOf(100);
      case '千' -> BigDecimal.valueOf(1000);
      case '万' -> BigDecimal.valueOf(10_000);
      case '亿' -> BigDecimal.valueOf(100_000_000);
      default -> BigDecimal.ONE;
    };
  }

  /** The integer written in Chinese numerals as a count is written ({@code 54} → {@code 五十四}). */
  public static String toChinese(long v) {
    if (v < 0) {
      throw new IllegalArgumentException("negative value " + v);
    }
    if (v < 10) {
      return String.valueOf(DIGITS.charAt((int) v));
    }
    if (v >= 100_000_000L) {
      return toChinese(v / 100_000_000L) + "亿" + tail(v % 100_000_000L, 10_000_000L);
    }
    if (v >= 10_000L) {
      return toChinese(v / 10_000L) + "万" + tail(v % 10_000L, 1000L);
    }
    StringBuilder sb = new StringBuilder();
    long[] units = {1000, 100, 10};
    String names = "千百十";
    boolean zero = false;
    long rest = v;
    for (int i = 0; i < units.length; i++) {
      long d = rest / units[i];
      rest %= units[i];
      if (d > 0) {
        if (zero) {
          sb.append('零');
          zero = false;
        }
        if (!(units[i] == 10 && d == 1 && sb.length() == 0)) {
          sb.append(DIGITS.charAt((int) d));
        }
        sb.append(names.charAt(i));
      } else if (sb.length() > 0) {
        zero = true;
      }
    }
    if (rest > 0) {
      if (zero) {
        sb.append('零');
      }
      sb.append(DIGITS.charAt((int) rest));
    }
    return sb.toString();
  }

  private static String tail(long rest, long firstUnit) {
    if (rest == 0) {
      return "";
    }
    return (rest < firstUnit ? "零" : "") + toChinese(rest);
  }

  /** A year written digit by digit ({@code 2035} → {@code 二〇三五}). */
  public static String yearToChinese(int year) {
    StringBuilder sb = new StringBuilder();
    for (char c : Integer.toString(year).toCharArray()) {
      sb.append(c == '0' ? '〇' : DIGITS.charAt(c - '0'));
    }
    return sb.toString();
  }
}
