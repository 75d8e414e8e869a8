package org.kaodian.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kaodian.text.Segmenter;
import org.kaodian.text.Sentence;

class DetectorsTest {
  private static Lexicon lexicon;

  @BeforeAll
  static void lexicon() {
    lexicon = Lexicon.standard();
    Segmenter.addTerms(lexicon.terms());
  }

  static AnalyzedSentence analyze(String text) {
    return Extractor.analyze(new Sentence("t.txt", 0, 0, text.length(), text, false), lexicon);
  }

  private static List<Detection> detect(StatementDetector d, String text) {
    return d.detect(analyze(text));
  }

  private static List<String> answers(List<Detection> ds) {
    return ds.isEmpty() ? List.of() : ds.get(0).answers().stream().map(AnswerSpan::text).toList();
  }

  @Test
  void whatTheKeyToSomethingIsIsThePredicate() {
    // 矛盾的焦点是Y: the focus is named by its kind, the content is Y (blind read W).
    assertThat(detect(new DefinitionStatementDetector(), "我国经济中的矛盾很多，矛盾的焦点是经济活动的效益太低。"))
        .anySatisfy(d -> assertThat(d.reason()).contains("X的特点是Y"));
    assertThat(answers(detect(new DefinitionStatementDetector(), "节能减排的关键是节约能源，提高能效，减少污染。"))).first()
        .isEqualTo("节约能源");
  }

  @Test
  void aSubjectGovernedBy坚持IsTheNounAlone() {
    var d = new DefinitionStatementDetector();
    assertThat(detect(d, "我们要把教育、科技、人才作为基础性、战略性支撑，坚持科技是第一生产力、人才是第一资源、创新是第一动力。"))
        .flatExtracting(x -> x.answers().stream().map(AnswerSpan::text).toList()).contains("科技").doesNotContain("坚持科技");
  }

  @Test
  void definitionDetectorFindsWhatSomethingIs() {
    var d = new DefinitionStatementDetector();
    assertThat(answers(detect(d, "新质生产力本身就是绿色生产力。"))).containsExactly("绿色生产力", "新质生产力");
    assertThat(answers(detect(d, "科技创新是发展新质生产力的核心要素。"))).first().isEqualTo("科技创新");
    assertThat(answers(detect(d, "就业是最基本的民生。"))).containsExactly("最基本的民生", "就业");
    assertThat(answers(detect(d, "绿色发展，就其要义来讲，是要解决好人与自然和谐共生问题。"))).contains("绿色发展");
    assertThat(detect(d, "习近平指出，治理体系和治理能力现代化是中国式现代化的应有之义。")).first()
        .satisfies(x -> assertThat(x.reason()).contains("ROLE"));
  }

  @Test
  void definitionDetectorIgnoresNonDefinitions() {
    var d = new DefinitionStatementDetector();
    assertThat(detect(d, "这是我们共同的心愿。")).isEmpty();
    assertThat(detect(d, "他们是昨天下午到达北京的。")).isEmpty();
    assertThat(detect(d, "加快数字政府建设。")).isEmpty();
  }

  @Test
  void numericDetectorFindsHeadlineFiguresWithUnits() {
    var d = new NumericStatementDetector();
    assertThat(answers(detect(d, "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。")))
        .containsExactly("5%左右", "1200万人以上");
    assertThat(answers(detect(d, "十四届全国人大二次会议应出席代表2956人。"))).containsExactly("2956人");
    assertThat(answers(detect(d, "今年是中华人民共和国成立75周年。"))).containsExactly("75周年");
    assertThat(answers(detect(d, "粮食产量1.39万亿斤，再创历史新高。"))).containsExactly("1.39万亿斤");
    // Homes are counted in 套 (blind read U: 1000万套 was left in the stem while 150万户 was asked).
    assertThat(answers(detect(d, "今年要再开工建设保障性住房、棚户区改造住房共1000万套，改造农村危房150万户。")))
        .containsExactly("1000万套", "150万户");
    assertThat(answers(detect(d, "多年累计改造棚户区住房4200多万套，上亿人出棚进楼、实现安居。"))).containsExactly("4200多万套");
  }

  @Test
  void numericDetectorIgnoresTimesDatesAndMinorCounts() {
    var d = new NumericStatementDetector();
    assertThat(detect(d, "上午9时45分许，习近平来到陆军军医大学。")).isEmpty();
    assertThat(detect(d, "《人民日报》（2024年03月06日第01版）")).isEmpty();
    assertThat(detect(d, "双方签署了合作文件。")).isEmpty();
  }

  @Test
  void formulaDetectorFindsNamedFormulasAndParallelLists() {
    var d = new FormulaStatementDetector();
    assertThat(answers(detect(d, "我们要坚持稳中求进、以进促稳、先立后破。"))).containsExactly("稳中求进", "以进促稳", "先立后破");
    assertThat(answers(detect(d, "落实“三个区分开来”，完善干部担当作为激励和保护机制。"))).containsExactly("三个区分开来");
    assertThat(answers(detect(d, "要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。")))
        .contains("两个确立");
    assertThat(answers(detect(d, "改革有三项任务，一是稳增长，二是调结构，三是惠民生。")))
        .containsExactly("稳增长", "调结构", "惠民生");
  }

  @Test
  void formulaDetectorSkipsRoutineNounLists() {
    var d = new FormulaStatementDetector();
    assertThat(detect(d, "促进医保、医疗、医药协同发展和治理。")).isEmpty();
    assertThat(detect(d, "加大义务教育、基本养老、基本医疗等财政补助力度。")).isEmpty();
  }

  @Test
  void formulaDetectorTakesListsOfUnequalPartsThatShareALeadOrADoctrine() {
    var d = new FormulaStatementDetector();
    assertThat(answers(detect(d, "着力建设一支忠于党、忠于国家、忠于人民、忠于法律的社会主义法治工作队伍。")))
        .containsExactly("忠于党", "忠于国家", "忠于人民", "忠于法律");
    assertThat(answers(detect(d, "当今世界，任何单边主义、保护主义、极端利己主义，都是根本行不通的！")))
        .containsExactly("单边主义", "保护主义", "极端利己主义");
    assertThat(answers(detect(d, "深入实施区域重大战略、区域协调发展战略、主体功能区战略。")))
        .containsExactly("区域重大战略", "区域协调发展战略", "主体功能区战略");
    assertThat(answers(detect(d, "最关键的问题就是把工作抓实、抓细、抓落地。"))).containsExactly("抓实", "抓细", "抓落地");
    assertThat(answers(detect(d, "构建初次分配、再分配、第三次分配协调配套的制度体系。")))
        .containsExactly("初次分配", "再分配", "第三次分配");
    // Kinds of one thing share a tail too, and are no formula.
    assertThat(detect(d, "实施数字消费、绿色消费、健康消费促进政策。")).isEmpty();
  }

  @Test
  void quotedShortListIsOneFormula() {
    List<Detection> ds = detect(new QuotedTermDetector(), "“双随机、一公开”监管全面实施。");
    assertThat(ds).extracting(Detection::reason).anyMatch(r -> r.startsWith("formula: quoted short list"));
    assertThat(answers(ds)).containsExactly("双随机、一公开");
  }

  @Test
  void classicalRootNounDefinesItsSubject() {
    List<Detection> ds = detect(new DefinitionStatementDetector(), "党对人民军队的绝对领导是人民军队的建军之本、强军之魂。");
    assertThat(ds).extracting(Detection::reason).contains("definition: X是…之本");
    assertThat(answers(ds)).first().isEqualTo("建军之本、强军之魂");
  }

  @Test
  void emphasisAndPurposeClausesDefineNothing() {
    var d = new DefinitionStatementDetector();
    assertThat(detect(d, "红一方面军就是在这个红四军基础上逐步形成的。")).isEmpty();
    assertThat(detect(d, "安排这次学习，目的是认清我国知识产权保护工作的形势和任务。")).isEmpty();
    assertThat(detect(d, "我们党一步步走过来，很重要的一条就是不断总结经验、提高本领。")).isEmpty();
    assertThat(detect(d, "抓创新就是抓发展。")).isNotEmpty();
  }

  @Test
  void aNewTermIsNoOrdinal() {
    assertThat(detect(new NumericStatementDetector(), "为实现党的二十大确定的目标任务而团结奋斗，是新一届中央领导集体的重大政治任务。"))
        .noneMatch(x -> x.answers().stream().anyMatch(a -> a.text().equals("一届")));
  }

  @Test
  void theMembersAtAPlenumAreACountOfABody() {
    assertThat(detect(new NumericStatementDetector(), "出席这次全会的有，中央委员202人，候补中央委员169人。"))
        .extracting(Detection::reason).anyMatch(r -> r.startsWith("numeric: count of a body"));
  }

  @Test
  void magnitudesOfAPeopleAreNoFigure() {
    assertThat(detect(new NumericStatementDetector(), "改革开放的历史伟剧是亿万人民群众主演的。")).isEmpty();
    // An article's number is an ordinal, not a count of 条.
    assertThat(detect(new NumericStatementDetector(), "第二十一条 组织开展创建党员先锋岗等活动，共有21条措施。"))
        .allSatisfy(x -> assertThat(x.answers()).extracting(AnswerSpan::text).doesNotContain("二十一条"));
    assertThat(answers(detect(new NumericStatementDetector(), "普通高等学校本科阶段劳动教育不少于32学时。")))
        .contains("32学时");
  }

  @Test
  void certainRejectionsDropWhatCanNeverBeAQuestion() {
    assertThat(Rejections.reject(analyze("《人民日报》（2024年03月05日第01版）"))).isPresent();
    assertThat(Rejections.reject(analyze("（三）切实落实全面从严治党。"))).hasValue("run-in numbered heading");
    // A 建议 or a 决定 numbers its articles in figures (blind read Y).
    assertThat(Rejections.reject(analyze("（42）加快建设健康中国。"))).hasValue("run-in numbered heading");
    assertThat(Rejections.reject(analyze("这一思想是马克思主义中国化时代化的最新成果。")))
        .hasValueSatisfying(r -> assertThat(r).startsWith("subject only in the previous sentence"));
    // An example or a year given by the sentence before (read CC).
    assertThat(Rejections.reject(analyze("比如，我们党提出了坚持以人民为中心的发展思想。")))
        .hasValueSatisfying(r -> assertThat(r).startsWith("subject only in the previous sentence"));
    assertThat(Rejections.reject(analyze("同年7月，中共中央、国务院决定对广东、福建两省实行特殊政策、灵活措施。")))
        .hasValueSatisfying(r -> assertThat(r).startsWith("subject only in the previous sentence"));
    assertThat(Rejections.reject(analyze("新质生产力本身就是绿色生产力。"))).isEqualTo(Optional.empty());
    assertThat(Rejections.reject(analyze("青年是国家的未来。"))).isEqualTo(Optional.empty());
  }

  @Test
  void penaltiesFollowTheTeachersRubric() {
    assertThat(Rejections.penalties(analyze("聂海胜：我们身体状况很好，请总书记放心！"))).contains("dialogue");
    assertThat(Rejections.penalties(analyze("习近平向他们挥手致意，向现场参试人员表示慰问。"))).isNotEmpty();
    assertThat(Rejections.penalties(analyze("大会首先审议通过了政协第十四届全国委员会第二次会议议程。")))
        .contains("procedural line");
    assertThat(Rejections.penalties(analyze("三要打造和平安宁、休戚与共的安全格局。"))).contains("subject in the previous sentence");
    assertThat(Rejections.penalties(analyze("全国政协十四届一次会议以来，已有99.9%的提案已经办复。"))).contains("minor statistic");
    assertThat(Rejections.penalties(analyze("据介绍，逃逸救生是载人飞行任务重要的安全保障手段。"))).contains("reportage (据介绍, 据了解)");
    assertThat(Rejections.penalties(analyze("新质生产力本身就是绿色生产力。"))).isEmpty();
    // History happens in places: 遵义 as a subject is not local news.
    assertThat(Rejections.penalties(analyze("遵义会议确立了毛泽东同志在党中央和红军的领导地位。"))).doesNotContain("local news");
  }

  @Test
  void datelinePrefixIsStrippedButTheSentenceKept() {
    AnalyzedSentence s = analyze("新华社北京3月5日电 今年是中华人民共和国成立75周年。");
    assertThat(s.text()).isEqualTo("今年是中华人民共和国成立75周年。");
  }
}
