package org.kaodian.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kaodian.Seeds;

class TitleFinderTest {
  private static final String REPORT_TITLE = "坚定不移沿着中国特色社会主义道路前进 为全面建成小康社会而奋斗";

  @Test
  void aCongressReportIsItsMainHeadingNotItsDashSubtitleNameOrDate() throws Exception {
    String raw = Files.readString(Path.of("src/test/resources/titles/congress-report.txt"), StandardCharsets.UTF_8);
    Document doc = Ingestor.fromText("report18.txt", raw);
    assertThat(doc.title()).isEqualTo(REPORT_TITLE);
    TitleFinder.Titles titles = TitleFinder.titles(doc);
    for (Paragraph p : doc.paragraphs()) {
      if (!p.heading() && p.index() > 0) {
        assertThat(titles.at(p.index())).as(p.text()).isEqualTo(REPORT_TITLE);
      }
    }
  }

  @Test
  void aReportsUnnumberedSectionHeadingIsNoTitleOfItsOwn() throws Exception {
    // Blind read II: the 2002 report's items cited 《首先报告２００１年的工作》.
    Document doc = Ingestor.fromText("r2002.txt", "2002年中华人民共和国国务院政府工作报告\n\n各位代表：\n"
        + "现在，我代表国务院向大会作政府工作报告，请予审议。\n首先报告２００１年的工作\n"
        + "新世纪第一年，全国各族人民在中国共产党领导下，战胜各种困难，实现了国民经济和社会发展第十个五年计划的良好开局。\n");
    TitleFinder.Titles titles = TitleFinder.titles(doc);
    assertThat(titles.at(doc.paragraphs().size() - 1)).isEqualTo("2002年中华人民共和国国务院政府工作报告");
    // A booklet's next speech opens on its own salutation and keeps its own title.
    Document booklet = Ingestor.fromText("b.txt", "在某大会上的讲话\n\n同志们：\n今天我们召开大会，总结经验。\n"
        + "在另一大会上的讲话\n同志们：\n我们要坚持以人民为中心的发展思想。\n");
    assertThat(TitleFinder.titles(booklet).at(booklet.paragraphs().size() - 1)).isEqualTo("在另一大会上的讲话");
  }

  @Test
  void aPlainTextTitleWithItsDateInBracketsIsTheTitleWithoutTheDate() throws Exception {
    Document doc = Ingestor.fromText("plenum.txt", "中国共产党第十九届中央委员会第五次全体会议公报（2020年10月29日）\n"
        + "（2020年10月29日中国共产党第十九届中央委员会第五次全体会议通过）\n全会提出了到二〇三五年基本实现社会主义现代化远景目标。\n");
    assertThat(TitleFinder.titleAt(doc, doc.paragraphs().size() - 1)).isEqualTo("中国共产党第十九届中央委员会第五次全体会议公报");
    var statements = new org.kaodian.extract.Extractor().explain(java.util.List.of(doc)).stream()
        .flatMap(v -> v.statement().stream()).toList();
    assertThat(statements).anySatisfy(s -> assertThat(s.text()).startsWith("全会（党的十九届五中全会）提出了到二〇三五年"));
    assertThat(statements).allSatisfy(s -> assertThat(s.answers()).noneMatch(a -> a.text().contains("五中全会")));
  }

  @Test
  void aDateInSquareBracketsIsNoPartOfTheTitle() throws Exception {
    Document doc = Ingestor.fromText("bxgd.txt", "党的十八大以来深入贯彻中央八项规定精神的成效和经验 [2025]\n中央党的建设工作领导小组\n"
        + "党的十八大以来，以习近平同志为核心的党中央从制定和落实中央八项规定破题，推动党风政风社风焕然一新。\n");
    assertThat(TitleFinder.titleAt(doc, doc.paragraphs().size() - 1)).isEqualTo("党的十八大以来深入贯彻中央八项规定精神的成效和经验");
  }

  @Test
  void aReprintNoteWithBracketsInsideIsNoPartOfTheTitle() throws Exception {
    Document doc = Ingestor.fromText("qiushi.txt", "总结党的历史经验 加强党的政治建设（习近平，2021年9月29日刊于某校“每周一学"
        + "（2021年9月27日-10月03日）”）\n旗帜鲜明讲政治是马克思主义政党的根本要求。\n");
    assertThat(TitleFinder.titleAt(doc, doc.paragraphs().size() - 1)).isEqualTo("总结党的历史经验 加强党的政治建设");
  }

  @Test
  void aNewsPagesOnlyHeadingIsItsTitleEvenWithAComma() throws Exception {
    Document doc = Ingestor.fromText("cewc.txt", "全面总结2023年经济工作，部署2024年经济工作\n"
        + "会议认为，今年是全面贯彻党的二十大精神的开局之年。\n必须把坚持高质量发展作为新时代的硬道理。\n");
    assertThat(TitleFinder.titleAt(doc, doc.paragraphs().size() - 1)).isEqualTo("全面总结2023年经济工作，部署2024年经济工作");
  }

  @Test
  void anArticlesFirstLineWithItsDashSubtitleGivesItsMainTitle() throws Exception {
    Document doc = Ingestor.fromText("article.txt", "新时代共产党人干事业、创政绩的科学指南——学习贯彻习近平总书记关于树立和践行正确政绩观的重要论述\n"
        + "谢春涛\n树立和践行正确政绩观，是党的政治建设的重要内容。\n");
    assertThat(TitleFinder.titleAt(doc, doc.paragraphs().size() - 1)).isEqualTo("新时代共产党人干事业、创政绩的科学指南");
  }

  @Test
  void aChapterHeadingOfARegulationIsNoTitle() throws Exception {
    Document doc = Ingestor.fromText("tiaoli.txt", "中国共产党党和国家机关基层组织工作条例\n第一章　总则\n"
        + "第一条 为了加强和改进党和国家机关基层组织建设，制定本条例。\n第四章　党的政治建设\n"
        + "第十四条 坚持党的政治领导，教育引导党员、干部坚决做到“两个维护”。\n");
    assertThat(TitleFinder.titleAt(doc, doc.paragraphs().size() - 1)).isEqualTo("中国共产党党和国家机关基层组织工作条例");
  }

  @Test
  void aBylineWithTheNameSpacedOutIsNoTitle() throws Exception {
    // As 政府工作报告 reach teachers from Wikisource: the name spaced with ideographic spaces.
    Document doc = Ingestor.fromText("2024.txt", "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n"
        + "国务院总理\u3000李\u3000强\n各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n");
    assertThat(TitleFinder.titleAt(doc, doc.paragraphs().size() - 1)).isEqualTo("政府工作报告");
  }

  @Test
  void aDashSubtitleBrokenOverTwoLinesIsSkippedWhole() throws Exception {
    Document doc = Ingestor.fromText("gov.txt", "# 政府工作报告\n\n# ——二〇二四年三月五日在第十四届全国人民代表大会\n\n# 第二次会议上\n\n"
        + "# 国务院总理 李强\n\n各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请予审议。\n");
    assertThat(TitleFinder.titleAt(doc, doc.paragraphs().size() - 1)).isEqualTo("政府工作报告");
  }

  @Test
  void bookletArticlesCiteTheirOwnTitles() {
    Document booklet = Seeds.documents().stream().filter(d -> d.name().startsWith("004_")).findFirst().orElseThrow();
    TitleFinder.Titles titles = TitleFinder.titles(booklet);
    assertThat(titles.at(paragraphWith(booklet, "城镇新增就业1244万人"))).isEqualTo("政府工作报告");
    assertThat(titles.at(paragraphWith(booklet, "应出席代表2956人"))).isEqualTo("十四届全国人大二次会议在京开幕");
    assertThat(titles.at(paragraphWith(booklet, "新质生产力本身就是绿色生产力。"))).isEqualTo("新质生产力本身就是绿色生产力");
    assertThat(titles.at(lastParagraphWith(booklet, "打好关键核心技术攻坚战，使原创性"))).isEqualTo("发展新质生产力的核心要素");
    assertThat(booklet.title()).isEqualTo("理论学习");
    assertThat(titles.from().values()).noneMatch(t -> t.startsWith("——") || t.contains("会议上") && t.length() < 8
        || t.matches(".*\\d{4}年\\d{1,2}月\\d{1,2}日$"));
  }

  @Test
  void aLongFirstLineWithoutHeadingMarkIsTheTitle() {
    Document chongqing = Seeds.documents().stream().filter(d -> d.name().startsWith("003_")).findFirst().orElseThrow();
    assertThat(TitleFinder.titleAt(chongqing, 1)).startsWith("习近平主持召开新时代推动西部大开发座谈会强调");
    assertThat(TitleFinder.titleAt(chongqing, paragraphWith(chongqing, "物流是实体经济的"))).isEqualTo(
        "习近平在重庆考察时强调 进一步全面深化改革开放 不断谱写中国式现代化重庆篇章");
  }

  @Test
  void webPageTitlesLoseTheSiteNameAndFileNamesAreNoTitles() {
    assertThat(TitleFinder.pageTitle("中央经济工作会议在北京举行_新华网")).isEqualTo("中央经济工作会议在北京举行");
    assertThat(TitleFinder.pageTitle("中央经济工作会议在北京举行 - 人民网")).isEqualTo("中央经济工作会议在北京举行");
    assertThat(TitleFinder.isFileName("2022_xinhua_ershida_fabuhui", "2022_xinhua_ershida_fabuhui.txt")).isTrue();
    assertThat(TitleFinder.isFileName("中央经济工作会议在北京举行", "cewc.txt")).isFalse();
  }

  private static int lastParagraphWith(Document doc, String text) {
    return doc.paragraphs().stream().filter(p -> p.text().contains(text)).reduce((a, b) -> b).orElseThrow().index();
  }

  private static int paragraphWith(Document doc, String text) {
    return doc.paragraphs().stream().filter(p -> p.text().contains(text)).findFirst().orElseThrow().index();
  }
}
