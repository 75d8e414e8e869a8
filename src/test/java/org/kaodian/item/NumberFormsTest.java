package org.kaodian.item;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberFormsTest {
  @Test
  void percentagesKeepUnitQualifierAndPrecision() {
    assertThat(NumberForms.near("5%左右")).contains("4.5%左右", "5.5%左右", "6%左右").allMatch(s -> s.endsWith("%左右"));
    assertThat(NumberForms.near("5.2%")).allMatch(s -> s.matches("\\d+(\\.\\d)?%"));
  }

  @Test
  void countsStayNearbyAndRound() {
    assertThat(NumberForms.near("2956人")).allMatch(s -> s.endsWith("人"))
        .allMatch(s -> Math.abs(Integer.parseInt(s.replace("人", "")) - 2956) <= 800);
    assertThat(NumberForms.near("1.39万亿斤")).allMatch(s -> s.matches("\\d\\.\\d{1,2}万亿斤"));
  }

  @Test
  void anniversariesMoveInFives() {
    assertThat(NumberForms.near("75周年")).contains("70周年", "80周年");
  }

  @Test
  void ordinalsOfCongressesStayOrdinals() {
    assertThat(NumberForms.near("第十四届")).contains("第十三届", "第十五届");
    assertThat(NumberForms.near("二次会议")).contains("一次会议", "三次会议");
  }

  @Test
  void figuresInChineseNumeralsStayInChineseNumerals() {
    assertThat(NumberForms.near("百分之五左右")).isNotEmpty().allMatch(s -> s.startsWith("百分之") && s.endsWith("左右"))
        .doesNotContain("百分之五左右");
    assertThat(NumberForms.near("百分之十八点五")).contains("百分之十七点五", "百分之十九点五").allMatch(s -> s.startsWith("百分之"));
    assertThat(NumberForms.near("二〇三五年")).contains("二〇三〇年", "二〇四〇年");
    assertThat(NumberForms.near("二〇二一年")).contains("二〇二〇年", "二〇二二年");
    assertThat(NumberForms.near("一千二百万人")).isNotEmpty().allMatch(s -> s.endsWith("万人") && !s.matches(".*\\d.*"));
    assertThat(NumberForms.near("五十四万亿元")).contains("五十三万亿元", "五十五万亿元");
    assertThat(NumberForms.near("千亿斤")).contains("九百亿斤", "一千一百亿斤").noneMatch(x -> x.contains("零"));
    // Within about a third of the answer, never two or three times it.
    assertThat(NumberForms.near("一百万亿元")).contains("九十万亿元", "一百一十万亿元").doesNotContain("二百万亿元");
    assertThat(NumberForms.near("三万人")).contains("二万人", "四万人");
  }

  @Test
  void aRoundTargetYearIsOfferedAmongRoundYears() {
    assertThat(NumberForms.near("2060年")).contains("2055年", "2065年").allMatch(y -> Integer.parseInt(y.substring(0, 4)) % 5 == 0);
    assertThat(NumberForms.near("1921年")).contains("1920年", "1922年");
  }
}
