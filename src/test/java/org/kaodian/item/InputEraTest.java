package org.kaodian.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kaodian.extract.AnswerType;
import org.kaodian.extract.Lexicon;
import org.kaodian.extract.Statement;

class InputEraTest {
  @Test
  void theLatestPlanCongressOrTermTheInputNamesBoundsItsYear() {
    assertThat(InputEra.of("“十二五”时期，我们要认真贯彻党的十七大精神。").postdates("两个确立")).isTrue();
    assertThat(InputEra.of("“十二五”时期，我们要认真贯彻党的十七大精神。").postdates("四个全面")).isFalse();
    assertThat(InputEra.of("高举邓小平理论伟大旗帜——在中国共产党第十五次全国代表大会上的报告").postdates("科学发展观")).isTrue();
    assertThat(InputEra.of("十一届全国人大四次会议").postdates("“两个维护”")).isTrue();
    // A Central Committee's term begins with the congress of its number.
    assertThat(InputEra.of("十七届四中全会").postdates("高质量发展")).isTrue();
    assertThat(InputEra.of("二十届三中全会").postdates("全球治理倡议")).isFalse();
    // An event's 届 says nothing of the era, and a text that names nothing is unbounded.
    assertThat(InputEra.of("第十届世界和平论坛在北京举行。").postdates("新质生产力")).isFalse();
    assertThat(InputEra.of("要坚持稳中求进。").postdates("新质生产力")).isFalse();
    // What the input itself uses dates it: a text on 新质生产力 that names only 十八大 is from 2023 at least.
    assertThat(InputEra.of("党的十八大以来，我们大力发展新质生产力。").postdates("全球文明倡议")).isFalse();
    assertThat(InputEra.of("党的十八大以来，我们大力发展新质生产力。").postdates("全球治理倡议")).isTrue();
  }

  @Test
  void noOptionOffersAFormulationPutForwardAfterTheInput() {
    Statement old = DistractorRulesTest.statement("a.txt",
        "我们要高举中国特色社会主义伟大旗帜，以邓小平理论和“三个代表”重要思想为指导，深入贯彻落实科学发展观。", AnswerType.FORMULA, "三个代表");
    Statement plan = DistractorRulesTest.statement("a.txt", "“十二五”时期是全面建设小康社会的关键时期。", AnswerType.FORMULA, "十二五");
    Statement now = DistractorRulesTest.statement("a.txt", "“十四五”时期经济社会发展取得新的重大成就。", AnswerType.FORMULA, "十四五");
    assertThat(options(List.of(old, plan))).isNotEmpty().doesNotContain("两个确立", "两个维护", "两个大局", "两个结合");
    assertThat(options(List.of(old, now))).containsAnyOf("两个确立", "两个维护", "两个大局", "两个结合");
  }

  private static List<String> options(List<Statement> all) {
    DistractorPool pool = DistractorPool.of(all, Lexicon.standard(), all.stream().map(Statement::text).toList());
    Statement s = all.get(0);
    return pool.pick(new DistractorPool.Slot(s.answers().get(0), s.text(), "a.txt", List.of(), Set.of(), Set.of()), 6,
        new Random(3)).stream().map(Distractor::text).toList();
  }
}
