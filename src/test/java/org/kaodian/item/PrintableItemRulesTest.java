package org.kaodian.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kaodian.Pipeline;
import org.kaodian.extract.AnswerType;
import org.kaodian.extract.Lexicon;
import org.kaodian.extract.Statement;
import org.kaodian.render.Templates;

/**
 * The rules that keep an item printable as it is, one test each: the failures a blind teacher's read
 * of papers from unseen documents found (absurd swaps, arguably true false statements, weak blanks,
 * stems cut mid-phrase, unpaired quotes, closing exhortations).
 */
class PrintableItemRulesTest {
  private static final Lexicon LEXICON = Lexicon.standard();
  private static StemRenderer renderer;

  @BeforeAll
  static void load() throws Exception {
    renderer = Templates.load(Path.of("question-templates"));
  }

  private static List<String> distractors(List<Statement> all, Statement s, String answer) {
    DistractorPool pool = DistractorPool.of(all, LEXICON, all.stream().map(Statement::text).toList());
    var span = s.answers().stream().filter(a -> a.text().equals(answer)).findFirst().orElseThrow();
    return pool.pick(new DistractorPool.Slot(span, s.text(), s.source().document(), List.of(), Set.of(), Set.of()), 5,
        new Random(3)).stream().map(Distractor::text).toList();
  }

  private static ItemBuilder.Context context(List<Statement> all) {
    return new ItemBuilder.Context(DistractorPool.of(all, LEXICON, all.stream().map(Statement::text).toList()),
        renderer, new Random(1));
  }

  @Test
  void aFalseStatementNeverSwapsOneConceptForAnother() {
    // 保障国家能源安全各地区都有责任 is true on its own: a concept swap makes no false statement.
    Statement s = DistractorRulesTest.statement("a.txt", "保障国家粮食安全各地区都有责任，粮食调入地区更要稳定粮食生产。",
        AnswerType.TERM, "粮食安全");
    Statement o = DistractorRulesTest.statement("a.txt", "要保障国家能源安全和产业链供应链安全。", AnswerType.TERM, "能源安全");
    assertThat(new TrueFalseBuilder().build(s, context(List.of(s, o)), true)).isEmpty();
    // A figure still makes one.
    Statement f = DistractorRulesTest.statement("a.txt", "2021年，我国粮食产量达到1.37万亿斤，连续七年稳定在1.3万亿斤以上。", AnswerType.NUMBER, "1.37万亿斤");
    assertThat(new TrueFalseBuilder().build(f, context(List.of(f)), true)).isPresent();
  }

  @Test
  void aTrueFalseIsNeverTheFrameOfWhatWasStressed() {
    Statement s = DistractorRulesTest.statement("a.txt", "中共中央总书记、国家主席、中央军委主席习近平7日下午在出席十四届全国人大二次会议解放军和武警部队代表团全体会议时强调，"
        + "新兴领域战略能力是国家战略体系和能力重要组成部分，关系我国经济社会高质量发展，对以中国式现代化全面推进强国建设、民族复兴伟业具有重要意义。",
        AnswerType.NUMBER, "十四届");
    assertThat(new TrueFalseBuilder().build(s, context(List.of(s)), false)).isEmpty();
  }

  @Test
  void aFormulaIsNeverStatedTrue() {
    Statement s = DistractorRulesTest.statement("a.txt", "扎实做好“六稳”“六保”工作，推动经济持续健康发展。", AnswerType.FORMULA, "六稳", "六保");
    assertThat(new TrueFalseBuilder().build(s, context(List.of(s)), false)).isEmpty();
  }

  @Test
  void aRegionsStrategyIsNoDistractorForANationalTerm() {
    Statement s = DistractorRulesTest.statement("a.txt", "加快培养制造业高质量发展的急需人才。", AnswerType.TERM, "高质量发展");
    Statement o = DistractorRulesTest.statement("a.txt", "推进京津冀协同发展、长三角一体化发展，坚持绿色发展。", AnswerType.TERM,
        "京津冀协同发展", "长三角一体化发展", "绿色发展");
    assertThat(distractors(List.of(s, o), s, "高质量发展")).doesNotContain("京津冀协同发展", "长三角一体化发展");
  }

  @Test
  void aTitleQuotingATitleIsCitedWithInnerAngleBrackets() {
    String text = "党员教育管理工作必须坚持以习近平新时代中国特色社会主义思想为指导，做到“两个维护”。";
    int at = text.indexOf("两个维护");
    Statement s = new Statement(org.kaodian.extract.StatementKind.FORMULA, text,
        List.of(new org.kaodian.extract.AnswerSpan("两个维护", AnswerType.FORMULA, at, at + 4)), 0.9, "test",
        List.of(new org.kaodian.extract.Source("a.txt", "中共中央印发《中国共产党党员教育管理工作条例》", 0, 0, text.length())));
    Item fill = new FillBlankBuilder().build(s, context(List.of(s))).orElseThrow();
    assertThat(fill.explanation()).endsWith("（出自《中共中央印发〈中国共产党党员教育管理工作条例〉》）");
  }

  @Test
  void aDeedNamedByItsKindIsNoBlank() {
    assertThat(AnswerForm.isWeakBlank("采取的举措")).isTrue();
    assertThat(AnswerForm.isWeakBlank("一种重要方式")).isTrue();
    assertThat(AnswerForm.isWeakBlank("民族工作的重要原则")).isTrue();
    assertThat(AnswerForm.isWeakBlank("实现中华民族伟大复兴的关键时期")).isTrue();
    assertThat(AnswerForm.isWeakBlank("精准扶贫")).isFalse();
  }

  @Test
  void aKindOfPartAPairOfVerbsOrAQuantifiedSubjectIsNoBlank() {
    // Blind read EE (the 1982 congress and 2008 reports).
    for (String hollow : List.of("组成部分", "重要表现", "建立和发展", "每一个党员", "坚强核心", "战略措施", "创造性工程之一",
        "特点和需要")) {
      assertThat(AnswerForm.isWeakBlank(hollow)).as(hollow).isTrue();
    }
    for (String named : List.of("领导核心", "社会主义精神文明", "一律平等", "党员")) {
      assertThat(AnswerForm.isWeakBlank(named)).as(named).isFalse();
    }
  }

  @Test
  void aNamedThingIsNeverOfferedARoleNoun() {
    Statement s = DistractorRulesTest.statement("a.txt", "公平正义是中国特色社会主义的内在要求。", AnswerType.TERM, "公平正义");
    Statement o = DistractorRulesTest.statement("a.txt", "社会主义核心价值观是兴国之魂，公平公正是法治的生命线。", AnswerType.TERM,
        "公平公正");
    assertThat(distractors(List.of(s, o), s, "公平正义")).doesNotContain("应有之义", "内在要求", "必然要求");
  }

  @Test
  void aTermIsOfferedOnlyTermsOfItsHeadWordAndGrammar() {
    Statement s = DistractorRulesTest.statement("a.txt", "经济体制改革的核心问题是处理好政府和市场的关系。", AnswerType.TERM,
        "处理好政府和市场的关系");
    Statement o = DistractorRulesTest.statement("a.txt", "要赓续中国共产党人精神谱系，处理好城乡关系。", AnswerType.TERM,
        "中国共产党人精神谱系");
    assertThat(distractors(List.of(s, o), s, "处理好政府和市场的关系")).doesNotContain("中国共产党人精神谱系");
    assertThat(AnswerForm.sameLeadClass("解决好农业农村农民问题", "经济体制改革的核心问题")).isFalse();
    assertThat(AnswerForm.sameLeadClass("解决好农业农村农民问题", "解决好群众最关心的问题")).isTrue();
  }

  @Test
  void aFormulaKeepsItsShapeOfRepeatedCharacters() {
    assertThat(AnswerForm.sameRepeats("一带一路", "必由之路")).isFalse();
    assertThat(AnswerForm.sameRepeats("四水四定", "四季村晚")).isFalse();
    assertThat(AnswerForm.sameRepeats("稳中求进", "以进促稳")).isTrue();
    Statement s = DistractorRulesTest.statement("a.txt", "让绿色成为共建“一带一路”的底色。", AnswerType.FORMULA, "一带一路");
    Statement o = DistractorRulesTest.statement("a.txt", "改革开放是“必由之路”，要坚持“一国两制”。", AnswerType.FORMULA,
        "必由之路", "一国两制");
    assertThat(distractors(List.of(s, o), s, "一带一路")).doesNotContain("必由之路");
  }

  @Test
  void aCutPieceOfAPhraseIsNeverAnOption() {
    assertThat(AnswerForm.isFragment("坚持和发展")).isTrue(); // 坚持和发展中国特色社会主义, cut before its object
    assertThat(AnswerForm.isFragment("高质量发展")).isFalse();
    assertThat(AnswerForm.isFragment("坚持和")).isTrue();
    assertThat(AnswerForm.isFragment("必须坚持发展")).isTrue();
    Statement s = DistractorRulesTest.statement("a.txt", "坚持发展是硬道理的本质要求就是坚持科学发展。", AnswerType.TERM, "坚持科学发展");
    Statement o = DistractorRulesTest.statement("a.txt", "中国始终坚持走和平发展道路，推动共同发展。", AnswerType.TERM, "平发展");
    assertThat(distractors(List.of(s, o), s, "坚持科学发展")).doesNotContain("平发展");
  }

  @Test
  void aBareRankingWordOrAGenericRoleIsNeverTheBlank() {
    assertThat(AnswerForm.isWeakBlank("根本")).isTrue();
    assertThat(AnswerForm.isWeakBlank("重要内容")).isTrue();
    assertThat(AnswerForm.isWeakBlank("教育的根本")).isTrue();
    assertThat(AnswerForm.isWeakBlank("根本宗旨")).isFalse();
    assertThat(AnswerForm.isWeakBlank("立德树人")).isFalse();
    Statement s = DistractorRulesTest.statement("a.txt", "要把立德树人作为教育的根本任务，培养社会主义建设者和接班人。", AnswerType.TERM,
        "教育的根本", "立德树人");
    assertThat(ItemBuilder.hideable(s)).hasValueSatisfying(a -> assertThat(a.text()).isEqualTo("立德树人"));
  }

  @Test
  void aRoleOrAWeakPredicateNeverMakesAFalseStatement() {
    assertThat(AnswerForm.isRole("根本任务")).isTrue();
    assertThat(AnswerForm.isRole("一项长期的艰巨的历史任务")).isTrue();
    assertThat(AnswerForm.isRole("维护世界和平的坚定力量")).isTrue();
    assertThat(AnswerForm.isRole("人民代表大会制度")).isFalse();
    Statement role = DistractorRulesTest.statement("a.txt", "解放和发展社会生产力是中国特色社会主义的根本任务。", AnswerType.TERM,
        "根本任务");
    Statement part = DistractorRulesTest.statement("a.txt", "政治体制改革是我国全面改革的重要组成部分。", AnswerType.TERM, "政治体制改革");
    Statement other = DistractorRulesTest.statement("a.txt", "深化行政体制改革，实现根本目的。", AnswerType.TERM, "行政体制改革", "根本目的");
    List<Statement> all = List.of(role, part, other);
    TrueFalseBuilder tf = new TrueFalseBuilder();
    assertThat(tf.build(role, context(all), true)).isEmpty();
    assertThat(tf.build(part, context(all), true)).isEmpty();
    // Nor is a descriptive term judged true: nothing in it could be got wrong.
    assertThat(tf.build(part, context(all), false)).isEmpty();
    Statement figure = DistractorRulesTest.statement("a.txt", "2024年国内生产总值增长5%左右。", AnswerType.NUMBER, "5%左右");
    assertThat(tf.build(figure, context(List.of(figure)), true)).hasValueSatisfying(i -> {
      assertThat(i.answers()).containsExactly("错误");
      assertThat(i.stem()).doesNotContain("增长5%左右");
    });
    assertThat(tf.build(figure, context(List.of(figure)), false)).isPresent();
  }

  @Test
  void aLongStemIsCutAtAClauseThatDoesNotEndOnAModifier() {
    String text = "建设社会主义文化强国，必须走中国特色社会主义文化发展道路，坚持为人民服务、为社会主义服务的方向，坚持百花齐放、百家争鸣的方针，"
        + "坚持贴近实际、贴近生活、贴近群众的原则，推动社会主义精神文明和物质文明全面发展，建设面向现代化、面向世界、面向未来的，"
        + "民族的科学的大众的社会主义文化。";
    Statement s = DistractorRulesTest.statement("a.txt", text, AnswerType.FORMULA, "贴近实际", "贴近生活", "贴近群众");
    Item fill = new FillBlankBuilder().build(s, context(List.of(s))).orElseThrow();
    assertThat(fill.stem().length()).isLessThanOrEqualTo(ItemBuilder.MAX_CHOICE_STEM + 20);
    assertThat(fill.stem()).contains("___").doesNotContain("面向未来的。");
    TrueFalseBuilder.clause(text, text.indexOf("面向现代化"), text.indexOf("面向现代化") + 5, 60)
        .ifPresent(c -> assertThat(c).doesNotEndWith("的。"));
  }

  @Test
  void aStemWithUnpairedQuotesIsADefect() {
    Statement s = DistractorRulesTest.statement("a.txt", "坚持“法治是最好的营商环境”理念，依法整治“内卷式”竞争。", AnswerType.TERM,
        "最好的营商环境”理念");
    Item broken = ItemBuilder.item(ItemType.TRUE_FALSE, s, "坚持“法治是新发展理念，依法整治“内卷式”竞争。", List.of(), List.of("错误"),
        renderer);
    assertThat(ItemChecks.problems(broken)).contains("stem's quotation marks are unpaired");
  }

  @Test
  void closingExhortationsAndMinistryAssignmentsAreAskedLast() throws Exception {
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt",
        "让我们紧密团结在以习近平同志为核心的党中央周围，坚定信心、踔厉奋发、埋头苦干。", AnswerType.FORMULA, "坚定信心"))).isTrue();
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt",
        "国家发展改革委要加强统筹，组织落实2030年前碳达峰行动方案。", AnswerType.DATE, "2030年"))).isTrue();
    var ex = Pipeline.extract(List.of(org.kaodian.ingest.Ingestor.fromText("t.txt",
        "# 意见\n\n让我们紧密团结在党中央周围，坚定信心、踔厉奋发、埋头苦干，为全面建设社会主义现代化国家作出新的贡献。\n\n"
            + "新质生产力本身就是绿色生产力。\n")), 0.0);
    var paper = Pipeline.paper(ex, Templates.load(Path.of("question-templates")),
        new ItemGenerator.Selection(1, List.of(ItemType.FILL_BLANK), false), 7);
    assertThat(paper.items()).singleElement().satisfies(i -> assertThat(i.source().sentence()).startsWith("新质生产力"));
  }

  @Test
  void aSubjectBeforeAWeakPredicateIsNoBlank() {
    Statement s = DistractorRulesTest.statement("a.txt", "社会治理是国家治理的重要方面。", AnswerType.TERM, "社会治理", "重要方面");
    assertThat(ItemBuilder.hideable(s)).isEmpty();
    // An adverb between subject and copula changes nothing (blind read EE).
    Statement adverb = DistractorRulesTest.statement("a.txt", "在我国经济和社会的发展中，人口问题始终是极为重要的问题。",
        AnswerType.TERM, "人口问题");
    assertThat(ItemBuilder.hideable(adverb)).isEmpty();
  }

  @Test
  void aFormulaReadAsYiWeiKeepsItsWei() {
    Statement s = DistractorRulesTest.statement("a.txt", "全党必须践行以人民为中心的发展思想，不断实现好最广大人民根本利益。",
        AnswerType.FORMULA, "人民为中心的发展思想");
    Statement o = DistractorRulesTest.statement("a.txt", "坚持以毛泽东思想为指导，坚持人民为中心的发展思想。", AnswerType.FORMULA,
        "毛泽东思想");
    assertThat(distractors(List.of(s, o), s, "人民为中心的发展思想")).doesNotContain("毛泽东思想");
  }

  @Test
  void aCountOfPeopleOrAMultipleOutsideTheHeadlineMeasuresIsAskedLast() {
    // Blind read EE refused 23 of 26 such figures of the 2006 and 2008 reports.
    for (String[] minor : List.of(new String[] {"今年（2006年）再解决3200万人的安全饮水问题。", "3200万人"},
        new String[] {"2006年，全国国有企业实现利润增长2.23倍，税收增长1.05倍。", "2.23倍"},
        new String[] {"2006年，新型农村合作医疗试点范围扩大；中央财政支出42.7亿元。", "42.7亿元"},
        new String[] {"2011年，改造农村危房150万户。", "150万户"})) {
      assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt", minor[0], AnswerType.NUMBER, minor[1])))
          .as(minor[1]).isTrue();
    }
    for (String[] headline : List.of(new String[] {"全国粮食连续四年增产，2007年产量达到50150万吨。", "50150万吨"},
        new String[] {"2003—2007年，全国新增城镇就业5100万人。", "5100万人"},
        new String[] {"2024年，应出席代表2956人。", "2956人"})) {
      assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt", headline[0], AnswerType.NUMBER, headline[1])))
          .as(headline[1]).isFalse();
    }
  }

  @Test
  void aLawARoutineLineActsOnAPlanThatDatesASentenceAndASubjectBeforeARatedTaskAreNoQuestions() {
    // Blind read FF (the 2006 report and two 2020 speeches).
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt", "要认真贯彻《中华人民共和国公司法》，加快国有大型企业股份制改革。",
        AnswerType.DOCUMENT, "中华人民共和国公司法"))).isTrue();
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt", "1950年，我国就颁布了《保障发明权与专利权暂行条例》。",
        AnswerType.DOCUMENT, "保障发明权与专利权暂行条例"))).isFalse();
    assertThat(ItemBuilder.hideable(DistractorRulesTest.statement("a.txt",
        "党的十八大以来特别是“十三五”时期，我们全面推进群众体育、竞技体育发展。", AnswerType.FORMULA, "十三五"))).isEmpty();
    assertThat(ItemBuilder.hideable(DistractorRulesTest.statement("a.txt",
        "加强国防和军队建设，是社会主义现代化建设的重要战略任务。", AnswerType.TERM, "加强国防和军队建设"))).isEmpty();
    assertThat(AnswerForm.isWeakBlank("重要平台")).isTrue();
    assertThat(AnswerForm.isWeakBlank("纲要（草案）")).isTrue();
  }

  @Test
  void aTermUsedAsAnAdverbAPlanBesideAnotherAndANewStageOfAnythingAreNoBlanks() {
    // Blind read GG (the 2005 report and two 2020 speeches).
    assertThat(ItemBuilder.hideable(DistractorRulesTest.statement("a.txt",
        "各地区应当从实际出发，实事求是地提出本地区经济社会发展的预期目标。", AnswerType.TERM, "实事求是"))).isEmpty();
    assertThat(ItemBuilder.hideable(DistractorRulesTest.statement("a.txt",
        "坚持实事求是的思想路线，发挥主体地位。", AnswerType.TERM, "实事求是"))).isPresent();
    assertThat(ItemBuilder.hideable(DistractorRulesTest.statement("a.txt",
        "今年（2005年），是全面完成“十五”任务、为“十一五”发展打好基础的关键一年。", AnswerType.FORMULA, "十五"))).isEmpty();
    assertThat(ItemBuilder.hideable(DistractorRulesTest.statement("a.txt",
        "“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。", AnswerType.FORMULA, "十五五"))).isPresent();
    for (String hollow : List.of("重要实践", "新发展", "变化进行调整", "我们坚定不移的目标", "新的阶段", "我国", "严重制约因素")) {
      assertThat(AnswerForm.isWeakBlank(hollow)).as(hollow).isTrue();
    }
    assertThat(AnswerForm.isWeakBlank("新发展理念")).isFalse();
    assertThat(AnswerForm.isWeakBlank("新时代")).isFalse();
    assertThat(AnswerForm.isWeakBlank("新发展阶段")).isFalse();
  }

  @Test
  void aDocumentsLayoutAListPartWithoutItsHeadAndHalfOfAJiYePairAreNoQuestions() {
    // Blind read HH (the 2004 report and the 十四五 建议说明).
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt",
        "第二板块为分论，总体上按照新发展理念的内涵来组织，安排了12个部分。", AnswerType.TERM, "新发展理念"))).isTrue();
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt",
        "一是处理好继承和创新的关系，做好“两个一百年”奋斗目标有机衔接。", AnswerType.FORMULA, "两个一百年"))).isTrue();
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt",
        "统筹推进“五位一体”总体布局，是一个重大部署。", AnswerType.FORMULA, "五位一体"))).isFalse();
    String text = "今年（2004年）经济增长预期目标为6.5%左右，既考虑了保持宏观调控目标的连续性，也考虑了各方面的承受能力。";
    assertThat(ItemBuilder.leadClause(text, text.indexOf("左右") + 2, ItemBuilder.MAX_CHOICE_STEM))
        .hasValueSatisfying(t -> assertThat(t).doesNotEndWith("连续性。"));
  }

  @Test
  void pointersAndUndatedRelativeYearsAreAskedLast() {
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt", "党中央在这里13个春秋，领导全国革命。",
        AnswerType.NUMBER, "13个春秋"))).isTrue();
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt", "明年要坚持稳字当头、稳中求进。",
        AnswerType.FORMULA, "稳中求进"))).isTrue();
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt", "今年（2025年）经济增长预期目标为5%左右。",
        AnswerType.NUMBER, "5%左右"))).isFalse();
  }

  @Test
  void anOpenListMakesNoFillInAndAMeetingsDateIsAskedLast() {
    Statement open = DistractorRulesTest.statement("a.txt", "建立未来产业投入增长机制，培育生物制造、量子科技、具身智能、6G等未来产业。",
        AnswerType.TERM, "生物制造", "量子科技", "具身智能", "6G");
    assertThat(new FillBlankBuilder().build(open, context(List.of(open)))).isEmpty();
    Statement list = DistractorRulesTest.statement("a.txt", open.text(), AnswerType.FORMULA, "生物制造", "量子科技", "具身智能");
    assertThat(new FillBlankBuilder().build(list, context(List.of(list)))).isEmpty();
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt",
        "中国共产党第十九届中央委员会第四次全体会议，于2019年10月28日至31日在北京举行。", AnswerType.DATE, "2019年10月28日")))
        .isTrue();
    assertThat(AnswerForm.isWeakBlank("重大课题")).isTrue();
  }

  @Test
  void aStemIsNotCutInsideAnOpenFrameAndAPointerToTheDocumentIsWeaker() {
    String s = "要坚持和加强党对宪法工作的全面领导，确保我国宪法发展的正确政治方向，确保我国宪法得到全面贯彻和有效实施，更好发挥宪法在坚持中国共产党领导，"
        + "保障人民当家作主，促进________________，推动社会主义法治国家建设进程，促进人权事业全面发展，维护国家统一、民族团结、社会和谐稳定等方面的重要作用。";
    assertThat(ItemBuilder.blankClause(s)).isEmpty();
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt",
        "到二〇二九年中华人民共和国成立八十周年时，完成本决定提出的改革任务。", AnswerType.DATE, "二〇二九年"))).isTrue();
  }

  @Test
  void aFigureTheStemAddsUpToIsGivenAwayAndALineOpeningOnWhatSomeoneDidIsWeaker() {
    assertThat(ItemChecks.sumOfShown("13500亿元", "今年拟安排财政赤字（　　），比上年增加1500亿元，其中中央财政赤字9500亿元，由中央代地方发债4000亿元。"))
        .isTrue();
    assertThat(ItemChecks.sumOfShown("13500亿元", "今年拟安排财政赤字（　　），比上年增加1500亿元。")).isFalse();
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt", "带头落实“短、实、新”文风，讲话接地气、暖人心。",
        AnswerType.FORMULA, "短、实、新"))).isTrue();
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt", "要求是坚持稳中求进工作总基调。",
        AnswerType.TERM, "稳中求进"))).isFalse();
  }

  @Test
  void aDistractorNeverRepeatsTheVerbBeforeTheGap() {
    Statement s = DistractorRulesTest.statement("a.txt", "党的十八大之后，党中央讨论加强党的建设如何抓时，就想到要解决这个问题。", AnswerType.TERM,
        "党的建设");
    Statement o = DistractorRulesTest.statement("a.txt", "必须加强作风建设，推进生态文明建设和文化建设。", AnswerType.TERM, "加强作风建设",
        "生态文明建设", "文化建设");
    assertThat(distractors(List.of(s, o), s, "党的建设")).isNotEmpty().doesNotContain("加强作风建设");
  }

  @Test
  void aBoundKeepsItsDirectionAndANamedExperienceIsNotShownByItsPlace() {
    AnswerForm.Bound b = AnswerForm.bound("全国财政性教育经费支出占国内生产总值比例超过4%。", "4%");
    assertThat(b).isNotNull();
    assertThat(b.admits("3.5%")).isFalse();
    assertThat(b.admits("4.5%")).isTrue();
    assertThat(ItemChecks.nameShown("枫桥经验", "所谓“__________”，就是由绍兴诸暨市枫桥镇干部群众创造的基层治理经验。")).isTrue();
    assertThat(ItemChecks.nameShown("枫桥经验", "坚持和发展新时代“__________”。")).isFalse();
  }

  @Test
  void aQuotedPassageIsCutToTheBlanksOwnSentenceAndAnEllipsisLeavesAListOpen() {
    String passage = "一方水土养一方人，今天的发展是过去历史的延续。作为一地的党政领导，一定要了解当地的历史沿革。绍兴历史文化深厚，______________，是宝贵的资源。";
    assertThat(ItemBuilder.blankClause(passage)).contains("绍兴历史文化深厚，______________，是宝贵的资源。");
    Statement open = DistractorRulesTest.statement("a.txt", "各类宏观政策协同发力，动态监测、中期评估、总结评估……", AnswerType.FORMULA,
        "动态监测", "中期评估", "总结评估");
    assertThat(new FillBlankBuilder().build(open, context(List.of(open)))).isEmpty();
    assertThat(AnswerForm.isWeakBlank("绍兴在转型升级过程中遇到的另一个问题")).isTrue();
    assertThat(AnswerForm.isWeakBlank("枫桥经验")).isFalse();
    assertThat(AnswerForm.isWeakBlank("一种脱胎换骨")).isTrue();
    assertThat(AnswerForm.isWeakBlank("至关重要")).isTrue();
    assertThat(AnswerForm.isWeakBlank("有深远战略意义")).isTrue();
    assertThat(AnswerForm.isWeakBlank("坚持实事求是")).isFalse();
    assertThat(AnswerForm.isWeakBlank("新发展理念")).isFalse();
    assertThat(AnswerForm.isWeakBlank("新时代")).isFalse();
    assertThat(AnswerForm.isWeakBlank("新发展阶段")).isFalse();
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt", "现在，他提出创新、协调、绿色、开放、共享的新发展理念。",
        AnswerType.FORMULA, "创新", "绿色"))).isTrue();
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt", "主要包括：完善一体推进不敢腐、不能腐、不想腐工作机制。",
        AnswerType.FORMULA, "不敢腐", "不能腐", "不想腐"))).isTrue();
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt", "迭代发布5版市场准入负面清单，发布《全国统一大市场建设指引（试行）》……",
        AnswerType.DOCUMENT, "全国统一大市场建设指引（试行）"))).isTrue();
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt", "后来，习书记又多次阐述“胆剑精神”。", AnswerType.TERM,
        "胆剑精神"))).isTrue();
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt", "现在这些企业遇上了“成长的烦恼”，就会有一个转型的过程。",
        AnswerType.TERM, "成长的烦恼"))).isTrue();
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt",
        "世界知识产权组织近期发布的《2025年全球创新指数报告》，给中国打出一个亮眼的分数。", AnswerType.DOCUMENT, "2025年全球创新指数报告"))).isTrue();
  }

  @Test
  void aQualityGetsNoDistractors() {
    Statement s = DistractorRulesTest.statement("a.txt", "宪法在国家和社会生活中具有总括性、原则性、纲领性、方向性。", AnswerType.TERM,
        "原则性");
    Statement o = DistractorRulesTest.statement("a.txt", "要增强工作的系统性、整体性、协同性、全局性。", AnswerType.TERM, "系统性",
        "整体性", "全局性");
    List<Statement> all = List.of(s, o);
    DistractorPool pool = DistractorPool.of(all, LEXICON, all.stream().map(Statement::text).toList());
    var slot = new DistractorPool.Slot(s.answers().get(0), s.text(), "a.txt", List.of("总括性", "纲领性", "方向性"), Set.of(),
        Set.of());
    assertThat(pool.pick(slot, 4, new Random(3))).isEmpty();
  }

  @Test
  void theLastElementOfAnOpenListIsNoBlankEither() {
    Statement s = DistractorRulesTest.statement("a.txt",
        "习近平总书记要求全党将人民生活幸福、粮食安全等工作摆在重要的位置来看待。", AnswerType.TERM, "粮食安全");
    assertThat(new FillBlankBuilder().build(s, context(List.of(s)))).isEmpty();
    Statement closed = DistractorRulesTest.statement("a.txt", "要把粮食安全摆在重要的位置来看待。", AnswerType.TERM, "粮食安全");
    assertThat(new FillBlankBuilder().build(closed, context(List.of(closed)))).isPresent();
  }

  @Test
  void listDistractorsKeepWhatTheElementsShareInside() {
    assertThat(DistractorPool.sharedInner(List.of("党中央提倡的坚决响应", "党中央决定的坚决执行", "党中央禁止的坚决不做"), 3, 0))
        .isEqualTo("的坚决");
    assertThat(DistractorPool.sharedInner(List.of("讲品位", "讲格调", "讲责任"), 1, 0)).isEmpty();
    Statement s = DistractorRulesTest.statement("a.txt", "切实做到党中央提倡的坚决响应、党中央决定的坚决执行、党中央禁止的坚决不做。",
        AnswerType.FORMULA, "党中央提倡的坚决响应", "党中央决定的坚决执行", "党中央禁止的坚决不做");
    Statement o = DistractorRulesTest.statement("b.txt", "坚持党中央集中统一领导、党中央决策部署、党中央权威。", AnswerType.FORMULA,
        "党中央集中统一领导", "党中央决策部署", "党中央权威");
    Statement p = DistractorRulesTest.statement("b.txt", "做到党中央号召的坚决落实。", AnswerType.FORMULA, "党中央号召的坚决落实");
    List<Statement> all = List.of(s, o, p);
    DistractorPool pool = DistractorPool.of(all, LEXICON, all.stream().map(Statement::text).toList());
    var span = s.answers().get(2);
    var picked = pool.pick(new DistractorPool.Slot(span, s.text(), "a.txt", List.of("党中央提倡的坚决响应", "党中央决定的坚决执行"),
        Set.of(), Set.of()), 5, new Random(3)).stream().map(Distractor::text).toList();
    assertThat(picked).contains("党中央号召的坚决落实").doesNotContain("党中央集中统一领导", "党中央决策部署", "党中央权威");
  }

  @Test
  void aMultipleChoiceTakesTheListsLastElementsSoTheSentenceReadsWhole() {
    Statement s = DistractorRulesTest.statement("a.txt", "要多出有利于稳预期、稳增长、稳就业的政策，谨慎出台收缩性抑制性举措。",
        AnswerType.FORMULA, "稳预期", "稳增长", "稳就业");
    Statement other = DistractorRulesTest.statement("a.txt", "做好稳外贸、稳外资、稳物价工作。", AnswerType.FORMULA, "稳外贸", "稳外资",
        "稳物价");
    Item mc = new MultipleChoiceBuilder().build(s, context(List.of(s, other))).orElseThrow();
    List<String> list = List.of("稳预期", "稳增长", "稳就业");
    List<String> hidden = list.subList(list.size() - mc.answers().size(), list.size());
    String visible = String.join("、", list.subList(0, list.size() - hidden.size()));
    assertThat(mc.answers()).hasSizeBetween(2, 3).containsExactlyInAnyOrderElementsOf(hidden);
    assertThat(mc.stem()).contains("有利于" + (visible.isEmpty() ? "" : visible + "、") + ItemBuilder.CHOICE_GAP + "的政策");
    assertThat(mc.options().size() - mc.answers().size()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aListWithoutASharedLeadOrHeadGetsNoDistractors() {
    Statement s = DistractorRulesTest.statement("a.txt", "我们要坚持稳中求进、以进促稳、先立后破。", AnswerType.FORMULA, "稳中求进", "以进促稳",
        "先立后破");
    Statement other = DistractorRulesTest.statement("a.txt", "大力发展科技金融、绿色金融、普惠金融。", AnswerType.FORMULA, "科技金融", "绿色金融",
        "普惠金融");
    Statement more = DistractorRulesTest.statement("a.txt", "做好养老金融、数字金融这篇大文章。", AnswerType.FORMULA, "养老金融", "数字金融");
    DistractorPool pool = DistractorPool.of(List.of(s, other, more), LEXICON, List.of(s.text(), other.text(), more.text()));
    var span = s.answers().get(0);
    assertThat(pool.pick(new DistractorPool.Slot(span, s.text(), "a.txt", ItemBuilder.siblings(s, span), Set.of(), Set.of()),
        3, new Random(1))).isEmpty();
    assertThat(new SingleChoiceBuilder().build(s, context(List.of(s, other)))).isEmpty();
    var fin = other.answers().get(0);
    assertThat(pool.pick(new DistractorPool.Slot(fin, other.text(), "a.txt", ItemBuilder.siblings(other, fin), Set.of(),
        Set.of()), 3, new Random(1))).isNotEmpty().allMatch(d -> d.text().endsWith("金融"));
  }

  @Test
  void aBlankEchoedByAParallelPhraseANumberedHeadingAndHalfAConditionAreNotPrinted() {
    assertThat(ItemChecks.echoed("爱好和平的民族", "中华民族是________________，中国人民是爱好和平的人民。")).isTrue();
    assertThat(ItemChecks.echoed("新质生产力", "__________本身就是绿色生产力。")).isFalse();
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt", "（九）实行高水平对外开放，开拓合作共赢新局面。",
        AnswerType.TERM, "高水平对外开放"))).isTrue();
    String conditional = "当前，我国将进入新发展阶段，面对新机遇新挑战，只要我们统筹推进“五位一体”总体布局、协调推进“四个全面”战略布局，"
        + "坚定不移贯彻新发展理念，构建新发展格局，就一定能够实现第二个百年奋斗目标，我们的国家和民族就一定能够迎来更加光明的未来。";
    int gap = conditional.indexOf("五位一体") + 4;
    assertThat(ItemBuilder.leadClause(conditional, gap, ItemBuilder.MAX_CHOICE_STEM)).isEmpty();
  }

  @Test
  void aShortLastClauseThatCompletesTheSentenceIsKept() {
    String s = "习近平同志在福建工作时就倡导“马上就办、真抓实干”，这与新时代以来以习近平同志为核心的党中央强调________________、"
        + "雷厉风行抓落实、________________、敢作善为抓落实，内在要求是一贯的。";
    assertThat(ItemBuilder.blankClause(s)).contains(s);
  }

  @Test
  void whatTheTextsCondemnIsNeverOffered() {
    Statement s = DistractorRulesTest.statement("a.txt", "讲政治，是我们党培养自我革命勇气的根本途径。", AnswerType.TERM, "自我革命");
    Statement o = DistractorRulesTest.statement("a.txt", "党彻底否定了“文化大革命”，推进社会革命。", AnswerType.TERM, "文化大革命", "社会革命");
    assertThat(distractors(List.of(s, o), s, "自我革命")).doesNotContain("文化大革命");
  }

  @Test
  void theUpperEndOfASpanStaysAboveItsLowerEnd() {
    AnswerForm.Bound b = AnswerForm.bound("每名学生要学会1至2项生活技能。", "2项");
    assertThat(b).isNotNull();
    assertThat(b.admits("1项")).isFalse();
    assertThat(b.admits("3项")).isTrue();
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt", "那时，新中国刚刚成立，百废待兴。",
        AnswerType.TERM, "新中国"))).isTrue();
  }
  @Test
  void aSuperlativeIsNoWeakPredicateAndAModifierTheParallelClauseRepeatsStaysInTheStem() {
    // 最重要的纪律 says what X is above all else: the subject is the thing to ask.
    Statement discipline = DistractorRulesTest.statement("a.txt", "政治纪律是党最根本、最重要的纪律，是净化政治生态的重要保证。",
        AnswerType.TERM, "政治纪律");
    assertThat(ItemBuilder.hideable(discipline)).hasValueSatisfying(a -> assertThat(a.text()).isEqualTo("政治纪律"));
    Statement attribute = DistractorRulesTest.statement("a.txt", "政治属性是党组织的根本属性，政治功能是党组织的基本功能。",
        AnswerType.TERM, "党组织的根本属性");
    assertThat(ItemBuilder.hideable(attribute)).hasValueSatisfying(a -> {
      assertThat(a.text()).isEqualTo("根本属性");
      assertThat(attribute.text().substring(a.start(), a.end())).isEqualTo("根本属性");
    });
    // Without a parallel clause the modifier is part of what is asked.
    Statement alone = DistractorRulesTest.statement("a.txt", "政治属性是党组织的根本属性，要不断强化各级各类党组织的政治属性和政治功能。", AnswerType.TERM, "党组织的根本属性");
    assertThat(ItemBuilder.hideable(alone)).hasValueSatisfying(a -> assertThat(a.text()).isEqualTo("党组织的根本属性"));
  }

  @Test
  void aStemIsNotCutBetweenATopicAndWhatIsDoneWithIt() {
    String text = "坚持原则、动真碰硬、敢抓敢管，对那些脱离实际急躁冒进、层层加码、乱铺摊子的，对那些违反民主集中制原则，"
        + "拍脑袋决策、拍胸脯表态、拍屁股走人的“三拍”干部，要及时调整、严肃处理，该“下”的坚决“下”。";
    int end = text.indexOf("拍屁股走人") + 5;
    assertThat(ItemBuilder.leadClause(text, end, 60)).isEmpty();
    assertThat(ItemBuilder.leadClause(text, end, 100)).hasValueSatisfying(c -> assertThat(c).contains("要及时调整"));
    assertThat(ItemBuilder.openTopic("对于违纪的干部，要严肃处理")).isFalse();
    assertThat(ItemBuilder.openTopic("对于违纪的干部")).isTrue();
  }
  @Test
  void aLongDocumentTitleIsNoBlank() {
    Statement s = DistractorRulesTest.statement("a.txt", "2018年中央办公厅印发《关于进一步激励广大干部新时代新担当新作为的意见》，2019年中央组织部印发有关具体措施的通知，强调干部工作要突出实践实干实效。",
        AnswerType.DOCUMENT, "关于进一步激励广大干部新时代新担当新作为的意见");
    assertThat(ItemBuilder.hideable(s)).isEmpty();
    Statement known = DistractorRulesTest.statement("a.txt", "1980年，党制定了《关于党内政治生活的若干准则》，对新形势下的党内政治生活作出全面规范，影响深远。",
        AnswerType.DOCUMENT, "关于党内政治生活的若干准则");
    assertThat(ItemBuilder.hideable(known)).isPresent();
  }
  @Test
  void aQualityBetweenTheCopulaAndAClosingDeIsNoBlankButARankIs() {
    Statement quality = DistractorRulesTest.statement("a.txt", "香港的根本利益同国家的根本利益是一致的，中央政府的心同香港同胞的心也是完全连通的。",
        AnswerType.TERM, "完全连通");
    assertThat(ItemBuilder.hideable(quality)).isEmpty();
    Statement subject = DistractorRulesTest.statement("a.txt", "中方愿意合作，但合作应该是双向的。", AnswerType.TERM, "合作应该");
    assertThat(ItemBuilder.hideable(subject)).isEmpty();
    Statement rank = DistractorRulesTest.statement("a.txt", "选人用人必须坚持德才兼备、以德为先，政治标准是第一位的，政治上不合格的坚决不用。",
        AnswerType.TERM, "第一位");
    assertThat(ItemBuilder.hideable(rank)).isPresent();
  }
  @Test
  void aNeedAGloryOrADutyIsNoBlankAndTheSubjectIsAskedInstead() {
    assertThat(AnswerForm.isWeakBlank("迫切需要")).isTrue();
    assertThat(AnswerForm.isWeakBlank("应尽之责")).isTrue();
    assertThat(AnswerForm.isWeakBlank("全体中华儿女的共同光荣")).isTrue();
    assertThat(AnswerForm.isWeakBlank("根本宗旨")).isFalse();
    Statement glory = DistractorRulesTest.statement("a.txt", "实现中华民族伟大复兴是全体中华儿女的共同光荣，也是全体中华儿女的共同使命。",
        AnswerType.TERM, "全体中华儿女的共同光荣", "实现中华民族伟大复兴");
    assertThat(ItemBuilder.hideable(glory)).hasValueSatisfying(a -> assertThat(a.text()).isEqualTo("实现中华民族伟大复兴"));
  }
  @Test
  void aListThatDescribesMakesNoFillInButAListOfQualitiesMay() {
    Statement change = DistractorRulesTest.statement("a.txt", "中央八项规定带来的变化，是全面深刻的变化、影响深远的变化、鼓舞人心的变化，塑造了党群干群关系。",
        AnswerType.FORMULA, "全面深刻的变化", "影响深远的变化", "鼓舞人心的变化");
    assertThat(new FillBlankBuilder().build(change, context(List.of(change)))).isEmpty();
    Statement qualities = DistractorRulesTest.statement("a.txt", "中华文明具有突出的连续性、创新性、统一性、包容性、和平性。",
        AnswerType.FORMULA, "连续性", "创新性", "统一性", "包容性", "和平性");
    assertThat(new FillBlankBuilder().build(qualities, context(List.of(qualities)))).isPresent();
    Statement formula = DistractorRulesTest.statement("a.txt", "坚持精准治污、科学治污、依法治污，持续深入打好蓝天、碧水、净土保卫战。",
        AnswerType.FORMULA, "精准治污", "科学治污", "依法治污");
    assertThat(new FillBlankBuilder().build(formula, context(List.of(formula)))).isPresent();
  }

  @Test
  void aStemStopsBeforeAClauseThatAnnouncesAList() {
    Statement s = DistractorRulesTest.statement("a.txt",
        "党政机关厉行节约反对浪费，应当深入贯彻中央八项规定精神，遵循下列原则：坚持依规依法，遵守党内法规和国家法律法规的相关规定，严格按照制度办事。",
        AnswerType.FORMULA, "八项规定");
    Item fill = new FillBlankBuilder().build(s, context(List.of(s))).orElseThrow();
    assertThat(fill.stem()).contains("___").doesNotContain("下列原则", "依规依法");
  }

  @Test
  void aWayOfRegardingAFragmentOpenerOrAPursuitIsNoBlank() {
    assertThat(AnswerForm.isWeakBlank("高度加以认识")).isTrue();
    assertThat(AnswerForm.isWeakBlank("且这个方案")).isTrue();
    assertThat(AnswerForm.isWeakBlank("不懈追求")).isTrue();
    assertThat(AnswerForm.isWeakBlank("高质量发展")).isFalse();
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt",
        "讲话从统筹中华民族伟大复兴战略全局和世界百年未有之大变局的高度，明确提出推进自我革命“九个以”的实践要求。",
        AnswerType.FORMULA, "九个以"))).isTrue();
  }

  @Test
  void aPlansOrdinalIsNeverSwappedInAFalseStatement() {
    Statement s = DistractorRulesTest.statement("a.txt", "“十五五”时期经济社会发展，必须坚持马克思列宁主义、毛泽东思想、邓小平理论。",
        AnswerType.FORMULA, "十五五");
    assertThat(new TrueFalseBuilder().build(s, context(List.of(s)), true)).isEmpty();
  }
  @Test
  void stemsStayNearTheirLimit() {
    String lead = "紧紧围绕党中央决策部署，聚焦把握新发展阶段、贯彻新发展理念、构建新发展格局、推动高质量发展等重大战略，"
        + "聚焦全面深化改革开放、促进共同富裕、推进科技自立自强、防范化解重大风险等重点任务，加强监督检查，推动落实落地，";
    String text = lead + "确保不偏向、不变通、不走样。";
    assertThat(ItemBuilder.leadClause(text, text.length() - 1, ItemBuilder.MAX_CHOICE_STEM)).isEmpty();
    // 65 characters to judge: one claim too many for a true/false item.
    Statement tf = DistractorRulesTest.statement("a.txt",
        "党的十八大以来，党中央团结带领全党全国各族人民，坚持稳中求进工作总基调，推动经济实力实现历史性跃升，国内生产总值达到126万亿元。",
        AnswerType.NUMBER, "126万亿元");
    assertThat(new TrueFalseBuilder().build(tf, context(List.of(tf)), false)).isEmpty();
    // A cut stem of 100 characters or more buries its gap (1 of 7 such was printable in reads P to W; 6 of 10 of 95–99).
    String cut = "以习近平同志为核心的党中央团结带领全党全国各族人民，坚持稳中求进工作总基调，统筹国内国际两个大局，统筹发展和安全，推动经济实力实现历史性跃升，"
        + "科技实力和综合国力显著增强，城乡居民收入和国内生产总值达到（　　），人民生活水平不断提高，社会大局保持稳定，中华民族伟大复兴进入了不可逆转的历史进程。";
    assertThat(ItemBuilder.leadClause(cut, cut.indexOf("（　　）") + 4, ItemBuilder.MAX_CHOICE_STEM)).isEmpty();
    String shorter = cut.substring(cut.indexOf("统筹发展和安全"));
    assertThat(ItemBuilder.leadClause(shorter, shorter.indexOf("（　　）") + 4, ItemBuilder.MAX_CHOICE_STEM)).isPresent();
  }

  @Test
  void aPhraseLeadingIntoAListOfResultsIsNoPartOfTheStem() {
    Statement s = DistractorRulesTest.statement("a.txt", "2024年，主要表现在，产业升级有新进展，粮食产量首次跃上1.4万亿斤新台阶。",
        AnswerType.NUMBER, "1.4万亿斤");
    assertThat(new FillBlankBuilder().build(s, context(List.of(s)))).get().extracting(Item::stem).asString()
        .startsWith("2024年，产业升级有新进展，粮食产量首次跃上");
  }

  @Test
  void aFigureIsAHeadlineOnlyWhenItsOwnClauseNamesTheMeasure() {
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt",
        "2016年，工业企业利润由上年下降2.3%转为增长8.5%，单位国内生产总值能耗下降5%，经济发展的质量和效益明显提高。",
        AnswerType.NUMBER, "2.3%"))).isTrue();
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt",
        "2016年，通过及时有力开展抢险救灾，紧急转移安置900多万人次，最大限度降低了灾害损失。", AnswerType.NUMBER, "900多万人次"))).isTrue();
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt",
        "2024年，经济规模稳步扩大，国内生产总值达到134.9万亿元、增长5%，增速居世界主要经济体前列。", AnswerType.NUMBER, "134.9万亿元"))).isFalse();
    // A count of measures is as minor (blind read W).
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt",
        "2009年，全面实施增值税转型，加上取消和停征100项行政事业性收费，可减轻企业和居民负担约5000亿元。", AnswerType.NUMBER, "100项"))).isTrue();
  }
  @Test
  void aPassingListOfUnrelatedPhrasesMakesNoFillInButAQuotedOrSharedOneDoes() {
    Statement passing = DistractorRulesTest.statement("a.txt", "要紧密结合各自实际，开动脑筋、主动作为、大胆作为，创造性开展工作，真正让党中央决策部署落地见效。",
        AnswerType.FORMULA, "开动脑筋", "主动作为", "大胆作为");
    assertThat(new FillBlankBuilder().build(passing, context(List.of(passing)))).isEmpty();
    Statement quoted = DistractorRulesTest.statement("a.txt", "全面推行“双随机、一公开、一网通”监管，持续优化营商环境，激发各类经营主体活力。",
        AnswerType.FORMULA, "双随机", "一公开", "一网通");
    assertThat(new FillBlankBuilder().build(quoted, context(List.of(quoted)))).isPresent();
    Statement shared = DistractorRulesTest.statement("a.txt", "坚持精准治污、科学治污、依法治污，持续深入打好蓝天、碧水、净土保卫战。",
        AnswerType.FORMULA, "精准治污", "科学治污", "依法治污");
    assertThat(new FillBlankBuilder().build(shared, context(List.of(shared)))).isPresent();
  }

  @Test
  void aConnectiveIsNoBlankAStemEndsBeforeTwoSidesAndTheFourModernisationsAreNoSet() {
    assertThat(AnswerForm.isWeakBlank("归结起来")).isTrue();
    String text = "今年（2013年）经济增长预期目标定为7.5%左右，主要基于两方面考虑：一方面，要继续抓住机遇、促进发展。";
    assertThat(ItemBuilder.leadClause(text, text.indexOf("左右") + 2, ItemBuilder.MAX_CHOICE_STEM))
        .hasValue("今年（2013年）经济增长预期目标定为7.5%左右。");
    // Swapped for one another, 城镇化 and 新型工业化 both read true: they are no set to draw from.
    assertThat(DistractorPool.kin("城镇化")).doesNotContain("新型工业化");
  }
  @Test
  void theKindOfAFormulaIsNoBlankAndWhatTheTextsCondemnHasNoDistractors() {
    assertThat(AnswerForm.isWeakBlank("方针")).isTrue();
    Statement s = DistractorRulesTest.statement("a.txt", "对任何旨在制造“台湾独立”、“两个中国”、“一中一台”的言行，我们都坚决反对。",
        AnswerType.FORMULA, "台湾独立", "两个中国", "一中一台");
    // Quoted, 两个中国 joins the input's lexicon as a numbered formula, as 两个结合 is one.
    DistractorPool pool = DistractorPool.of(List.of(s), LEXICON.withQuotedTermsFrom(List.of(s.text())), List.of(s.text()));
    var span = s.answers().get(1);
    assertThat(pool.pick(new DistractorPool.Slot(span, s.text(), "a.txt", List.of(), Set.of(), Set.of()), 3, new Random(3)))
        .isEmpty();
  }
  @Test
  void aPriceBasisAndTheSubjectOfAGenericGreatMatterAreNoBlanks() {
    Statement price = DistractorRulesTest.statement("a.txt", "2012年继续提高小麦、稻谷最低收购价，每50公斤分别提高7—9元和16—23元，稳定农民收入预期。",
        AnswerType.NUMBER, "50公斤");
    assertThat(ItemBuilder.hideable(price)).isEmpty();
    Statement matter = DistractorRulesTest.statement("a.txt", "就业是关系国家发展和人民福祉的大事，必须千方百计稳定和扩大岗位。", AnswerType.TERM, "就业");
    assertThat(ItemBuilder.hideable(matter)).isEmpty();
  }

  @Test
  void aFigureInTheTermsOwnClauseIsAskedBeforeTheTermAndAGenericRatingIsNoBlank() {
    String text = "今年中央财政用于“三农”的投入拟安排9884.5亿元，比上年增加1304.8亿元。";
    Statement s = new Statement(org.kaodian.extract.StatementKind.NUMERIC, text, List.of(
        new org.kaodian.extract.AnswerSpan("三农", AnswerType.TERM, 8, 10),
        new org.kaodian.extract.AnswerSpan("9884.5亿元", AnswerType.NUMBER, text.indexOf("9884"), text.indexOf("9884") + 8)),
        0.9, "test", List.of(new org.kaodian.extract.Source("a.txt", "标题", 0, 0, text.length())));
    assertThat(ItemBuilder.hideable(s)).map(org.kaodian.extract.AnswerSpan::text).contains("9884.5亿元");
    // A term whose figure stands in another clause is still asked first.
    String apart = "要深入实施“三农”工作部署，今年安排资金9884.5亿元。";
    Statement t = new Statement(org.kaodian.extract.StatementKind.NUMERIC, apart, List.of(
        new org.kaodian.extract.AnswerSpan("三农", AnswerType.TERM, 6, 8),
        new org.kaodian.extract.AnswerSpan("9884.5亿元", AnswerType.NUMBER, apart.indexOf("9884"), apart.indexOf("9884") + 8)),
        0.9, "test", List.of(new org.kaodian.extract.Source("a.txt", "标题", 0, 0, apart.length())));
    assertThat(ItemBuilder.hideable(t)).map(org.kaodian.extract.AnswerSpan::text).contains("三农");
    assertThat(AnswerForm.isWeakBlank("重要条件")).isTrue();
    assertThat(AnswerForm.isWeakBlank("正确理论")).isTrue();
    assertThat(AnswerForm.isWeakBlank("各族人民的根本利益所在")).isTrue();
    assertThat(AnswerForm.isWeakBlank("根本保证")).isFalse();
    assertThat(AnswerForm.isWeakBlank("正确政治方向")).isFalse();
  }

  @Test
  void aStemIsNotCutWhileACopulaBeforeACircumstanceStillWaitsForItsComplement() {
    String sentence = "一九七八年邓小平《解放思想，实事求是，团结一致向前看》这篇讲话，是在“文化大革命”结束以后，中国面临向何处去的重大历史关头，"
        + "冲破“（　　）”的禁锢，开辟新时期新道路、开创建设有中国特色社会主义新理论的宣言书。";
    assertThat(ItemBuilder.gapClause(sentence)).isEmpty();
    // Without the open copula the same cut is a stem.
    String plain = "一九七八年邓小平《解放思想，实事求是，团结一致向前看》这篇讲话，在“文化大革命”结束以后，中国面临向何处去的重大历史关头，"
        + "冲破了“（　　）”的禁锢，此后开辟新时期新道路、开创建设有中国特色社会主义新理论。";
    assertThat(ItemBuilder.gapClause(plain)).isPresent();
  }

  @Test
  void aThingRatedAndNamedByItsKindOnlyIsNoBlankButASuperlativeAMetaphorOrAGuaranteeIs() {
    for (String weak : List.of("一支重要力量", "一件了不起的大事", "根本大计", "指导性文件", "我们的主要经验", "伟大创造", "必然趋势",
        "基本条件", "巨大的促进", "相当长时期的主要任务", "中国")) {
      assertThat(AnswerForm.isWeakBlank(weak)).as(weak).isTrue();
    }
    for (String kept : List.of("最根本的问题", "重要法宝", "唯一正确道路", "根本保证", "根本保障", "对外开放")) {
      assertThat(AnswerForm.isWeakBlank(kept)).as(kept).isFalse();
    }
    // ____是长期的任务: many subjects fit a long task, so the subject is no blank there either.
    Statement task = DistractorRulesTest.statement("a.txt", "建立国际新秩序是长期的任务，中国人民将同各国人民一道，为此作出不懈的努力。",
        AnswerType.TERM, "建立国际新秩序");
    assertThat(ItemBuilder.hideable(task)).isEmpty();
    // 合作应该是双向的: a quality with its 的, as 是完全连通的 is one without it.
    Statement quality = DistractorRulesTest.statement("a.txt", "中方愿意合作，但合作应该是双向的。", AnswerType.TERM, "双向的");
    assertThat(ItemBuilder.hideable(quality)).isEmpty();
    Statement subject = DistractorRulesTest.statement("a.txt", "中方愿意合作，但合作应该是双向的。", AnswerType.TERM, "合作应该");
    assertThat(ItemBuilder.hideable(subject)).isEmpty();
  }

  @Test
  void aCountryIsOfferedOnlyForACountry() {
    assertThat(DistractorPool.country("中国")).isTrue();
    assertThat(DistractorPool.country("美国")).isTrue();
    assertThat(DistractorPool.country("俄罗斯")).isTrue();
    assertThat(DistractorPool.country("汕头")).isFalse();
    assertThat(DistractorPool.country("台湾")).isFalse();
    assertThat(DistractorPool.country("全国")).isFalse();
    Statement s = new Statement(org.kaodian.extract.StatementKind.DEFINITION, "美国是世界上最大的发达国家，深圳、珠海、汕头、厦门是经济特区，日本是中国的近邻。",
        List.of(new org.kaodian.extract.AnswerSpan("美国", AnswerType.PLACE, 0, 2)), 0.9, "test",
        List.of(new org.kaodian.extract.Source("a.txt", "标题", 0, 0, 40)));
    assertThat(distractors(List.of(s), s, "美国")).isNotEmpty().allMatch(DistractorPool::country);
  }

  @Test
  void theEndOfASpanOfYearsIsNoBlankAndAListWithOnlyAVerbAroundItMakesNoFillIn() {
    Statement span = DistractorRulesTest.statement("a.txt", "加大力度支持革命老区发展，颁布实施2011-2020年中国农村扶贫开发纲要，加快贫困地区脱贫致富步伐。",
        AnswerType.DATE, "2020年");
    assertThat(ItemBuilder.hideable(span)).isEmpty();
    Statement year = DistractorRulesTest.statement("a.txt", "中国共产党第十一届中央委员会第三次全体会议于1978年12月在北京举行。", AnswerType.DATE, "1978年");
    assertThat(ItemBuilder.hideable(year)).isPresent();
    Statement bare = DistractorRulesTest.statement("a.txt", "坚定道路自信、理论自信、制度自信。", AnswerType.FORMULA, "道路自信", "理论自信", "制度自信");
    assertThat(new FillBlankBuilder().build(bare, context(List.of(bare)))).isEmpty();
    Statement framed = DistractorRulesTest.statement("a.txt", "全党要坚定道路自信、理论自信、制度自信，在新征程上不断开辟新境界。",
        AnswerType.FORMULA, "道路自信", "理论自信", "制度自信");
    assertThat(new FillBlankBuilder().build(framed, context(List.of(framed)))).isPresent();
  }

  @Test
  void kindsOfOneThingMakeNoFillInButDoctrinesAndNamedSetsDo() {
    Statement kinds = DistractorRulesTest.statement("a.txt", "坚持产量产能、生产生态一起抓，统筹发展科技农业、绿色农业、质量农业、品牌农业，把农业建成现代化大产业。",
        AnswerType.FORMULA, "科技农业", "绿色农业", "质量农业", "品牌农业");
    assertThat(new FillBlankBuilder().build(kinds, context(List.of(kinds)))).isEmpty();
    Statement doctrine = DistractorRulesTest.statement("a.txt", "全党要坚定道路自信、理论自信、制度自信、文化自信，不断开辟新境界。",
        AnswerType.FORMULA, "道路自信", "理论自信", "制度自信", "文化自信");
    assertThat(new FillBlankBuilder().build(doctrine, context(List.of(doctrine)))).isPresent();
    Statement set = DistractorRulesTest.statement("a.txt", "要做好科技金融、绿色金融、普惠金融、养老金融、数字金融五篇大文章，服务实体经济。",
        AnswerType.FORMULA, "科技金融", "绿色金融", "普惠金融", "养老金融", "数字金融");
    assertThat(new FillBlankBuilder().build(set, context(List.of(set)))).isPresent();
    Statement government = DistractorRulesTest.statement("a.txt", "努力建设人民满意的法治政府、创新政府、廉洁政府和服务型政府，全面履行好政府职责。",
        AnswerType.FORMULA, "法治政府", "创新政府", "廉洁政府");
    assertThat(new FillBlankBuilder().build(government, context(List.of(government)))).isPresent();
  }

  @Test
  void aChoiceWhoseStemNamesWhatSetsTheAnswerApartIsNoQuestion() {
    assertThat(ItemChecks.showsWhatSetsTheAnswerApart("发展新时代中国特色社会主义文化，扎实推进（　　）建设。", List.of("文化强国"),
        List.of("体育强国", "文化强国", "科技强国", "教育强国"))).isTrue();
    assertThat(ItemChecks.showsWhatSetsTheAnswerApart("坚持以战略为先导、政策为抓手，完善国家安全战略体系、（　　）。",
        List.of("政策体系"), List.of("政策体系", "国家治理体系", "国家创新体系"))).isTrue();
    assertThat(ItemChecks.showsWhatSetsTheAnswerApart("扎实推进（　　）建设，繁荣发展社会主义文艺。", List.of("文化强国"),
        List.of("体育强国", "文化强国", "科技强国", "教育强国"))).isFalse();
    Statement named = DistractorRulesTest.statement("a.txt", "发展具有强大思想引领力的新时代中国特色社会主义文化，扎实推进文化强国建设。",
        AnswerType.TERM, "文化强国");
    Statement plain = DistractorRulesTest.statement("a.txt", "坚持以人民为中心的工作导向，扎实推进文化强国建设。", AnswerType.TERM, "文化强国");
    Statement others = DistractorRulesTest.statement("a.txt", "加快建设教育强国、科技强国、人才强国、体育强国。", AnswerType.TERM, "教育强国", "科技强国", "体育强国");
    // Every paper keeps only items without problems (PaperAssembler), as here.
    assertThat(new SingleChoiceBuilder().build(named, context(List.of(named, others)))
        .filter(i -> ItemChecks.problems(i).isEmpty())).isEmpty();
    assertThat(new SingleChoiceBuilder().build(plain, context(List.of(plain, others)))
        .filter(i -> ItemChecks.problems(i).isEmpty())).isPresent();
  }

  @Test
  void aTermsNumberTheSentenceShowsAsItsCongressIsNoBlankAndAPurposeWaitsForItsVerb() {
    String text = "为贯彻落实党的二十大作出的战略部署，二十届中央委员会第三次全体会议研究了进一步全面深化改革问题。";
    assertThat(ItemBuilder.numberShownElsewhere(text, new org.kaodian.extract.AnswerSpan("二十届中央委员会", AnswerType.NUMBER,
        text.indexOf("二十届"), text.indexOf("二十届") + 8))).isTrue();
    String alone = "二十届中央委员会第三次全体会议研究了进一步全面深化改革问题。";
    assertThat(ItemBuilder.numberShownElsewhere(alone, new org.kaodian.extract.AnswerSpan("二十届中央委员会", AnswerType.NUMBER, 0, 8)))
        .isFalse();
    String purpose = "全党全军全国各族人民要更加紧密地团结在以习近平同志为核心的党中央周围，高举改革开放旗帜，凝心聚力、奋发进取，"
        + "为全面建成（　　）、实现第二个百年奋斗目标，以中国式现代化全面推进中华民族伟大复兴而努力奋斗！";
    assertThat(ItemBuilder.gapClause(purpose)).isEmpty();
  }

  @Test
  void theRevolutionsSetsStandOnlyInTextsOfTheRevolution() {
    Statement modern = DistractorRulesTest.statement("a.txt", "以调动全党抓改革、促发展的积极性为着力点，完善党的建设制度机制。",
        AnswerType.TERM, "党的建设");
    assertThat(distractors(List.of(modern), modern, "党的建设")).doesNotContain("统一战线", "武装斗争");
    Statement history = DistractorRulesTest.statement("a.txt", "在新民主主义革命时期，党的建设是党战胜敌人的重要法宝。", AnswerType.TERM, "党的建设");
    assertThat(distractors(List.of(history), history, "党的建设")).contains("统一战线");
  }

  @Test
  void wordingsOfOnePrincipleAreOneFact() {
    assertThat(Item.factKey("党的全面领导")).isEqualTo(Item.factKey("“党的领导”"));
    assertThat(Item.factKey("党的全面领导")).isNotEqualTo(Item.factKey("全面从严治党"));
  }

  @Test
  void aWordInsideATitleIsNoBlankAndACountOfMeetingsIsMinor() {
    String text = "《中共中央、国务院关于抓好“三农”领域重点工作确保如期实现全面小康的意见》已经作出部署，各地区各部门要抓好贯彻落实。";
    Statement inTitle = DistractorRulesTest.statement("a.txt", text, AnswerType.TERM, "三农");
    assertThat(ItemBuilder.hideable(inTitle)).isEmpty();
    String whole = "2019年，中共中央印发《中国共产党农村工作条例》，加强党对“三农”工作的全面领导。";
    Statement title = DistractorRulesTest.statement("a.txt", whole, AnswerType.DOCUMENT, "中国共产党农村工作条例");
    assertThat(ItemBuilder.hideable(title)).isPresent();
    assertThat(PaperAssembler.lowValue(DistractorRulesTest.statement("a.txt", "2015年以来，我就打赢脱贫攻坚战召开了7个专题会议。",
        AnswerType.NUMBER, "7个"))).isTrue();
    // 保护生态环境 names the 生态 of 生态文明建设 beside 经济建设、政治建设、社会建设.
    assertThat(ItemChecks.showsWhatSetsTheAnswerApart("（　　）是关乎中华民族永续发展的根本大计，保护生态环境就是保护生产力，改善生态环境就是发展生产力。",
        List.of("生态文明建设"), List.of("政治建设", "经济建设", "社会建设", "生态文明建设"))).isTrue();
    // A sibling of the options (区域协调发展战略 beside 区域重大战略) is part of the list, not a hint.
    assertThat(ItemChecks.showsWhatSetsTheAnswerApart("深入实施区域协调发展战略、（　　），加快构建优势互补的区域经济格局。",
        List.of("区域重大战略"), List.of("区域重大战略", "主体功能区战略", "新型城镇化战略"))).isFalse();
  }

  @Test
  void aCountOfListedMembersABareSuperlativeAndAnOrdinalOpenerAreNoBlanksOrStems() {
    Statement fourEarly = DistractorRulesTest.statement("a.txt", "早发现、早报告、早隔离、早治疗“四早”的关键是“早发现”。", AnswerType.FORMULA, "四早");
    assertThat(ItemBuilder.countOfListedMembers(fourEarly.text(), fourEarly.answers().get(0))).isTrue();
    Statement represent = DistractorRulesTest.statement("a.txt", "人大代表要践行“三个代表”重要思想，当好人民的代表。", AnswerType.FORMULA, "三个代表");
    assertThat(ItemBuilder.countOfListedMembers(represent.text(), represent.answers().get(0))).isFalse();
    assertThat(AnswerForm.isWeakBlank("最难得")).isTrue();
    assertThat(AnswerForm.isWeakBlank("最根本的问题")).isFalse();
    Statement rule = DistractorRulesTest.statement("a.txt", "制度是用来遵守和执行的。", AnswerType.TERM, "制度");
    assertThat(ItemBuilder.hideable(rule)).isEmpty();
    Statement first = DistractorRulesTest.statement("a.txt", "第一，不忘初心、牢记使命，必须作为加强党的建设的永恒课题和全体党员、干部的终身课题常抓不懈。",
        AnswerType.TERM, "永恒课题");
    assertThat(ItemBuilder.model(first, first.text(), 1).get("sentence").toString()).startsWith("不忘初心");
  }

  @Test
  void praiseAPageAndAPreciousResultAreNoBlanks() {
    for (String weak : List.of("最美的天使", "一页", "宝贵成果")) {
      assertThat(AnswerForm.isWeakBlank(weak)).as(weak).isTrue();
    }
    assertThat(AnswerForm.isWeakBlank("最根本的问题")).isFalse();
  }
}
