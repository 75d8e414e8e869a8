package org.kaodian.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaodian.item.Item;
import org.kaodian.item.ItemSource;
import org.kaodian.item.ItemType;

class GraderTest {
  private static final ItemSource SRC = new ItemSource("d.txt", "t", 1, "s", 0, 1);
  static final Item SINGLE = item("s1", ItemType.SINGLE_CHOICE, List.of("甲", "乙", "丙", "丁"), List.of("乙"));
  static final Item MULTI = item("m1", ItemType.MULTIPLE_CHOICE, List.of("甲", "乙", "丙", "丁"), List.of("甲", "丙"));
  static final Item TRUE = item("t1", ItemType.TRUE_FALSE, List.of(), List.of("正确"));
  static final Item FALSE = item("f1", ItemType.TRUE_FALSE, List.of(), List.of("错误"));
  static final Item BLANK = item("b1", ItemType.FILL_BLANK, List.of(), List.of("九二共识"));

  static Item item(String id, ItemType type, List<String> options, List<String> answers) {
    return new Item(id, type, "definition", "题干" + id, options, answers, "解析" + id, 1, "r", SRC);
  }

  private static Map<Integer, String> answers(String text) {
    return Grader.read(text, 5).answers();
  }

  @Test
  void readsOneAnswerPerLineInEveryWrittenForm() {
    assertThat(answers("1 B\n2 AC\n3 对\n4 九二共识")).containsExactlyInAnyOrderEntriesOf(
        Map.of(1, "B", 2, "AC", 3, "对", 4, "九二共识"));
    assertThat(answers("1.B\n第2题：A、C\n3、错\n4:九二共识\n5)√")).containsExactlyInAnyOrderEntriesOf(
        Map.of(1, "B", 2, "A、C", 3, "错", 4, "九二共识", 5, "√"));
    assertThat(answers("１　Ｂ\n２．ＡＣ")).containsExactlyInAnyOrderEntriesOf(Map.of(1, "B", 2, "AC"));
    assertThat(answers("第三题 对")).containsExactlyEntriesOf(Map.of(3, "对"));
  }

  @Test
  void readsSeveralAnswersOnOneLine() {
    assertThat(answers("1 B 2 AC 3 对 4 九二共识")).containsExactlyInAnyOrderEntriesOf(
        Map.of(1, "B", 2, "AC", 3, "对", 4, "九二共识"));
    assertThat(answers("1B，2AC，3×")).containsExactlyInAnyOrderEntriesOf(Map.of(1, "B", 2, "AC", 3, "×"));
    assertThat(answers("1.B,2.A、C;3.正确")).containsExactlyInAnyOrderEntriesOf(Map.of(1, "B", 2, "A、C", 3, "正确"));
  }

  @Test
  void numbersInsideAnswersAndOutOfRangeNumbersAreNotQuestions() {
    assertThat(answers("4 1949年 5 对")).containsExactlyInAnyOrderEntriesOf(Map.of(4, "1949年", 5, "对"));
    assertThat(answers("4 3.5%")).containsExactlyEntriesOf(Map.of(4, "3.5%"));
    assertThat(answers("老师好，以下是答案：\n9 B\n谢谢！")).isEmpty();
  }

  @Test
  void seesUnsubscribeAndAnonymousRequests() {
    assertThat(Grader.read("退订", 5).unsubscribe()).isTrue();
    assertThat(Grader.read("1 B\n排行榜请不公开", 5).anonymous()).isTrue();
    assertThat(Grader.read("请帮我退订，谢谢！", 5).unsubscribe()).isTrue();
    assertThat(Grader.read("1 B", 5).unsubscribe()).isFalse();
    // The quiz's own footer, when a mail program leaves it unquoted, is not a request.
    assertThat(Grader.read("1 B\n不想再收到这些邮件？请回复“退订”至 teacher@example.org。", 5).unsubscribe()).isFalse();
  }

  @Test
  void choiceLettersMustBeExactlyRight() {
    assertThat(Grader.credit(SINGLE, "B", false)).isEqualTo(1);
    assertThat(Grader.credit(SINGLE, "ｂ", false)).isEqualTo(1);
    assertThat(Grader.credit(SINGLE, "BC", false)).isZero();
    assertThat(Grader.credit(SINGLE, "乙", false)).isZero();
    assertThat(Grader.credit(MULTI, "CA", false)).isEqualTo(1);
    assertThat(Grader.credit(MULTI, "A、C", false)).isEqualTo(1);
    assertThat(Grader.credit(MULTI, "A", false)).isZero();
    assertThat(Grader.credit(MULTI, "ACD", false)).isZero();
  }

  @Test
  void partialCreditCountsRightLettersUnlessAWrongOneIsChosen() {
    assertThat(Grader.credit(MULTI, "A", true)).isEqualTo(0.5);
    assertThat(Grader.credit(MULTI, "AC", true)).isEqualTo(1);
    assertThat(Grader.credit(MULTI, "AB", true)).isZero();
    assertThat(Grader.credit(SINGLE, "BC", true)).isZero();
  }

  @Test
  void trueFalseTakesAnyAcceptedWord() {
    for (String yes : List.of("对", "正确", "√", "T", "true", "是")) {
      assertThat(Grader.credit(TRUE, yes, false)).as(yes).isEqualTo(1);
      assertThat(Grader.credit(FALSE, yes, false)).as(yes).isZero();
    }
    for (String no : List.of("错", "错误", "×", "F", "不对", "否")) {
      assertThat(Grader.credit(FALSE, no, false)).as(no).isEqualTo(1);
      assertThat(Grader.credit(TRUE, no, false)).as(no).isZero();
    }
    assertThat(Grader.credit(TRUE, "也许", false)).isZero();
  }

  @Test
  void fillInsCompareAfterNormalisingWidthPunctuationSpacesAndNumerals() {
    assertThat(Grader.credit(BLANK, "九二共识", false)).isEqualTo(1);
    assertThat(Grader.credit(BLANK, "“九二 共识”。", false)).isEqualTo(1);
    assertThat(Grader.credit(BLANK, "92共识", false)).isEqualTo(1);
    assertThat(Grader.credit(BLANK, "一个中国", false)).isZero();
    Item percent = item("p", ItemType.FILL_BLANK, List.of(), List.of("百分之五"));
    assertThat(Grader.credit(percent, "5%", false)).isEqualTo(1);
    assertThat(Grader.credit(percent, "５％", false)).isEqualTo(1);
    assertThat(Grader.credit(percent, "50%", false)).isZero();
    Item big = item("g", ItemType.FILL_BLANK, List.of(), List.of("1.2万亿"));
    assertThat(Grader.credit(big, "一点二万亿", false)).isEqualTo(1);
    assertThat(Grader.credit(big, "12万亿", false)).isZero();
    Item two = item("two", ItemType.FILL_BLANK, List.of(), List.of("创新", "协调"));
    assertThat(Grader.credit(two, "创新；协调", false)).isEqualTo(1);
    assertThat(Grader.credit(two, "创新、协调", false)).isEqualTo(1);
    assertThat(Grader.credit(two, "协调、创新", false)).isZero();
  }

  @Test
  void answersTheTeacherAlsoAcceptsAreRight() {
    Item one = item("a1", ItemType.FILL_BLANK, List.of(), List.of("中国共产党")).withAccepted(List.of("中共", "共产党"));
    assertThat(Grader.credit(one, "中共", false)).isEqualTo(1);
    assertThat(Grader.credit(one, "共产党", false)).isEqualTo(1);
    assertThat(Grader.credit(one, "国务院", false)).isZero();
    Item two = item("a2", ItemType.FILL_BLANK, List.of(), List.of("创新", "协调")).withAccepted(List.of("创新驱动；协调发展"));
    assertThat(Grader.credit(two, "创新驱动、协调发展", false)).isEqualTo(1);
    assertThat(Grader.credit(two, "创新驱动、协调", false)).isZero();
  }

  @Test
  void gradesAWeekInMailOrderAndListsTheMissedItems() {
    Grader.Grade g = Grader.grade(Grader.read("1 B\n2 A\n3 对", 5), List.of(SINGLE, MULTI, TRUE, FALSE, BLANK), false);
    assertThat(g.score()).isEqualTo(2);
    assertThat(g.max()).isEqualTo(5);
    assertThat(g.missed()).extracting(r -> r.item().id()).containsExactly("m1", "f1", "b1");
    assertThat(g.results().get(3).given()).isNull();
  }
}
