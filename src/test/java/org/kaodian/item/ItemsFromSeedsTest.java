package org.kaodian.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kaodian.Pipeline;
import org.kaodian.Seeds;
import org.kaodian.extract.AnswerSpan;
import org.kaodian.extract.AnswerType;
import org.kaodian.export.JsonExporter;
import org.kaodian.render.Templates;
import org.kaodian.text.Segmenter;

class ItemsFromSeedsTest {
  private static Templates templates;
  private static List<Item> all;

  @BeforeAll
  static void generateAll() throws Exception {
    templates = Templates.load(Path.of("question-templates"));
    all = Pipeline.items(Seeds.extraction(), templates,
        new ItemGenerator.Selection(ItemGenerator.Selection.ALL, List.of(ItemType.values())), 7);
  }

  @Test
  void everyItemFromTheSeedsIsStructurallySound() {
    assertThat(all).extracting(Item::type).contains(ItemType.values());
    assertThat(all).allSatisfy(i -> assertThat(ItemChecks.problems(i)).as(i.stem()).isEmpty());
    assertThat(all).extracting(Item::id).doesNotHaveDuplicates();
  }

  @Test
  void choiceOptionsAreDistinctAndHoldTheAnswer() {
    for (Item i : all) {
      if (i.type() == ItemType.SINGLE_CHOICE) {
        assertThat(i.options()).hasSize(4).doesNotHaveDuplicates().containsAll(i.answers());
        assertThat(i.answers()).hasSize(1);
      }
      if (i.type() == ItemType.MULTIPLE_CHOICE) {
        assertThat(i.options()).hasSizeBetween(4, 5).doesNotHaveDuplicates().containsAll(i.answers());
        assertThat(i.answers()).hasSizeGreaterThanOrEqualTo(2);
      }
    }
  }

  @Test
  void fillInStemsNeverShowTheAnswer() {
    all.stream().filter(i -> i.type() == ItemType.FILL_BLANK).forEach(i -> {
      assertThat(i.stem()).contains("______");
      i.answers().forEach(a -> assertThat(i.stem()).doesNotContain(a));
    });
  }

  @Test
  void explanationGivesTheOriginalSentence() {
    assertThat(all).allSatisfy(i -> assertThat(i.explanation()).contains(i.source().sentence()));
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherShuffle() throws Exception {
    var sel = new ItemGenerator.Selection(30, List.of(ItemType.values()));
    String a = JsonExporter.itemsJson(Pipeline.items(Seeds.extraction(), templates, sel, 7), 7);
    String b = JsonExporter.itemsJson(Pipeline.items(Seeds.extraction(), templates, sel, 7), 7);
    String c = JsonExporter.itemsJson(Pipeline.items(Seeds.extraction(), templates, sel, 8), 8);
    assertThat(a).isEqualTo(b);
    assertThat(a).isNotEqualTo(c);
  }

  @Test
  void balancedSelectionMixesTypesAndDocuments() {
    var items = Pipeline.items(Seeds.extraction(), templates, new ItemGenerator.Selection(30, List.of(ItemType.values())), 7);
    assertThat(items).hasSize(30);
    for (ItemType t : ItemType.values()) {
      assertThat(items.stream().filter(i -> i.type() == t).count()).as(t.id()).isGreaterThanOrEqualTo(3);
    }
    assertThat(items.stream().map(i -> i.source().document()).distinct().count()).isGreaterThanOrEqualTo(4);
    assertThat(items).isSortedAccordingTo((x, y) -> Double.compare(y.score(), x.score()));
  }

  @Test
  void distractorFamiliesKeepTheAnswersType() {
    DistractorPool pool = DistractorPool.of(Seeds.extraction().statements(), Seeds.extraction().lexicon(), Seeds.extraction().detected());
    Random r = new Random(1);
    assertThat(pool.distractors(span("5%左右", AnswerType.NUMBER), "", 3, r)).hasSize(3).allMatch(s -> s.endsWith("%左右"));
    assertThat(pool.distractors(span("两个确立", AnswerType.FORMULA), "", 3, r)).hasSize(3)
        .allMatch(s -> s.matches("[一二两三四五六七八九十]+个.+"));
    assertThat(pool.distractors(span("三农", AnswerType.FORMULA), "", 3, r)).hasSize(3)
        .allMatch(s -> s.length() <= 4 && !s.contains("个"));
    assertThat(pool.distractors(span("稳中求进", AnswerType.FORMULA), "我们要坚持稳中求进、以进促稳、先立后破。", 3, r))
        .hasSize(3).doesNotContain("以进促稳", "先立后破");
    assertThat(pool.distractors(span("绿色生产力", AnswerType.TERM), "", 3, r)).allMatch(s -> s.endsWith("力"));
    List<String> persons = pool.distractors(span("李强", AnswerType.PERSON), "", 3, r);
    assertThat(persons).isNotEmpty().allMatch(p -> Segmenter.segment(p).get(0).isPerson());
    assertThat(pool.distractors(span("重庆", AnswerType.PLACE), "", 3, r)).isNotEmpty().doesNotContain("重庆");
  }

  @Test
  void synonymsAndValuesAlsoTrueAreNeverDistractors() {
    DistractorPool pool = DistractorPool.of(Seeds.extraction().statements(), Seeds.extraction().lexicon(), Seeds.extraction().detected());
    List<String> d = pool.distractors(span("5.2%", AnswerType.NUMBER), "国内生产总值增长5.2%，城镇调查失业率平均为5.5%。", 3, new Random(3));
    assertThat(d).doesNotContain("5.5%", "5.2%");
  }

  @Test
  void aCandidateTheInputStatesElsewhereIsNeverAFalseOption() {
    DistractorPool pool = DistractorPool.of(List.of(), Seeds.extraction().lexicon(),
        List.of("战略性新兴产业、未来产业是发展新质生产力的主阵地。"));
    String sentence = "支柱产业是发展新质生产力的主阵地。";
    for (int seed = 0; seed < 20; seed++) {
      assertThat(pool.distractors(new AnswerSpan("支柱产业", AnswerType.TERM, 0, 4), sentence, 3, new Random(seed)))
          .doesNotContain("未来产业", "战略性新兴产业");
    }
  }

  private static AnswerSpan span(String text, AnswerType type) {
    return new AnswerSpan(text, type, 0, text.length());
  }
}
