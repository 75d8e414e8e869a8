package org.kaodian.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kaodian.Pipeline;
import org.kaodian.Seeds;
import org.kaodian.extract.Extractor;
import org.kaodian.ingest.Ingestor;
import org.kaodian.render.Templates;

/** Papers as a whole, from text through extraction: the cross-item rules and the examples. */
class PaperTest {
  private static Templates templates;

  @BeforeAll
  static void load() throws Exception {
    templates = Templates.load(Path.of("question-templates"));
  }

  private static Pipeline.Extraction extract(String text) throws Exception {
    return Pipeline.extract(List.of(Ingestor.fromText("test.txt", text)), Extractor.DEFAULT_THRESHOLD);
  }

  private static PaperAssembler.Paper paper(Pipeline.Extraction ex, int count, List<ItemType> types, boolean repeats) {
    return Pipeline.paper(ex, templates, new ItemGenerator.Selection(count, types, repeats), 7);
  }

  static void assertIsOnePaper(List<Item> items) {
    for (int a = 0; a < items.size(); a++) {
      for (int b = a + 1; b < items.size(); b++) {
        assertThat(PaperAssembler.conflict(items.get(a), items.get(b)))
            .as(items.get(a).stem() + " / " + items.get(b).stem()).isEmpty();
      }
    }
    assertThat(items).extracting(Item::fact).doesNotHaveDuplicates();
  }

  @Test
  void theInitiativesListOffersOnlyOtherInitiatives() throws Exception {
    var ex = extract("# 政府工作报告\n\n推动构建人类命运共同体，落实全球发展倡议、全球安全倡议、全球文明倡议，深化拓展全球伙伴关系。\n\n"
        + "中俄两国以永久睦邻友好、全面战略协作、互利合作共赢为精神内核。\n\n我们要坚持稳中求进、以进促稳、先立后破。\n");
    for (ItemType t : List.of(ItemType.SINGLE_CHOICE, ItemType.MULTIPLE_CHOICE)) {
      List<Item> items = paper(ex, ItemGenerator.Selection.ALL, List.of(t), false).items();
      Item initiatives = items.stream().filter(i -> i.source().sentence().contains("全球发展倡议")).findFirst().orElseThrow();
      List<String> wrong = initiatives.options().stream().filter(o -> !initiatives.answers().contains(o)).toList();
      assertThat(wrong).as(t.id()).isNotEmpty().allMatch(o -> o.endsWith("倡议"))
          .doesNotContain("高质量发展", "全面战略协作", "永久睦邻友好");
      assertThat(initiatives.distractors()).extracting(Distractor::text).containsExactlyInAnyOrderElementsOf(wrong);
      assertThat(initiatives.distractors()).allMatch(d -> !d.from().isBlank());
      assertThat(initiatives.explanation()).contains("（出自《政府工作报告》）");
    }
  }

  @Test
  void aSloganListMakesAFalseStatementAndAMultipleChoiceOfItsOwnForm() {
    // The statement as the extractor reports such a list (the extractor's own picks change with its ranker).
    var slogan = DistractorRulesTest.statement("wenyi.txt", "广大文艺工作者要坚持讲品位、讲格调、讲责任，抵制低俗、庸俗、媚俗。",
        org.kaodian.extract.AnswerType.FORMULA, "讲品位", "讲格调", "讲责任");
    var ex = new Pipeline.Extraction(List.of(slogan), org.kaodian.extract.Lexicon.standard(), List.of(slogan.text()));
    Item tf = paper(ex, ItemGenerator.Selection.ALL, List.of(ItemType.TRUE_FALSE), false).items().get(0);
    assertThat(tf.answers()).containsExactly("错误"); // the first true/false of a paper is false
    assertThat(tf.distractors()).hasSize(1);
    String swapped = tf.distractors().get(0).text();
    assertThat(swapped).startsWith("讲").hasSize(3).isNotIn("讲品位", "讲格调", "讲责任");
    assertThat(tf.stem()).contains(swapped);
    Item mc = paper(ex, ItemGenerator.Selection.ALL, List.of(ItemType.MULTIPLE_CHOICE), false).items().get(0);
    assertThat(mc.options()).hasSizeBetween(4, 5).allMatch(o -> o.startsWith("讲") && o.length() == 3);
    assertThat(mc.answers()).hasSizeBetween(2, 3).allMatch(a -> List.of("讲品位", "讲格调", "讲责任").contains(a));
    assertThat(mc.options()).doesNotContain("稳就业", "大开放", "稳增长");
  }

  @Test
  void aDocumentWithoutHeadingIsNeverCitedByItsFileName() throws Exception {
    var ex = Pipeline.extract(List.of(Ingestor.fromText("2022_xinhua_ershida_fabuhui.txt",
        "十四届全国人大二次会议应出席代表2956人。今年是中华人民共和国成立75周年。\n\n我们要坚持稳中求进、以进促稳、先立后破。\n")),
        Extractor.DEFAULT_THRESHOLD);
    List<Item> items = paper(ex, ItemGenerator.Selection.ALL, List.of(ItemType.values()), false).items();
    assertThat(items).isNotEmpty().allSatisfy(i -> {
      assertThat(i.explanation()).doesNotContain("2022_xinhua", "出自");
      assertThat(i.source().title()).isEmpty();
    });
  }

  @Test
  void aShortInputWritesEachFactOnceAndSaysSoUnlessRepeatsAreAllowed() throws Exception {
    var ex = extract("# 政府工作报告\n\n推动构建人类命运共同体，落实全球发展倡议、全球安全倡议、全球文明倡议，深化拓展全球伙伴关系。\n\n"
        + "十四届全国人大二次会议应出席代表2956人。\n\n我们要坚持稳中求进、以进促稳、先立后破。\n");
    PaperAssembler.Paper p = paper(ex, 30, List.of(ItemType.values()), false);
    assertThat(p.items()).hasSizeLessThan(30).isNotEmpty();
    assertIsOnePaper(p.items());
    assertThat(p.shortNote()).hasValueSatisfying(n -> assertThat(n)
        .startsWith("only " + p.distinctFacts() + " distinct facts; wrote " + p.items().size() + " questions"));
    PaperAssembler.Paper repeated = paper(ex, 30, List.of(ItemType.values()), true);
    assertThat(repeated.items().size()).isGreaterThan(p.items().size());
    assertThat(repeated.repeated()).isTrue();
  }

  @Test
  void aCountedPaperLeavesOutWeakerStatementsAndSaysSo() throws Exception {
    String closing = "让我们紧密团结在以习近平同志为核心的党中央周围，增强“四个意识”、坚定“四个自信”、做到“两个维护”。";
    var ex = extract("# 政府工作报告\n\n十四届全国人大二次会议应出席代表2956人。\n\n我们要坚持稳中求进、以进促稳、先立后破。\n\n"
        + closing + "\n");
    assertThat(ex.statements()).extracting(org.kaodian.extract.Statement::text).contains(closing);
    PaperAssembler.Paper p = paper(ex, 30, List.of(ItemType.values()), false);
    assertThat(p.items()).extracting(i -> i.source().sentence()).doesNotContain(closing);
    assertThat(p.weakFacts()).isEqualTo(1);
    assertThat(p.shortNote()).hasValueSatisfying(n -> assertThat(n).contains("left out 1 weaker statement ("));
    assertThat(p.items()).filteredOn(i -> i.type() == ItemType.TRUE_FALSE)
        .allMatch(i -> i.score() >= TrueFalseBuilder.MIN_SCORE);
    // Every fact once (--count all) still asks it: the teacher asked for everything.
    assertThat(paper(ex, -1, List.of(ItemType.values()), false).items()).extracting(i -> i.source().sentence())
        .contains(closing);
  }

  @Test
  void anOptionNeverCostsALaterQuestionItsPlace() throws Exception {
    // 十五五 offered beside 十四五 would show the answer of the question on 十五五, which would then be dropped.
    var ex = extract("# 说明\n\n“十四五”时期是第一个五年，已经打下坚实基础，实现良好开局。\n\n"
        + "“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。\n");
    List<Item> items = paper(ex, 30, List.of(ItemType.SINGLE_CHOICE), false).items();
    assertThat(items).flatExtracting(Item::answers).containsExactlyInAnyOrder("十四五", "十五五");
    assertIsOnePaper(items);
  }

  @Test
  void seedPapersHoldEachFactOnceAndNoGiveAways() {
    for (int count : new int[] {30, 40, ItemGenerator.Selection.ALL}) {
      List<Item> items = paper(Seeds.extraction(), count, List.of(ItemType.values()), false).items();
      assertIsOnePaper(items);
      // The booklet's 政府工作报告 (its heading block starts at paragraph 52) is cited by its title.
      items.stream().filter(i -> i.source().document().startsWith("004_") && i.source().paragraph() > 55 && i.source().paragraph() < 148)
          .forEach(i -> assertThat(i.explanation()).as(i.stem()).endsWith("（出自《政府工作报告》）"));
      assertThat(items).noneMatch(i -> i.explanation().contains("《——") || i.explanation().contains("《00"));
      if (count == 30) {
        assertThat(items).hasSize(30);
        Map<ItemType, Long> byType = items.stream().collect(Collectors.groupingBy(Item::type, Collectors.counting()));
        assertThat(byType.values()).allMatch(n -> n >= 3);
      }
    }
  }

  @Test
  void reviewedRowsThatRepeatAFactOrGiveAnAnswerAwayAreLeftOutAndReported() {
    List<Item> paper = paper(Seeds.extraction(), 30, List.of(ItemType.values()), false).items();
    List<Item> bank = Pipeline.items(Seeds.extraction(), templates, new ItemGenerator.Selection(ItemGenerator.Selection.ALL,
        List.of(ItemType.values()), true), 7);
    Item clash = bank.stream().filter(b -> paper.stream().noneMatch(p -> p.id().equals(b.id()))
        && paper.stream().anyMatch(p -> p.fact().equals(b.fact()))).findFirst().orElseThrow();
    List<Item> rows = new ArrayList<>(paper);
    rows.add(clash);
    List<String> notes = new ArrayList<>();
    assertThat(PaperAssembler.onePaper(rows, (i, why) -> notes.add(i.id() + " " + why))).containsExactlyElementsOf(paper);
    assertThat(notes).singleElement().asString().startsWith(clash.id() + " both ask ");
  }

  @Test
  void multipleChoiceVariesItsOptionAndAnswerCounts() {
    List<Item> mc = Pipeline.items(Seeds.extraction(), templates, new ItemGenerator.Selection(ItemGenerator.Selection.ALL,
        List.of(ItemType.MULTIPLE_CHOICE), true), 7);
    assertThat(mc).hasSizeGreaterThanOrEqualTo(4).allSatisfy(i -> {
      assertThat(i.options()).hasSizeBetween(4, 5);
      assertThat(i.answers()).hasSizeBetween(2, 4);
      assertThat(i.answers().size()).isLessThan(i.options().size());
    });
    assertThat(mc.stream().map(i -> i.answers().size()).distinct().count()).isGreaterThanOrEqualTo(2);
    assertThat(mc.stream().map(i -> i.options().size()).distinct().count()).isEqualTo(2);
  }

  @Test
  void trueAndFalseAreBalancedAndStemsCarryOneClause() {
    List<Item> tf = paper(Seeds.extraction(), ItemGenerator.Selection.ALL, List.of(ItemType.TRUE_FALSE), false).items();
    long falses = tf.stream().filter(i -> i.answers().get(0).equals("错误")).count();
    assertThat(tf).hasSizeGreaterThanOrEqualTo(10);
    assertThat(Math.abs(falses * 2 - tf.size())).isLessThanOrEqualTo(1);
    assertThat(tf).allMatch(i -> i.stem().length() <= TrueFalseBuilder.MAX_STEM + 10)
        .allMatch(i -> i.score() >= TrueFalseBuilder.MIN_SCORE);
    assertThat(Seeds.extraction().statements()).anyMatch(st -> st.score() < TrueFalseBuilder.MIN_SCORE);
    List<String> swaps = new ArrayList<>();
    tf.forEach(i -> i.distractors().forEach(d -> swaps.add(d.text())));
    assertThat(swaps).hasSize((int) falses);
  }

  @Test
  void aLongSentenceIsCutToTheClauseOfItsFact() {
    String text = "各级政府及其工作人员要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，"
        + "自觉在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致，不断提高政治判断力、政治领悟力、政治执行力，"
        + "把党的领导贯穿政府工作各方面全过程；要坚持依法行政，严格遵守宪法法律。";
    int at = text.indexOf("两个确立");
    String clause = TrueFalseBuilder.clause(text, at, at + 4, 60).orElseThrow();
    assertThat(clause).contains("两个确立").endsWith("。").hasSizeLessThanOrEqualTo(60).doesNotContain("依法行政");
    assertThat(TrueFalseBuilder.clause("短句两个确立。", 2, 6, 60)).contains("短句两个确立。");
  }
}
