package org.kaodian.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
  @Test
  void shipsAtLeast150StandingFormulasAndTerms() {
    Lexicon l = Lexicon.standard();
    assertThat(l.terms()).hasSizeGreaterThanOrEqualTo(150).contains("两个确立", "新质生产力", "全过程人民民主");
    assertThat(l.category("四个意识")).isEqualTo(Lexicon.Category.FORMULA);
  }

  @Test
  void addsNumberedOrRepeatedQuotedTermsFromTheInput() {
    Lexicon l = Lexicon.standard().withQuotedTermsFrom(List.of("坚持“三个务实”。", "这是“牛鼻子”。", "“揭榜挂帅”与“揭榜挂帅”"));
    assertThat(l.contains("三个务实")).isTrue();
    assertThat(l.contains("揭榜挂帅")).isTrue();
    assertThat(l.contains("牛鼻子")).isFalse();
  }
}
