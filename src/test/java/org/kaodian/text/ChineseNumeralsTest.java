package org.kaodian.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {
  private static BigDecimal v(String s) {
    return ChineseNumerals.value(s).orElseThrow();
  }

  @Test
  void readsFiguresAsDocumentsWriteThem() {
    assertThat(v("五十四万亿")).isEqualByComparingTo("54000000000000");
    assertThat(v("十八点五")).isEqualByComparingTo("18.5");
    assertThat(v("二〇三五")).isEqualByComparingTo("2035");
    assertThat(v("1.2万亿")).isEqualByComparingTo("1200000000000");
    assertThat(v("一千二百万")).isEqualByComparingTo("12000000");
    assertThat(v("三亿五千万")).isEqualByComparingTo("350000000");
    assertThat(v("十")).isEqualByComparingTo("10");
    assertThat(v("两千九百五十六")).isEqualByComparingTo("2956");
  }

  @Test
  void refusesWhatIsNoNumeral() {
    assertThat(ChineseNumerals.value("发展")).isEmpty();
    assertThat(ChineseNumerals.value("")).isEmpty();
  }

  @Test
  void writesCountsAndYearsBack() {
    assertThat(ChineseNumerals.toChinese(54)).isEqualTo("五十四");
    assertThat(ChineseNumerals.toChinese(2956)).isEqualTo("二千九百五十六");
    assertThat(ChineseNumerals.toChinese(105)).isEqualTo("一百零五");
    assertThat(ChineseNumerals.toChinese(10)).isEqualTo("十");
    assertThat(ChineseNumerals.yearToChinese(2035)).isEqualTo("二〇三五");
    for (long n : new long[] {7, 19, 230, 4001, 12000, 54000000}) {
      assertThat(v(ChineseNumerals.toChinese(n))).isEqualByComparingTo(BigDecimal.valueOf(n));
    }
  }
}
