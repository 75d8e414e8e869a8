package org.kaodian.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The speed-ups over java.util.regex find exactly what the plain patterns find. */
class PatternHelpersPropertyTest {
  /** Texts of short words, cues and separators, so that lists, cues and near-misses are frequent. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("会议", "大会", "全会", "举行", "仪式", "通过", "确立", "、", "、", "，", "。", "“", "”", "是", "的",
            "说", "A1", "会", "全", "发展", "新", "建设", "高质量发展", "理念")
        .list().ofMaxSize(18).map(parts -> String.join("", parts));
  }

  private static final String ALTERNATION = "会议|大会|举行.{0,6}(仪式|会议)|通过了|确立|全会";

  @Property(tries = 400)
  void phraseTestAgreesWithFind(@ForAll("texts") String text) {
    assertThat(PhraseTest.of(ALTERNATION).in(text)).isEqualTo(Pattern.compile(ALTERNATION).matcher(text).find());
  }

  @Property(tries = 400)
  void guardedPatternFindsTheSameMatches(@ForAll("texts") String text) {
    Matcher plain = Pattern.compile(ALTERNATION).matcher(text);
    Matcher guarded = GuardedPattern.compile(ALTERNATION).matcher(text);
    while (plain.find()) {
      assertThat(guarded.find()).isTrue();
      assertThat(guarded.start()).isEqualTo(plain.start());
      assertThat(guarded.group()).isEqualTo(plain.group());
    }
    assertThat(guarded.find()).isFalse();
  }

  @Property(tries = 400)
  void cueSearchFindsTheSameListsAsFind(@ForAll("texts") String text) {
    Pattern list = Pattern.compile("(?:[\\p{IsHan}“”]{2,12}+、){2,6}[\\p{IsHan}“”]{2,14}");
    Matcher plain = list.matcher(text);
    Matcher cued = list.matcher(text);
    int from = 0;
    while (plain.find()) {
      assertThat(CueSearch.find(cued, text, from, Pattern.compile("、"), 2, 12)).isTrue();
      assertThat(cued.start()).isEqualTo(plain.start());
      assertThat(cued.group()).isEqualTo(plain.group());
      from = cued.end();
    }
    assertThat(CueSearch.find(cued, text, from, Pattern.compile("、"), 2, 12)).isFalse();
  }

  @Property(tries = 400)
  void cueSearchFindsTheSameEventsAsFind(@ForAll("texts") String text) {
    Pattern event = Pattern.compile("([\\p{IsHan}“”]{2,10}?(?:会议|大会|全会))[^，。]{0,12}?(?:确立|通过)");
    Matcher plain = event.matcher(text);
    Matcher cued = event.matcher(text);
    boolean found = plain.find();
    assertThat(CueSearch.find(cued, text, 0, Pattern.compile("会议|大会|全会"), 2, 10)).isEqualTo(found);
    if (found) {
      assertThat(cued.group(1)).isEqualTo(plain.group(1));
      assertThat(cued.start()).isEqualTo(plain.start());
    }
  }

  @Test
  void aGuardNeedsAPlainFirstCharacterInEveryAlternative() {
    assertThatThrownBy(() -> GuardedPattern.compile("会议|\\d+人")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not open on a required plain character");
    assertThatThrownBy(() -> GuardedPattern.compile("会?议")).isInstanceOf(IllegalArgumentException.class);
  }
}
