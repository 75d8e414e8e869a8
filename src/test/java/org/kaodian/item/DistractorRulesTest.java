package org.kaodian.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kaodian.extract.AnswerSpan;
import org.kaodian.extract.AnswerType;
import org.kaodian.extract.Lexicon;
import org.kaodian.extract.Source;
import org.kaodian.extract.Statement;
import org.kaodian.extract.StatementKind;

/** One test per rule a distractor (or the swapped part of a false statement) must keep. */
class DistractorRulesTest {
  private static final Lexicon LEXICON = Lexicon.standard();

  static Statement statement(String document, String text, AnswerType type, String... answers) {
    List<AnswerSpan> spans = new ArrayList<>();
    for (String a : answers) {
      int at = text.indexOf(a);
      spans.add(new AnswerSpan(a, type, at, at + a.length()));
    }
    return new Statement(StatementKind.FORMULA, text, spans, 0.9, "test",
        List.of(new Source(document, "标题" + document, 0, 0, text.length())));
  }

  private static List<Distractor> pick(DistractorPool pool, Statement s, String answer, int n) {
    return pick(pool, s, answer, n, Set.of());
  }

  private static List<Distractor> pick(DistractorPool pool, Statement s, String answer, int n, Set<String> used) {
    AnswerSpan span = s.answers().stream().filter(a -> a.text().equals(answer)).findFirst().orElseThrow();
    List<String> siblings = ItemBuilder.siblings(s, span);
    return pool.pick(new DistractorPool.Slot(span, s.text(), s.source().document(), siblings, used, Set.of()), n,
        new Random(5));
  }

  private static List<String> texts(List<Distractor> ds) {
    return ds.stream().map(Distractor::text).toList();
  }

  @Test
  void aListElementKeepsTheHeadWordItsSiblingsShareAndNoSiblingIsOffered() {
    Statement s = statement("a.txt", "推动构建人类命运共同体，落实全球发展倡议、全球安全倡议、全球文明倡议，深化拓展全球伙伴关系。",
        AnswerType.FORMULA, "全球发展倡议", "全球安全倡议", "全球文明倡议");
    Statement other = statement("a.txt", "坚持高质量发展、永久睦邻友好。", AnswerType.FORMULA, "高质量发展", "永久睦邻友好");
    DistractorPool pool = DistractorPool.of(List.of(s, other), LEXICON, List.of(s.text(), other.text()));
    List<Distractor> d = pick(pool, s, "全球发展倡议", 3);
    assertThat(texts(d)).hasSize(3).allMatch(t -> t.endsWith("倡议"))
        .doesNotContain("全球安全倡议", "全球文明倡议", "高质量发展", "永久睦邻友好");
    assertThat(d).allMatch(x -> x.from().contains("……倡议"));
  }

  @Test
  void aRoadAVerbAsksForIsOfferedOnlyOtherRoads() {
    // Blind reads JJ and KK: 走有（　　） offered 中国特色社会主义文化, ruled out by the grammar alone.
    Statement s = statement("a.txt", "培养和造就坚持走中国特色社会主义道路的高素质领导人才队伍。", AnswerType.TERM, "中国特色社会主义道路");
    Statement other = statement("a.txt", "坚定中国特色社会主义理论体系、中国特色社会主义制度、中国特色社会主义文化自信。",
        AnswerType.TERM, "中国特色社会主义理论体系");
    DistractorPool pool = DistractorPool.of(List.of(s, other), LEXICON, List.of(s.text(), other.text()));
    assertThat(texts(pick(pool, s, "中国特色社会主义道路", 3))).allMatch(t -> t.endsWith("道路"));
    Statement plain = statement("a.txt", "中国特色社会主义道路是实现社会主义现代化的必由之路。", AnswerType.TERM, "中国特色社会主义道路");
    assertThat(texts(pick(pool, plain, "中国特色社会主义道路", 3))).anyMatch(t -> !t.endsWith("道路"));
  }

  @Test
  void aShortNumberedFormulaIsReplacedOnlyByOneSharingACharacter() {
    Statement s = statement("a.txt", "坚持一个中国原则和“九二共识”，推进两岸关系和平发展。", AnswerType.FORMULA, "九二共识");
    Statement six = statement("a.txt", "扎实做好“六稳”“六保”工作。", AnswerType.FORMULA, "六稳", "六保");
    DistractorPool pool = DistractorPool.of(List.of(s, six), LEXICON, List.of(s.text(), six.text()));
    // 五位一体, 八项规定 and 一国两制 have the shape of 九二共识 but are ruled out by their field.
    assertThat(texts(pick(pool, s, "九二共识", 3))).allMatch(t -> t.chars().anyMatch(c -> "九二共识".indexOf(c) >= 0));
    assertThat(texts(pick(pool, six, "六稳", 1))).allMatch(t -> t.startsWith("六") || t.contains("稳"));
    // Numerals alone do not make a field: 一国两制 is never offered 两学一做 or 五位一体.
    assertThat(DistractorPool.sharesAMorpheme("一国两制", "两学一做")).isFalse();
    assertThat(DistractorPool.sharesAMorpheme("一国两制", "五位一体")).isFalse();
    assertThat(DistractorPool.sharesAMorpheme("六稳", "六保")).isTrue();
    assertThat(DistractorPool.sharesAMorpheme("十四五", "十三五")).isTrue();
  }

  @Test
  void noTermLaterThanTheInputKnows() {
    Statement s = statement("a.txt", "党的十九大以来取得的重大成就，凝结着十九届中央委员会、中央政治局的智慧和心血，二十届中央委员会继续奋斗。",
        AnswerType.NUMBER, "十九届");
    DistractorPool pool = DistractorPool.of(List.of(s), LEXICON, List.of(s.text()));
    assertThat(texts(pick(pool, s, "十九届", 3))).isNotEmpty().noneMatch(t -> t.matches("二十[一二三四五六七八九]届.*"));
  }

  @Test
  void theListsOwnNameIsNoElementOfIt() {
    Statement s = statement("a.txt", "坚定道路自信、理论自信、制度自信、文化自信，坚持独立自主。", AnswerType.FORMULA,
        "道路自信", "理论自信", "制度自信", "文化自信");
    Statement other = statement("a.txt", "增强“四个意识”、坚定“四个自信”、做到“两个维护”。", AnswerType.FORMULA, "四个意识", "四个自信");
    DistractorPool pool = DistractorPool.of(List.of(s, other), LEXICON, List.of(s.text(), other.text()));
    assertThat(texts(pick(pool, s, "道路自信", 3))).doesNotContain("四个自信");
  }

  @Test
  void whatTheTextOpposesHasNoDistractor() {
    Statement s = statement("a.txt", "坚决反对形式主义、官僚主义、享乐主义和奢靡之风。", AnswerType.FORMULA, "形式主义", "官僚主义", "享乐主义");
    Statement other = statement("a.txt", "弘扬爱国主义、集体主义、社会主义精神。", AnswerType.FORMULA, "爱国主义", "集体主义");
    DistractorPool pool = DistractorPool.of(List.of(s, other), LEXICON, List.of(s.text(), other.text()));
    // The other evils are never offered, and 反对爱国主义 is absurd.
    assertThat(pick(pool, s, "官僚主义", 3)).isEmpty();
    Statement avoid = statement("a.txt", "切实避免越权立法、重复立法、盲目立法，坚持科学立法、依法立法。", AnswerType.FORMULA,
        "越权立法", "重复立法", "盲目立法");
    DistractorPool laws = DistractorPool.of(List.of(avoid), LEXICON, List.of(avoid.text()));
    assertThat(pick(laws, avoid, "重复立法", 2)).isEmpty();
  }

  @Test
  void aTermKeepsItsHeadWord() {
    Statement s = statement("a.txt", "全面实施乡村振兴战略，推进农业农村现代化。", AnswerType.TERM, "乡村振兴战略");
    Statement other = statement("a.txt", "必须坚持新发展理念。", AnswerType.TERM, "新发展理念");
    DistractorPool pool = DistractorPool.of(List.of(s, other), LEXICON, List.of());
    assertThat(texts(pick(pool, s, "乡村振兴战略", 3))).hasSize(3).allMatch(t -> t.endsWith("战略"));
  }

  @Test
  void aSloganElementKeepsTheLeadAndLengthOfItsSiblings() {
    Statement s = statement("a.txt", "广大文艺工作者要坚持讲品位、讲格调、讲责任，抵制低俗、庸俗、媚俗。", AnswerType.FORMULA,
        "讲品位", "讲格调", "讲责任");
    Statement other = statement("a.txt", "各地区要稳就业、稳增长、稳预期。", AnswerType.FORMULA, "稳就业", "稳增长", "稳预期");
    DistractorPool pool = DistractorPool.of(List.of(s, other), LEXICON, List.of(s.text(), other.text()));
    List<String> d = texts(pick(pool, s, "讲格调", 3));
    assertThat(d).hasSize(3).allMatch(t -> t.startsWith("讲") && t.length() == 3)
        .doesNotContain("讲品位", "讲责任", "稳就业", "大开放");
  }

  @Test
  void aListAnswerKeepsItsNumberOfParallelParts() {
    Statement s = statement("a.txt", "中俄关系以永久睦邻友好、互利合作共赢为精神内核。", AnswerType.TERM, "永久睦邻友好、互利合作共赢");
    Statement two = statement("a.txt", "双方秉持开放包容、合作共赢的理念。", AnswerType.TERM, "开放包容、合作共赢");
    Statement one = statement("a.txt", "双方坚持互利共赢。", AnswerType.TERM, "互利共赢");
    DistractorPool pool = DistractorPool.of(List.of(s, two, one), LEXICON, List.of());
    List<String> d = texts(pick(pool, s, "永久睦邻友好、互利合作共赢", 3));
    assertThat(d).contains("开放包容、合作共赢").doesNotContain("互利共赢");
  }

  @Test
  void aFigureKeepsItsUnitPrecisionAndMagnitude() {
    Statement s = statement("a.txt", "粮食产量1.39万亿斤，再创历史新高。", AnswerType.NUMBER, "1.39万亿斤");
    DistractorPool pool = DistractorPool.of(List.of(s), LEXICON, List.of());
    List<String> d = texts(pick(pool, s, "1.39万亿斤", 3));
    assertThat(d).hasSize(3).allSatisfy(t -> {
      assertThat(t).matches("\\d\\.\\d\\d万亿斤");
      assertThat(new BigDecimal(t.replace("万亿斤", ""))).isBetween(new BigDecimal("1.0"), new BigDecimal("1.8"));
    });
  }

  @Test
  void aRangeKeepsItsDirection() {
    Statement s = statement("a.txt", "常住人口城镇化率从63.9%提高到65.2%。", AnswerType.NUMBER, "63.9%", "65.2%");
    Statement down = statement("a.txt", "城镇调查失业率从5.6%下降到5.2%。", AnswerType.NUMBER, "5.6%", "5.2%");
    DistractorPool pool = DistractorPool.of(List.of(s, down), LEXICON, List.of());
    for (int seed = 0; seed < 5; seed++) {
      assertThat(texts(pick(pool, s, "63.9%", 3))).hasSize(3).allMatch(t -> new BigDecimal(t.replace("%", ""))
          .compareTo(new BigDecimal("65.2")) < 0);
      assertThat(texts(pick(pool, s, "65.2%", 3))).hasSize(3).allMatch(t -> new BigDecimal(t.replace("%", ""))
          .compareTo(new BigDecimal("63.9")) > 0);
      assertThat(texts(pick(pool, down, "5.6%", 3))).hasSize(3).allMatch(t -> new BigDecimal(t.replace("%", ""))
          .compareTo(new BigDecimal("5.2")) > 0);
    }
    assertThat(pick(pool, s, "63.9%", 1).get(0).from()).contains("keeps the range 提高到65.2");
  }

  @Test
  void aNameIsReplacedByANameOfTheSameKindFromTheInput() {
    Statement s = statement("a.txt", "国务院总理李强代表国务院向大会作政府工作报告，赵乐际主持大会，王沪宁出席。", AnswerType.PERSON, "李强");
    DistractorPool pool = DistractorPool.of(List.of(s), LEXICON, List.of());
    // 赵乐际 and 王沪宁 are in the source sentence (also true there); the pool still has only people to offer.
    Statement other = statement("b.txt", "习近平强调，要抓好落实。", AnswerType.PERSON, "习近平");
    DistractorPool two = DistractorPool.of(List.of(s, other), LEXICON, List.of());
    assertThat(texts(pick(two, s, "李强", 3))).doesNotContain("国务院", "大会", "政府工作报告")
        .allMatch(t -> t.matches("[\\p{IsHan}]{2,4}"));
    assertThat(texts(pick(pool, s, "李强", 3))).doesNotContain("赵乐际", "王沪宁");
  }

  @Test
  void aDocumentIsReplacedByADocumentOfTheSameHead() {
    Statement s = statement("a.txt", "马克思、恩格斯发表《共产党宣言》。", AnswerType.DOCUMENT, "共产党宣言");
    Statement o = statement("a.txt", "会议通过了《北京宣言》和《实践论》读本。", AnswerType.DOCUMENT, "北京宣言", "实践论");
    DistractorPool pool = DistractorPool.of(List.of(s, o), LEXICON, List.of());
    assertThat(texts(pick(pool, s, "共产党宣言", 3))).contains("北京宣言").doesNotContain("实践论");
  }

  @Test
  void neverANearSynonymAnAbbreviationOrAnotherNameOfTheSameBody() {
    assertThat(AnswerForm.sameFactInOtherWords("根本要求", "必然要求")).isTrue();
    assertThat(AnswerForm.sameFactInOtherWords("本质特征", "根本特征")).isTrue();
    assertThat(AnswerForm.sameFactInOtherWords("中国共产党", "中共中央")).isTrue();
    assertThat(AnswerForm.sameFactInOtherWords("中国共产党", "党中央")).isTrue();
    assertThat(AnswerForm.sameFactInOtherWords("全国人民代表大会", "全国人大")).isTrue();
    assertThat(AnswerForm.sameFactInOtherWords("两个确立", "两个维护")).isFalse();
    assertThat(AnswerForm.sameFactInOtherWords("全球安全倡议", "全球数据安全倡议")).isFalse();
    assertThat(AnswerForm.sameFactInOtherWords("政治要求", "根本要求")).isFalse();
    Statement s = statement("a.txt", "以人民为中心是新时代的根本要求。", AnswerType.TERM, "根本要求");
    Statement o = statement("a.txt", "这是必然要求、基本要求，也是政治要求和内在要求。", AnswerType.TERM, "必然要求", "基本要求", "政治要求",
        "内在要求");
    DistractorPool pool = DistractorPool.of(List.of(s, o), LEXICON, List.of());
    assertThat(texts(pick(pool, s, "根本要求", 3))).contains("政治要求").doesNotContain("必然要求", "基本要求", "内在要求");
  }

  @Test
  void theSameDocumentComesFirstAndFreshDistractorsBeforeOnesThePaperAlreadyShows() {
    Statement a = statement("a.txt", "深刻领悟两个确立的决定性意义，坚决做到两个维护。", AnswerType.FORMULA, "两个确立", "两个维护");
    Statement b = statement("b.txt", "牢记两个务必，坚持两个结合。", AnswerType.FORMULA, "两个务必", "两个结合");
    DistractorPool pool = DistractorPool.of(List.of(a, b), LEXICON, List.of());
    Statement ask = statement("a.txt", "各级政府要深刻领悟两个确立的决定性意义。", AnswerType.FORMULA, "两个确立");
    List<Distractor> first = pick(pool, ask, "两个确立", 1);
    assertThat(texts(first)).containsExactly("两个维护");
    assertThat(first.get(0).from()).startsWith("the same document");
    List<Distractor> fresh = pick(pool, ask, "两个确立", 1, Set.of("两个维护"));
    assertThat(texts(fresh)).hasSize(1).doesNotContain("两个维护");
    assertThat(fresh.get(0).from()).startsWith("another input document");
  }
  @Test
  void aMemberOfANamedSetIsOfferedTheOtherMembersFirst() {
    Statement s = statement("a.txt", "以党的政治建设为统领，全面推进党的思想建设、组织建设。", AnswerType.TERM, "政治建设");
    Statement noise = statement("a.txt", "推进长三角一体化发展和粤港澳大湾区建设。", AnswerType.TERM, "粤港澳大湾区建设");
    DistractorPool pool = DistractorPool.of(List.of(s, noise), LEXICON, List.of(s.text(), noise.text()));
    List<Distractor> d = pick(pool, s, "政治建设", 3);
    // The members the sentence names are right there too; the others of 党的建设 and 五位一体 are not.
    assertThat(texts(d)).hasSize(3).allMatch(t -> DistractorPool.kindred("政治建设", t))
        .doesNotContain("思想建设", "组织建设", "粤港澳大湾区建设");
    assertThat(d).allMatch(x -> x.from().startsWith("another member of the set "));
    // A five-year plan for a five-year plan, though 十五五 repeats a numeral and 十四五 does not.
    Statement plan = statement("a.txt", "“十四五”时期是第一个五年，已经打下坚实基础。", AnswerType.FORMULA, "十四五");
    DistractorPool plans = DistractorPool.of(List.of(plan), LEXICON, List.of(plan.text()));
    assertThat(texts(pick(plans, plan, "十四五", 3))).hasSize(3).allMatch(t -> t.matches("十[一二三五]五"));
  }

  @Test
  void aTermWhoseHeadHanLPDoesNotCutKeepsTheHeadItEndsWith() {
    Statement s = statement("a.txt", "坚持总体国家安全观，统筹发展和安全。", AnswerType.TERM, "总体国家安全观");
    DistractorPool pool = DistractorPool.of(List.of(s), LEXICON, List.of(s.text()));
    List<Distractor> d = pick(pool, s, "总体国家安全观", 3);
    assertThat(texts(d)).hasSize(3).allMatch(t -> t.endsWith("观"));
    assertThat(d).allMatch(x -> x.from().contains("same head ……观"));
  }

  @Test
  void whatTheTextsCondemnIsNeverOfferedForAFormula() {
    Statement s = statement("a.txt", "增强“四个意识”，坚决做到“两个维护”。", AnswerType.FORMULA, "四个意识");
    Statement condemned = statement("a.txt", "坚决防止“七个有之”。", AnswerType.FORMULA, "七个有之");
    // Quoted, a numbered formula joins the input's lexicon as any other would.
    Lexicon lexicon = LEXICON.withQuotedTermsFrom(List.of(condemned.text()));
    DistractorPool pool = DistractorPool.of(List.of(s, condemned), lexicon, List.of(s.text(), condemned.text()));
    assertThat(texts(pick(pool, s, "四个意识", 30))).isNotEmpty().doesNotContain("七个有之");
  }
  @Test
  void aFloorOrACeilingKeepsWrongFiguresOnTheFalseSide() {
    Statement s = statement("a.txt", "今年（2016年），单位国内生产总值能耗下降3.4%以上，主要污染物排放继续减少。", AnswerType.NUMBER, "3.4%以上");
    DistractorPool pool = DistractorPool.of(List.of(s), LEXICON, List.of(s.text()));
    // 下降3.1%以上 follows from 下降3.4%以上: only higher floors are false.
    assertThat(texts(pick(pool, s, "3.4%以上", 3))).hasSize(3)
        .allMatch(t -> new BigDecimal(t.replace("%以上", "")).compareTo(new BigDecimal("3.4")) > 0);
  }

  @Test
  void noFiveYearPlanLaterThanTheInputKnows() {
    Statement s = statement("a.txt", "“十二五”时期的辉煌成就，充分显示了中国特色社会主义的巨大优越性，“十三五”时期要继续奋斗。", AnswerType.FORMULA, "十二五");
    DistractorPool pool = DistractorPool.of(List.of(s), LEXICON, List.of(s.text()));
    assertThat(texts(pick(pool, s, "十二五", 3))).isNotEmpty().doesNotContain("十四五", "十五五");
  }
}
