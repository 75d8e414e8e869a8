package org.kaodian.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaodian.text.Sentence;

/** The kinds of statement the issue on coverage named as missed, each with a made-up sentence. */
class EvidenceTest {
  private static final Lexicon LEXICON = Lexicon.standard();

  private static AnalyzedSentence analyze(String text) {
    return Framing.analyze(new Sentence("t.txt", 0, 0, text.length(), text, false), LEXICON);
  }

  private static List<Detection> evidence(String text) {
    AnalyzedSentence s = analyze(text);
    return Extractor.standardDetectors().stream().flatMap(d -> d.detect(s).stream()).toList();
  }

  private static List<String> blanks(String text) {
    AnalyzedSentence s = analyze(text);
    List<AnswerSpan> proposed = evidence(text).stream()
        .sorted(java.util.Comparator.comparingDouble(Detection::strength).reversed())
        .flatMap(d -> d.answers().stream()).toList();
    return BlankChooser.choose(s, proposed).stream().map(AnswerSpan::text).toList();
  }

  private static List<String> reasons(String text) {
    return evidence(text).stream().map(Detection::reason).toList();
  }

  @Test
  void definitionsOpenedByADiscourseMarkerOrWithAnUnlistedHead() {
    assertThat(blanks("总的来看，数字经济是继农业经济、工业经济之后的主要经济形态。")).contains("数字经济");
    assertThat(reasons("从本质上说，平台经济是生产力新的组织方式的新形态。"))
        .anyMatch(r -> r.startsWith("definition:"));
    assertThat(blanks("抓创新就是抓发展。")).first().isEqualTo("抓发展");
    assertThat(blanks("坚定不移跟党走，为党和人民奋斗，是共青团的初心使命。")).first().isEqualTo("共青团的初心使命");
    assertThat(reasons("必须把解决好“三农”问题作为全党工作重中之重。")).contains("definition: 把X作为ROLE");
    assertThat(blanks("必须把解决好“三农”问题作为全党工作重中之重。")).contains("全党工作重中之重");
  }

  @Test
  void aStageIsJudgedOnlyOfASubjectThatEntersIt() {
    assertThat(reasons("中国特色社会主义进入新时代，这是我国发展新的历史方位。")).contains("judgment: 进入…新阶段");
    assertThat(reasons("一些前沿领域开始进入并跑、领跑阶段。")).contains("judgment: 进入…新阶段");
    // The time of what follows, not a judgment: blind read DD asked 新征程 and 新时代 of these.
    assertThat(reasons("必须紧紧依靠工人阶级和广大劳动群众，开启新征程，扬帆再出发。")).doesNotContain("judgment: 进入…新阶段");
    assertThat(reasons("进入新时代，党中央对浦东开发开放提出明确要求。")).doesNotContain("judgment: 进入…新阶段");
    assertThat(reasons("随着我国迈入新发展阶段，要聚焦基础性改革举措。")).doesNotContain("judgment: 进入…新阶段");
  }

  @Test
  void aRangeAsksItsResultAndAWordEndingOnAFunctionCharacterStaysWhole() {
    // Blind read EE: the 2002 start was asked, not the 2007 result; 一律平等的 became 一律平.
    assertThat(blanks("城镇居民人均可支配收入由2002年7703元增加到2007年13786元。")).first().isEqualTo("13786元");
    assertThat(blanks("研发经费占国内生产总值比重从1.07%提高到1.49%。")).first().isEqualTo("1.49%");
    assertThat(blanks("世界各国的共产党是一律平等的。")).contains("一律平等").doesNotContain("一律平");
    assertThat(blanks("要让广大群众积极参与。")).noneMatch(b -> b.endsWith("参"));
    assertThat(blanks("以国内大循环为主体，绝不是关起门来封闭运行，而是通过发挥内需潜力，使国内市场和国际市场更好联通。"))
        .noneMatch(b -> b.startsWith("通过"));
    // The second predicate of a subject is no definition of the clause before it.
    assertThat(blanks("胜利是来之不易的，是党中央领导全党和全国各族人民克服了种种巨大困难以后才取得的。"))
        .doesNotContain("胜利是来之不易");
  }

  @Test
  void aCauseStressedOrACircumstanceIsNoDefinitionAndAnEventNameHoldsNoPreposition() {
    // Blind read EE (the 1982 congress report).
    assertThat(reasons("党正是集中了人民的意志，制定了正确的路线、方针和政策，才把祖国的社会主义事业重新引上康庄大道。"))
        .noneMatch(r -> r.startsWith("definition:"));
    assertThat(reasons("我国的社会主义建设，是在世界还很不安宁、我国安全还受到严重威胁的形势下进行的。"))
        .noneMatch(r -> r.startsWith("definition:"));
    assertThat(reasons("人民当家作主正是社会主义民主政治的本质特征。")).anyMatch(r -> r.startsWith("definition:"));
    assertThat(blanks("新上建设项目要看产品是否有市场，投资是否有合理的回报。")).noneMatch(b -> b.startsWith("否"));
    assertThat(blanks("新党章经过这次代表大会通过之后，必须在全党进行普遍教育，严格执行。")).isEmpty();
    assertThat(Rejections.reject(analyze("根据这个总体要求，今年要着重抓好以下几个方面的工作。"))).isPresent();
    assertThat(blanks("毛泽东同志对中国革命作出了不朽的伟大贡献。")).doesNotContain("毛泽东同志对中国革命");
    assertThat(blanks("遵义会议确立了毛泽东同志在党中央和红军的领导地位。")).contains("遵义会议");
  }

  @Test
  void blanksNeverCarryAListMarkerNorFollowASegmentationSlip() {
    assertThat(blanks("第一，在全党开展党史学习教育，是牢记初心使命、推进中华民族伟大复兴历史伟业的必然要求。"))
        .noneMatch(b -> b.startsWith("第一"));
    // HanLP reads 费是助 as a name here; the blank keeps to the words the detector found.
    assertThat(blanks("减税降费是助企纾困直接有效的办法。")).first().isEqualTo("减税降费");
  }

  @Test
  void listElementsKeepTheirSharedLeadAndLeaveTheirQualifierOut() {
    assertThat(blanks("深化以案为鉴、以案促改、以案促治，堵塞漏洞，完善制度。")).contains("以案为鉴", "以案促改", "以案促治");
    assertThat(blanks("我们党面临的执政考验、改革开放考验、市场经济考验、外部环境考验将长期存在。")).contains("执政考验")
        .doesNotContain("面临的执政考验");
    assertThat(blanks("坚持系统施治、标本兼治，不敢腐、不能腐、不想腐一体推进，不断取得更多制度性成果。")).contains("不想腐")
        .doesNotContain("不想腐一体推进");
  }

  @Test
  void aDocumentNameKeepsTheBracketItOpens() {
    assertThat(blanks("党的十八大以来，党中央把知识产权保护工作摆在更加突出的位置，出台了《深入实施国家知识产权战略行动计划（2014—2020年）》等文件。"))
        .contains("深入实施国家知识产权战略行动计划（2014—2020年）");
  }

  @Test
  void whatEverySentenceRepeatsIsBlankedAfterThePoint() {
    List<String> b = blanks("全会强调，必须坚持马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观，坚持稳中求进工作总基调。");
    assertThat(b).contains("三个代表");
    assertThat(b.get(0)).isNotEqualTo("三个代表");
  }

  @Test
  void judgmentsOfAStage() {
    assertThat(blanks("我国经济已由高速增长阶段转向高质量发展阶段。")).contains("高质量发展阶段");
    assertThat(blanks("我国社会主要矛盾已经转化为人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾。"))
        .first().asString().startsWith("人民日益增长");
    assertThat(reasons("今年是全面贯彻落实党的二十届三中全会精神的开局之年。")).anyMatch(r -> r.startsWith("judgment:"));
  }

  @Test
  void historyFactsNamedDocumentsAndOrdinals() {
    assertThat(blanks("1949年10月1日，中华人民共和国中央人民政府在北京宣告成立。")).first().isEqualTo("1949年10月1日");
    assertThat(blanks("1921年7月，中国共产党第一次全国代表大会在上海召开。")).contains("上海");
    assertThat(blanks("马克思和恩格斯1848年发表了《共产党宣言》。")).contains("共产党宣言");
    assertThat(reasons("第七次全国人口普查结果显示，我国人口总量保持平稳增长。"))
        .anyMatch(r -> r.startsWith("history: ordinal fact"));
  }

  @Test
  void quotedShortPolicyNamesAndContrasts() {
    assertThat(blanks("各地推行“一网通办”，让数据多跑路、群众少跑腿。")).contains("一网通办");
    assertThat(blanks("中国式现代化是走和平发展道路的现代化，而不是对外扩张的现代化。")).isNotEmpty();
    assertThat(reasons("我们要的是高质量的增长，而不是粗放的扩张。")).anyMatch(r -> r.startsWith("contrast:"));
  }

  @Test
  void figuresInChineseNumeralsAndDatedTargets() {
    assertThat(blanks("国内生产总值超过五十四万亿元，稳居世界第二。")).contains("五十四万亿元");
    assertThat(blanks("研发经费投入强度提高到百分之二点五以上。")).contains("百分之二点五以上");
    assertThat(blanks("到2035年基本实现社会主义现代化。")).containsAnyOf("2035年", "社会主义现代化");
    assertThat(reasons("一个中心、两个基本点是党的基本路线的主要内容。")).noneMatch(r -> r.startsWith("numeric:"));
  }

  @Test
  void blanksEndOnWordAndListBoundaries() {
    AnalyzedSentence s = analyze("——必须坚持人民至上，这是党的根本立场。");
    assertThat(s.text()).startsWith("必须坚持");
    for (String b : blanks("——中国式现代化是全体人民共同富裕的现代化。")) {
      assertThat(b).doesNotStartWith("—");
    }
  }

  @Test
  void speechFramesAndDatelinesAreTrimmedButTheQuotationKept() {
    AnalyzedSentence s = analyze("国务院总理李强5日在政府工作报告中指出，今年发展主要预期目标是国内生产总值增长5%左右。");
    assertThat(s.text()).isEqualTo("今年发展主要预期目标是国内生产总值增长5%左右。");
    AnalyzedSentence q = analyze("习近平总书记强调：“绿水青山就是金山银山。”");
    assertThat(q.text()).isEqualTo("绿水青山就是金山银山。");
    assertThat(q.frame()).contains("习近平总书记");
    assertThat(reasons("习近平总书记强调：“绿水青山就是金山银山。”")).contains("leader speech: quoted words");
  }

  private static List<String> statementTexts(String name, String text) throws Exception {
    var doc = org.kaodian.ingest.Ingestor.fromText(name, text);
    return new Extractor(0.0).explain(List.of(doc)).stream().flatMap(v -> v.statement().stream()).map(Statement::text).toList();
  }

  @Test
  void anUndatedReportsYearComesFromItsSectionsNotFromAYearItReviews() throws Exception {
    // Blind read EE: the 2007 and 2008 reports, titled only 政府工作报告, were dated 2006 and 2007.
    assertThat(statementTexts("r2007.txt", "# 政府工作报告\n\n各位代表：\n\n一、2006年工作回顾\n\n"
        + "2006年，国内生产总值20.94万亿元，比上年增长10.7%。\n\n二、2007年工作总体部署\n\n"
        + "今年国内生产总值增长8%左右。\n"))
        .contains("今年（2007年）国内生产总值增长8%左右。");
    assertThat(statementTexts("r2008.txt", "# 政府工作报告\n\n各位代表：\n\n一、过去五年工作回顾\n\n"
        + "——经济跨上新台阶。2007年，国内生产总值达到24.66万亿元。\n\n"
        + "过去五年，国家财政用于“三农”的支出累计1.6万亿元。\n\n二、2008年主要任务\n\n今年国内生产总值增长8%左右。\n"))
        .contains("今年（2008年）国内生产总值增长8%左右。")
        .anyMatch(t -> t.startsWith("过去五年（2003—2007年）"));
  }

  @Test
  void aPeriodCarriedInFrontOfAConnectiveLeavesTheConnectiveOut() throws Exception {
    assertThat(statementTexts("r.txt", "# 政府工作报告（2007年3月5日）\n\n"
        + "2006年，经济增长10.7%。但是，全国没有实现年初确定的单位国内生产总值能耗降低4%左右的目标。\n"))
        .contains("2006年，全国没有实现年初确定的单位国内生产总值能耗降低4%左右的目标。");
  }

  @Test
  void aReportsFiveYearsAreItsFiveYearsBefore() throws Exception {
    var doc = org.kaodian.ingest.Ingestor.fromText("report.txt", "政府工作报告（2018年3月5日）\n\n"
        + "五年来，经济实力跃上新台阶。国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%。\n");
    List<String> texts = new Extractor().explain(List.of(doc)).stream().flatMap(v -> v.statement().stream())
        .map(Statement::text).toList();
    assertThat(texts).anyMatch(t -> t.startsWith("五年来（2013—2017年），国内生产总值从54万亿元"));
    var earlier = org.kaodian.ingest.Ingestor.fromText("report2013.txt", "政府工作报告（2013年3月5日）\n\n"
        + "这五年，我国宏观经济总体上保持增速平稳较快的良好态势，国内生产总值年均增长9.3%，显著高于同期全球增速。\n");
    assertThat(new Extractor().explain(List.of(earlier)).stream().flatMap(v -> v.statement().stream()).map(Statement::text))
        .anyMatch(t -> t.startsWith("这五年（2008—2012年），")).noneMatch(t -> t.startsWith("2012年"));
    // Elsewhere which five years is not sure: no note.
    var speech = org.kaodian.ingest.Ingestor.fromText("speech.txt", "在某大会上的讲话（2018年3月5日）\n\n"
        + "五年来，国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%。\n");
    assertThat(new Extractor().explain(List.of(speech)).stream().flatMap(v -> v.statement().stream()).map(Statement::text))
        .noneMatch(t -> t.contains("2013—2017"));
  }

  @Test
  void aSectionHeadingDatesTheFiguresOfItsSection() throws Exception {
    var doc = org.kaodian.ingest.Ingestor.fromText("report.txt", "政府工作报告\n\n一、2024年工作回顾\n\n"
        + "全年国内生产总值增长5%，城镇新增就业1256万人。\n\n一般公共预算支出规模28.5万亿元、比上年增加1.1万亿元。\n\n"
        + "二、2025年政府工作任务\n\n拟发行超长期特别国债1.3万亿元、比上年增加3000亿元。\n");
    List<String> texts = new Extractor().explain(List.of(doc)).stream().flatMap(v -> v.statement().stream())
        .map(Statement::text).toList();
    assertThat(texts).anyMatch(t -> t.startsWith("全年（2024年）国内生产总值增长5%"))
        .anyMatch(t -> t.startsWith("2024年，一般公共预算支出规模28.5万亿元"))
        .anyMatch(t -> t.startsWith("2025年，拟发行超长期特别国债1.3万亿元"));
  }

  @Test
  void aSalutationIsNoStatementNorTheLeadOfTheParagraphAfterIt() throws Exception {
    var doc = org.kaodian.ingest.Ingestor.fromText("yijian.txt", "国务院办公厅关于推进政务新媒体健康有序发展的意见\n"
        + "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
        + "政务新媒体是移动互联网时代党和政府联系群众、服务群众、凝聚群众的重要渠道，是加快转变政府职能、建设服务型政府的重要手段。\n");
    List<String> texts = new Extractor().explain(List.of(doc)).stream().flatMap(v -> v.statement().stream())
        .map(Statement::text).toList();
    assertThat(texts).anyMatch(t -> t.startsWith("政务新媒体是")).noneMatch(t -> t.contains("各直属机构"));
    assertThat(Rejections.isSalutation("同志们，朋友们：")).isTrue();
    assertThat(Rejections.isSalutation("今年发展主要预期目标是：")).isFalse();
  }

  @Test
  void aPartOfATotalNamedBeforeIsNoStatementAndAFourCharacterPhraseKeepsItsFirstCharacter() throws Exception {
    assertThat(Rejections.reject(analyze("其中，中央财政赤字1.4万亿元，地方财政赤字7800亿元。"))).isPresent();
    var doc = org.kaodian.ingest.Ingestor.fromText("report.txt", "政府工作报告\n\n民生是为政之要，必须时刻放在心头、扛在肩上。\n");
    assertThat(new Extractor().explain(List.of(doc)).stream().flatMap(v -> v.statement().stream())
        .flatMap(st -> st.answers().stream()).map(AnswerSpan::text)).contains("为政之要").doesNotContain("政之要");
  }

  @Test
  void aDashOfThreeIsAListMark() {
    assertThat(analyze("———建设有中国特色社会主义的文化，就是以培育有理想、有道德、有文化、有纪律的公民为目标。").text())
        .startsWith("建设有中国特色社会主义的文化");
  }

  @Test
  void aQuestionIsNoStatement() {
    assertThat(Rejections.reject(analyze("在“胆剑精神”指引下，你们是如何贯彻落实“八八战略”，实现转型发展的？"))).isPresent();
    assertThat(Rejections.reject(analyze("全党要坚持唯物史观和正确党史观，从党的百年奋斗中看清楚过去我们为什么能够成功。"))).isEmpty();
  }

  @Test
  void anEditorsNoteIsNoStatement() {
    AnalyzedSentence s = analyze("※这是习近平总书记2020年11月30日在十九届中央政治局第二十五次集体学习时讲话的主要部分。");
    assertThat(Rejections.reject(s)).isPresent();
  }

  @Test
  void idiomsBuiltOfMagnitudesAreNoFigures() {
    assertThat(NumericStatementDetector.FIGURE.matcher("劳动教育要走进千家万户，千方百计培养劳动习惯。").find()).isFalse();
    assertThat(NumericStatementDetector.FIGURE.matcher("实施新一轮千亿斤粮食产能提升行动。").find()).isTrue();
  }

  @Test
  void anEventsOrdinalInAYearsReviewGetsItsYearButANewsReportOfTheEventNeedsNone() throws Exception {
    var doc = org.kaodian.ingest.Ingestor.fromText("report.txt", "政府工作报告\n\n一、2020年工作回顾\n\n"
        + "成功举办第三届中国国际进口博览会、中国国际服务贸易交易会。\n\n"
        + "十三届全国人大三次会议审议通过了民法典。\n");
    List<String> texts = new Extractor(0.0).explain(List.of(doc)).stream().flatMap(v -> v.statement().stream())
        .map(Statement::text).toList();
    assertThat(texts).contains("2020年，成功举办第三届中国国际进口博览会、中国国际服务贸易交易会。")
        .noneMatch(t -> t.startsWith("2020年，十三届"));
    var news = org.kaodian.ingest.Ingestor.fromText("news.txt", "峰会举行\n\n当地时间6月17日下午，第二届中国—中亚峰会在阿斯塔纳独立宫举行。\n");
    assertThat(new Extractor(0.0).explain(List.of(news)).stream().flatMap(v -> v.statement().stream()).map(Statement::text))
        .contains("当地时间6月17日下午，第二届中国—中亚峰会在阿斯塔纳独立宫举行。");
    assertThat(NumericStatementDetector.eventOrdinal("签署《第二届中国—中亚峰会阿斯塔纳宣言》。",
        new AnswerSpan("第二届", AnswerType.NUMBER, 3, 6))).isFalse();
    // 全国运动会 is an event, though it opens as 全国人大 does.
    assertThat(NumericStatementDetector.eventOrdinal("2025年，办好第十五届全国运动会和第十二届世界运动会。",
        new AnswerSpan("第十五届", AnswerType.NUMBER, 8, 12))).isTrue();
    assertThat(NumericStatementDetector.eventOrdinal("十四届全国人大三次会议在北京举行。",
        new AnswerSpan("十四届", AnswerType.NUMBER, 0, 3))).isFalse();
  }

  @Test
  void aConcessiveSentenceStaysWholeAndAListLineUnderItsLeadLosesItsMarker() throws Exception {
    String concessive = "新时代以来，无论是推动长江“十年禁渔”，坚持共抓大保护、不搞大开发，还是持续用力防范化解地方政府债务风险，严控地方政府债务增量；"
        + "无论是加强基础研究战略性、前瞻性、体系化布局，还是梯度培育发展未来产业，都是在为中华民族永续发展增后劲、添动力，为长远发展打基础。";
    var doc = org.kaodian.ingest.Ingestor.fromText("a.txt", "题目\n" + concessive + "\n");
    var sentence = org.kaodian.text.SentenceSplitter.split(doc).stream().filter(x -> x.text().startsWith("新时代")).findFirst().orElseThrow();
    assertThat(StatementUnits.of(sentence, "")).extracting(org.kaodian.text.Sentence::text).containsExactly(concessive);
    var rules = org.kaodian.ingest.Ingestor.fromText("b.txt", "条例\n第四条 机关基层党组织工作应当遵循以下原则：\n"
        + "（三）坚持围绕中心、建设队伍、服务群众，推动党建工作与业务工作深度融合、相互促进；\n");
    List<String> texts = new Extractor(0.0).explain(List.of(rules)).stream().map(v -> v.statement().map(Statement::text)
        .orElse(v.sentence().text())).toList();
    assertThat(texts).contains("第四条 机关基层党组织工作应当遵循以下原则：坚持围绕中心、建设队伍、服务群众，推动党建工作与业务工作深度融合、相互促进。");
  }

  @Test
  void aWordEndingOn的KeepsIt() {
    assertThat(BlankChooser.trimPhrase("最根本的目的")).isEqualTo("最根本的目的");
    assertThat(BlankChooser.trimPhrase("人民群众的")).isEqualTo("人民群众");
    assertThat(BlankChooser.trimPhrase("一以贯之")).isEqualTo("一以贯之");
  }

  @Test
  void aComparisonBaseIsNoPeriodSoATargetTakesTheYearOfItsParagraph() throws Exception {
    var doc = org.kaodian.ingest.Ingestor.fromText("plan.txt", "关于做好某项工作的意见\n"
        + "到2025年，绿色低碳循环发展的经济体系初步形成。单位国内生产总值能耗比2020年下降13.5%；非化石能源消费比重达到20%左右。\n");
    List<String> texts = new Extractor(0.0).explain(List.of(doc)).stream().flatMap(v -> v.statement().stream())
        .map(Statement::text).toList();
    assertThat(texts).anyMatch(t -> t.startsWith("到2025年，单位国内生产总值能耗比2020年下降13.5%"));
    assertThat(Rejections.reject(analyze("“这是我国坚定不移扩大高水平对外开放的标志性举措。”"))).isPresent();
  }

  @Test
  void aDocumentAboutOneProvinceCountsItsMentionsAsLocalNews() throws Exception {
    StringBuilder text = new StringBuilder("习近平在浙江\n");
    for (int i = 1; i <= 7; i++) {
      text.append("浙江第").append(i).append("家企业完成了股份制改造，实现了扭亏为盈。\n");
    }
    text.append("浙江是“八八战略”的萌发地，绿水青山就是金山银山理念在这里提出。\n");
    var doc = org.kaodian.ingest.Ingestor.fromText("zj.txt", text.toString());
    assertThat(Rejections.homeRegion(org.kaodian.text.SentenceSplitter.split(doc).stream().map(x -> x.text()).toList()))
        .contains("浙江");
    assertThat(new Extractor(0.0).explain(List.of(doc)).stream().flatMap(v -> v.statement().stream())
        .filter(st -> st.text().contains("八八战略"))).isNotEmpty().allMatch(st -> st.reason().contains("against: local news"));
    assertThat(Rejections.homeRegion(List.of("浙江要加快发展。", "全国要加快发展。"))).isEmpty();
  }

  @Test
  void aListsLastElementIsCutToItsSiblingsEvenBeforeA的() {
    assertThat(blanks("要保持反腐败政治定力，不断实现不敢腐、不能腐、不想腐一体推进的战略目标。")).contains("不想腐")
        .doesNotContain("不想腐一体推进");
  }

  @Test
  void aBlankKeepsTheWordItsFunctionCharacterOpensAndLeavesTheFrameItsClauseOpened() {
    // 是对外开放: the 对 of 对外 is no preposition to trim (blind read V).
    assertThat(blanks("兴办深圳、珠海、汕头、厦门四个经济特区是对外开放的重大步骤，取得了很大成就。"))
        .contains("对外开放的重大步骤").doesNotContain("外开放的重大步骤");
    // 在…问题上 and 以…为标准 close frames: the content is what stands inside them.
    assertThat(blanks("建设有中国特色社会主义理论的主要内容是：在社会主义的发展道路问题上，强调走自己的路。"))
        .contains("发展道路").noneMatch(b -> b.endsWith("问题上"));
    // 是否有利于 opens a question, not a copula's predicate.
    assertThat(reasons("判断各方面工作的是非得失，归根到底，要以是否有利于发展社会主义社会的生产力，是否有利于提高人民的生活水平为标准。"))
        .noneMatch(r -> r.startsWith("definition: ……，是Y"));
    // The verb that governs a list is no part of its first element (实现政府公共预算).
    assertThat(blanks("深化预算制度改革，实现政府公共预算、国有资本经营预算、政府性基金预算和社会保障预算的有机衔接。"))
        .noneMatch(b -> b.startsWith("实现"));
  }

  @Test
  void aVerbThatStrengthensAListIsNoPartOfItsFirstElement() {
    assertThat(blanks("更加注重源头治理，强化减污降碳协同、多污染物控制协同、区域治理协同，深入打好蓝天、碧水、净土保卫战。"))
        .noneMatch(b -> b.startsWith("强化"));
  }

  @Test
  void whoMadeItClearIsNoPartOfTheSubjectAndAnAdverbEndingOn是MakesNoCopula() {
    // 十个明确 and 党明确…: the subject is what was made clear (blind read Z).
    assertThat(blanks("明确新时代我国社会主要矛盾是人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾，必须坚持以人民为中心的发展思想。"))
        .contains("新时代我国社会主要矛盾").noneMatch(b -> b.startsWith("明确"));
    assertThat(blanks("党明确我国社会的主要矛盾是人民日益增长的物质文化需要同落后的社会生产之间的矛盾。"))
        .contains("我国社会的主要矛盾").noneMatch(b -> b.startsWith("党明确"));
    // 党总是绝不畏惧: 总是 is an adverb, so 党总 is no subject.
    assertThat(blanks("无论敌人如何强大、道路如何艰险，党总是绝不畏惧、绝不退缩，不怕牺牲、百折不挠。")).doesNotContain("党总");
    // 已脱贫的9300多万人口: the figure keeps the word it counts.
    assertThat(blanks("国务院扶贫开发领导小组组织各地对已脱贫的9300多万人口开展了全面排查。")).contains("9300多万人口");
  }

  @Test
  void whatWasDoneIsNoSubject() {
    // 绘就了团结就是力量的时代画卷: 团结就是力量 is a saying inside what was painted, not a definition (read BB).
    assertThat(reasons("14亿中国人民同呼吸、共命运，肩并肩、心连心，绘就了团结就是力量的时代画卷！"))
        .noneMatch(r -> r.startsWith("definition"));
    assertThat(reasons("抓创新就是抓发展，谋创新就是谋未来。")).anyMatch(r -> r.startsWith("definition"));
  }
}
