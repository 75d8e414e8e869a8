package org.kaodian.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
  private static List<String> body(String raw) {
    return TextCleaner.clean(raw).stream().filter(b -> !b.heading()).map(TextCleaner.Block::text).toList();
  }

  private static List<String> headings(String raw) {
    return TextCleaner.clean(raw).stream().filter(TextCleaner.Block::heading).map(TextCleaner.Block::text).toList();
  }

  @Test
  void fullWidthDigitsAndHalfWidthPunctuationAfterChineseAreNormalised() {
    // The 2002 report (blind read II): ２００１年, 各位代表: and …胜利! were read as no figure and no sentence end.
    assertThat(body("２００１年国内生产总值增长7.3%,全年实现了预期目标。一定能够从胜利走向更大的胜利!"))
        .containsExactly("2001年国内生产总值增长7.3%，全年实现了预期目标。一定能够从胜利走向更大的胜利！");
    assertThat(body("比分为3:2,时间是12:00。")).containsExactly("比分为3:2，时间是12:00。");
    // The 1998 report (blind read KK): 8．8％ was no figure.
    assertThat(body("去年经济增长8．8％，这是多年来没有过的。")).containsExactly("去年经济增长8.8％，这是多年来没有过的。");
  }

  @Test
  void joinsSentencesBrokenAcrossLinesAndPages() {
    assertThat(body("航天员聂海胜说，我们在轨工作生活都很好，身体状况良好，还能\n\n与家人视频通话。"))
        .containsExactly("航天员聂海胜说，我们在轨工作生活都很好，身体状况良好，还能与家人视频通话。");
    assertThat(body("根据会议议程，大会审查国务院关于2023年国民经济和社会发展计划执行情况的报告、国\n\n务院关于预算的报告。"))
        .containsExactly("根据会议议程，大会审查国务院关于2023年国民经济和社会发展计划执行情况的报告、国务院关于预算的报告。");
  }

  @Test
  void aShortLineCutMidSentenceIsNotTakenForAHeading() {
    assertThat(body("今年发展主要预期目标是：国内生产总值增长 5%左右；城镇新增就业 1200\n\n万人以上。"))
        .containsExactly("今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。");
  }

  @Test
  void inTextOfWholeParagraphLinesAnUnpunctuatedLineIsNotGluedToTheNext() {
    String article = "新时代共产党人干事业的科学指南\n"
        + "党的十八大以来，习近平总书记从全局和战略高度，深刻回答了树立什么样的政绩观的重大问题。\n"
        + "以高远的政治站位，深刻阐明了树立和践行正确政绩观的价值立场和原则遵循\n"
        + "政绩观“政”字打头，政治要求是第一位的。坚持以人民为中心，是正确政绩观的根本立场。\n"
        + "我们要始终把人民放在心中最高位置，把人民对美好生活的向往作为奋斗目标。\n"
        + "求真务实是我们党的思想路线的核心内容，也是党的优良传统和作风。\n"
        + "必须坚持以人民为中心的发展思想，不断实现好、维护好、发展好最广大人民根本利益。\n";
    assertThat(body(article)).contains("政绩观“政”字打头，政治要求是第一位的。坚持以人民为中心，是正确政绩观的根本立场。")
        .noneMatch(p -> p.contains("原则遵循政绩观"));
    // Paragraphs with blank lines between them still join across a page break's blank line.
    assertThat(body(article.replace("\n", "\n\n").replace("原则遵循\n\n", "原则遵循")))
        .anyMatch(p -> p.contains("原则遵循政绩观"));
  }

  @Test
  void inTextOfWholeParagraphLinesALongFirstLineWithoutFinalPunctuationIsTheTitle() {
    String doc = "中共中央 国务院关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的意见 [2021年9月22日]\n"
        + "实现碳达峰、碳中和，是党中央统筹国内国际两个大局作出的重大战略决策。\n"
        + "为完整、准确、全面贯彻新发展理念，做好碳达峰、碳中和工作，现提出如下意见。\n"
        + "坚持全国统筹，强化顶层设计，发挥制度优势，实行党政同责。\n"
        + "坚持节约优先，把节约能源资源放在首位，实行全面节约战略。\n"
        + "坚持双轮驱动，政府和市场两手发力，构建新型举国体制。\n";
    assertThat(headings(doc)).containsExactly("中共中央 国务院关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的意见 [2021年9月22日]");
  }

  @Test
  void removesSpacesInsideFigures() {
    assertThat(body("今年是中华人民共和国成立 75 周年。城镇新增就业 1200 万人以上，国内生产总值增长 5%左右。"))
        .containsExactly("今年是中华人民共和国成立75周年。城镇新增就业1200万人以上，国内生产总值增长5%左右。");
    assertThat(body("赤字率拟按 3% 安排，国产大飞机 C919 投入商业运营。"))
        .containsExactly("赤字率拟按3%安排，国产大飞机C919投入商业运营。");
  }

  @Test
  void dropsTableOfContentsPageNumbersAndBoilerplate() {
    String raw = "目录\n\n1.全国政协十四届二次会议在京开幕·····\t1\n(2) 发展新质生产力的核心要素·····\t61\n\n"
        + "扫码看视频新闻\n\n12\n\n- 13 -\n\n第 14 页\n\n新质生产力本身就是绿色生产力。";
    assertThat(body(raw)).containsExactly("新质生产力本身就是绿色生产力。");
    assertThat(headings(raw)).isEmpty();
  }

  @Test
  void fullWidthSpacesAndIndentsAreCleaned() {
    assertThat(body("　　新华社重庆4月23日电　中共中央总书记习近平23日下午在重庆主持召开座谈会。"))
        .containsExactly("新华社重庆4月23日电 中共中央总书记习近平23日下午在重庆主持召开座谈会。");
  }

  @Test
  void headingsStaySeparateFromBodyText() {
    String raw = "# 习近平同神舟十二号航天员亲切通话\n\n## 我们在北京等候各位凯旋\n\n全国政协十四届二次会议在京开幕\n\n"
        + "新华社北京3月4日电 中国人民政治协商会议第十四届全国委员会第二次会议4日下午在人民大会堂开幕。\n\n"
        + "一、2023年工作回顾\n\n过去一年，是全面贯彻党的二十大精神开局之年。";
    assertThat(headings(raw)).containsExactly("习近平同神舟十二号航天员亲切通话", "我们在北京等候各位凯旋",
        "全国政协十四届二次会议在京开幕", "一、2023年工作回顾");
    assertThat(body(raw)).hasSize(2);
  }

  @Test
  void aTitleBrokenInsideAQuotationIsJoined() {
    assertThat(headings("习近平向首届“中国－拉美和加勒比\n国家航天合作论坛”致贺信\n\n新华社北京4月24日电 国家主席习近平致贺信。"))
        .containsExactly("习近平向首届“中国－拉美和加勒比国家航天合作论坛”致贺信");
  }

  @Test
  void aDatelineStartsANewArticleEvenAfterACutLine() {
    assertThat(body("充分解放和发展新质战斗力，要更新思想观念\n新华社北京3月7日电 习近平7日下午出席会议。"))
        .hasSize(2);
  }
}
