package org.kaodian.item;

import org.kaodian.text.ChineseNumerals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Nearby values of a figure in the same form: same unit, qualifier, precision and magnitude. */
final class NumberForms {
  private static final Pattern ARABIC = Pattern.compile("^(\\d+(?:\\.\\d+)?)(.*)$");
  private static final Pattern CHINESE = Pattern.compile("^(第?)([一二三四五六七八九十]{1,3}+)(?![百千点])(.*)$");
  private static final String DIGITS = "零一二三四五六七八九";
  /** 百分之十八点五, 二〇三五年, 一千二百万人: figures written in Chinese numerals, as documents write them. */
  private static final Pattern PERCENT_CN = Pattern.compile("^百分之([零〇一二两三四五六七八九十点]+)(.*)$");
  private static final Pattern YEAR_CN = Pattern.compile("^([〇零一二三四五六七八九]{4})(年.*)$");
  private static final Pattern NUMERAL_CN = Pattern.compile("^([零〇一二两三四五六七八九十百千点]+)(.*)$");

  private NumberForms() {}

  /** Up to six nearby values, nearest first, alternating below and above; empty when not a figure. */
  static List<String> near(String answer) {
    return near(answer, new int[] {-1, 1, 2, -2, 3});
  }

  /** More nearby values (up to five steps each side), for a range that admits only one side. */
  static List<String> nearBothSides(String answer) {
    return near(answer, new int[] {-1, 1, -2, 2, -3, 3, -4, 4, -5, 5});
  }

  /** The leading figure of a value such as {@code 65.2%} or {@code 1.39万亿斤}; null when there is none. */
  static BigDecimal value(String figure) {
    Matcher a = ARABIC.matcher(figure);
    if (a.matches()) {
      return new BigDecimal(a.group(1));
    }
    Matcher pct = PERCENT_CN.matcher(figure);
    if (pct.matches()) {
      return ChineseNumerals.value(pct.group(1)).orElse(null);
    }
    Matcher year = YEAR_CN.matcher(figure);
    if (year.matches()) {
      return ChineseNumerals.value(year.group(1)).orElse(null);
    }
    Matcher c = CHINESE.matcher(figure);
    if (c.matches()) {
      return BigDecimal.valueOf(fromChinese(c.group(2)));
    }
    Matcher general = NUMERAL_CN.matcher(figure);
    return general.matches() ? ChineseNumerals.value(general.group(1)).orElse(null) : null;
  }

  private static List<String> near(String answer, int[] steps) {
    Matcher a = ARABIC.matcher(answer);
    if (a.matches()) {
      return nearArabic(a.group(1), a.group(2), steps);
    }
    Matcher year = YEAR_CN.matcher(answer);
    if (year.matches()) {
      int y = ChineseNumerals.value(year.group(1)).orElseThrow().intValue();
      List<String> out = new ArrayList<>();
      int grain = y % 5 == 0 ? 5 : 1;
      for (int d : new int[] {-1, 1, -2, 2, 3}) {
        out.add(ChineseNumerals.yearToChinese(y + d * grain) + year.group(2));
      }
      return out;
    }
    Matcher pct = PERCENT_CN.matcher(answer);
    if (pct.matches()) {
      return inChinese("百分之", pct.group(1), "%" + pct.group(2), steps);
    }
    Matcher c = CHINESE.matcher(answer);
    Matcher general = NUMERAL_CN.matcher(answer);
    if (!c.matches() && general.matches() && ChineseNumerals.value(general.group(1)).isPresent()) {
      return inChinese("", general.group(1), general.group(2), steps);
    }
    if (c.matches()) {
      int v = fromChinese(c.group(2));
      List<String> out = new ArrayList<>();
      for (int d : steps.length > 5 ? steps : new int[] {-1, 1, -2, 2, 3}) {
        if (v + d > 0 && v + d < 100) {
          out.add(c.group(1) + toChinese(v + d) + c.group(3));
        }
      }
      return out;
    }
    return List.of();
  }

  /**
   * Nearby values of a figure written in Chinese numerals, written the same way: the value is read,
   * moved as an Arabic figure would be, and written back ({@code 百分之十八点五} → {@code 百分之十八点二}).
   */
  private static List<String> inChinese(String prefix, String numeral, String unit, int[] steps) {
    BigDecimal v = ChineseNumerals.value(numeral).orElseThrow();
    List<String> out = new ArrayList<>();
    BigDecimal bare = v.stripTrailingZeros();
    if (bare.precision() == 1 && bare.scale() <= 0 && !unit.startsWith("%")) {
      // A round figure written in words (千亿斤, 三万人) is offered among round figures (两千亿斤), never 一千零八十亿斤.
      BigDecimal grain = BigDecimal.ONE.movePointRight(-bare.scale());
      // 一百万亿元 among 二百 and 三百万亿元 is spotted (two or three times the answer): a one is moved by tenths,
      // 九十万亿元, 一百一十万亿元.
      if (bare.unscaledValue().intValue() == 1 && grain.compareTo(BigDecimal.TEN) >= 0) {
        grain = grain.movePointLeft(1);
      }
      for (int k : steps) {
        BigDecimal x = v.add(grain.multiply(BigDecimal.valueOf(k)));
        if (x.signum() > 0) {
          out.add(prefix + chinese(x) + unit);
        }
      }
      return out;
    }
    // The Arabic neighbours carry the unit only to choose the step; it is put back in Chinese form.
    String stepUnit = unit.startsWith("%") ? "%" : "";
    for (String n : nearArabic(v.stripTrailingZeros().toPlainString(), stepUnit, steps)) {
      BigDecimal x = new BigDecimal(n.substring(0, n.length() - stepUnit.length()));
      String shownUnit = unit.startsWith("%") ? unit.substring(1) : unit;
      out.add(prefix + chinese(x) + shownUnit);
    }
    return out;
  }

  /** A positive value in Chinese numerals, decimals digit by digit after 点. */
  private static String chinese(BigDecimal x) {
    BigDecimal s = x.stripTrailingZeros();
    String plain = s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    int dot = plain.indexOf('.');
    String whole = ChineseNumerals.toChinese(Long.parseLong(dot < 0 ? plain : plain.substring(0, dot)));
    if (dot < 0) {
      return whole;
    }
    StringBuilder sb = new StringBuilder(whole).append('点');
    for (char ch : plain.substring(dot + 1).toCharArray()) {
      sb.append(DIGITS.charAt(ch - '0'));
    }
    return sb.toString();
  }

  private static List<String> nearArabic(String number, String unit, int[] steps) {
    BigDecimal v = new BigDecimal(number);
    int scale = Math.max(0, v.scale());
    BigDecimal step;
    if (unit.startsWith("年") && scale == 0 && v.compareTo(BigDecimal.valueOf(1000)) >= 0
        && v.compareTo(BigDecimal.valueOf(2200)) <= 0) {
      // A year: the years around it, not 1721 for 1921; a round target year (2035, 2060) among round
      // years, or the one round year of the options is the answer.
      step = v.remainder(BigDecimal.valueOf(5)).signum() == 0 ? BigDecimal.valueOf(5) : BigDecimal.ONE;
    } else if (unit.startsWith("周年") || unit.startsWith("岁")) {
      step = v.remainder(BigDecimal.valueOf(5)).signum() == 0 ? BigDecimal.valueOf(5) : BigDecimal.ONE;
    } else if ((unit.startsWith("%") || unit.startsWith("个百分点")) && v.compareTo(BigDecimal.TEN) <= 0) {
      step = scale == 0 ? new BigDecimal("0.5") : BigDecimal.ONE.movePointLeft(scale).max(new BigDecimal("0.1")).multiply(BigDecimal.valueOf(v.compareTo(BigDecimal.ONE) < 0 ? 1 : 3));
    } else {
      BigDecimal raw = v.multiply(new BigDecimal("0.08"));
      BigDecimal grain = BigDecimal.ONE.movePointLeft(scale);
      if (raw.compareTo(grain) < 0) {
        step = grain;
      } else {
        // One significant digit keeps distractors looking like real, round-ish figures.
        step = raw.round(new java.math.MathContext(1, RoundingMode.HALF_UP));
        if (step.scale() > scale) {
          step = step.setScale(scale, RoundingMode.HALF_UP);
        }
        step = step.max(grain);
      }
    }
    List<String> out = new ArrayList<>();
    for (int k : steps) {
      BigDecimal x = v.add(step.multiply(BigDecimal.valueOf(k)));
      if (x.signum() > 0) {
        out.add(format(x, scale) + unit);
      }
    }
    return out;
  }

  /** The figure without trailing zeros, but never less precise than the answer (9.0% beside 8.4%). */
  private static String format(BigDecimal x, int scale) {
    BigDecimal s = x.stripTrailingZeros();
    if (s.scale() < scale) {
      s = s.setScale(scale);
    }
    return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
  }

  static int fromChinese(String s) {
    if (s.equals("十")) {
      return 10;
    }
    int ten = s.indexOf('十');
    if (ten < 0) {
      return DIGITS.indexOf(s.charAt(0));
    }
    int tens = ten == 0 ? 1 : DIGITS.indexOf(s.charAt(0));
    int ones = ten == s.length() - 1 ? 0 : DIGITS.indexOf(s.charAt(ten + 1));
    return tens * 10 + ones;
  }

  static String toChinese(int v) {
    if (v < 10) {
      return String.valueOf(DIGITS.charAt(v));
    }
    int tens = v / 10;
    int ones = v % 10;
    return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
  }
}
