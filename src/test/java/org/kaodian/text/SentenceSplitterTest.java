package org.kaodian.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  @Test
  void splitsAtFullStopsExclamationsQuestionsAndEllipses() {
    assertThat(SentenceSplitter.split("我们在北京等候各位凯旋！这场通话是怎样实现的？天地通话顺利。允许雇工……唤醒梦想。"))
        .containsExactly("我们在北京等候各位凯旋！", "这场通话是怎样实现的？", "天地通话顺利。", "允许雇工……", "唤醒梦想。");
  }

  @Test
  void keepsClosingQuotesAndBracketsWithTheirSentence() {
    assertThat(SentenceSplitter.split("习近平强调：“要牢牢把握高质量发展这个首要任务。”他说，这很重要。"))
        .containsExactly("习近平强调：“要牢牢把握高质量发展这个首要任务。”", "他说，这很重要。");
    assertThat(SentenceSplitter.split("（讲话全文另发。）会议还研究了其他事项。"))
        .containsExactly("（讲话全文另发。）", "会议还研究了其他事项。");
  }

  @Test
  void neverSplitsInsideAQuotation() {
    assertThat(SentenceSplitter.split("他指出：“新质生产力本身就是绿色生产力。要加快发展方式绿色转型。”大家认真学习。"))
        .containsExactly("他指出：“新质生产力本身就是绿色生产力。要加快发展方式绿色转型。”", "大家认真学习。");
  }

  @Test
  void keepsSemicolonsInsideTheSentence() {
    assertThat(SentenceSplitter.split("国内生产总值增长5%左右；城镇新增就业1200万人以上。"))
        .containsExactly("国内生产总值增长5%左右；城镇新增就业1200万人以上。");
  }
}
