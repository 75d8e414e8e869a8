package org.kaodian.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AffixesTest {
  @Test
  void sharedStartsAndEnds() {
    assertThat(Affixes.commonPrefix(List.of("讲品位", "讲格调", "讲责任"))).isEqualTo("讲");
    assertThat(Affixes.commonSuffix(List.of("全球发展倡议", "全球安全倡议"))).isEqualTo("全球发展倡议".substring(4));
    assertThat(Affixes.commonPrefix(List.of("稳中求进", "以进促稳"))).isEmpty();
    assertThat(Affixes.commonPrefix(List.of("一国两制"))).isEqualTo("一国两制");
    assertThat(Affixes.commonSuffix(List.of())).isEmpty();
  }
}
