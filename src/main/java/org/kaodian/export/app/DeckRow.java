package org.kaodian.export.app;

import java.util.ArrayList;
import java.util.List;
import org.kaodian.item.Item;
import org.kaodian.item.ItemType;

/**
 * One item as every app profile sees it: question, options (true/false items get theirs), the
 * 1-based numbers and letters of the right options, and the rest.
 *
 * @param id the item's stable id
 * @param type the item type
 * @param question the stem
 * @param options options for choice and true/false items (正确/错误 for the latter); empty for fill-ins
 * @param correct 0-based indexes of the right options
 * @param answers the answer texts (one per blank for fill-ins)
 * @param explanation 解析
 * @param document source document name
 * @param tags space-separated tags: document, kind, type
 */
public record DeckRow(String id, ItemType type, String question, List<String> options, List<Integer> correct,
    List<String> answers, String explanation, String document, String tags) {
  private static final java.util.regex.Pattern BLANK = java.util.regex.Pattern.compile("_{3,}");

  /** Builds the row; {@code trueFalse} are the words for true and false from the templates. */
  public static DeckRow of(Item i, List<String> trueFalse) {
    List<String> options = new ArrayList<>(i.options());
    List<Integer> correct = new ArrayList<>();
    if (i.type() == ItemType.TRUE_FALSE) {
      options = new ArrayList<>(trueFalse);
    }
    for (int k = 0; k < options.size(); k++) {
      if (i.answers().contains(options.get(k))) {
        correct.add(k);
      }
    }
    String doc = i.source().document().replaceFirst("\\.[^.]+$", "").replaceAll("\\s+", "_");
    return new DeckRow(i.id(), i.type(), i.stem(), options, correct, i.answers(), i.explanation(),
        i.source().document(), doc + " " + i.kind() + " " + i.type().id());
  }

  /**
   * The row as one row per blank, for apps that take one answer per question: in the k-th row the
   * k-th blank becomes {@code marker}, the other blanks stay blanks (showing them would give their
   * answers away) and the only answer is the k-th; other rows come back as they are.
   */
  public List<DeckRow> perBlank(String marker) {
    if (type != ItemType.FILL_BLANK || answers.size() < 2) {
      return List.of(this);
    }
    List<DeckRow> out = new ArrayList<>();
    for (int k = 0; k < answers.size(); k++) {
      java.util.regex.Matcher m = BLANK.matcher(question);
      StringBuilder sb = new StringBuilder();
      int n = 0;
      while (m.find()) {
        m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(n == k ? marker : m.group()));
        n++;
      }
      m.appendTail(sb);
      out.add(new DeckRow(id + "-" + (k + 1), type, sb.toString(), options, correct, List.of(answers.get(k)),
          explanation, document, tags));
    }
    return out;
  }

  /** The type as Chinese question banks name it: 填空题, 单选题, 多选题, 判断题. */
  public String bankTypeName() {
    return switch (type) {
      case FILL_BLANK -> "填空题";
      case SINGLE_CHOICE -> "单选题";
      case MULTIPLE_CHOICE -> "多选题";
      case TRUE_FALSE -> "判断题";
    };
  }

  public boolean hasOptions() {
    return !options.isEmpty();
  }

  /** Letters of the right options, e.g. {@code ABD}. */
  public String letters() {
    StringBuilder sb = new StringBuilder();
    correct.forEach(k -> sb.append((char) ('A' + k)));
    return sb.toString();
  }

  /** 1-based numbers of the right options joined by {@code sep}, e.g. {@code 1,3}. */
  public String numbers(String sep) {
    return String.join(sep, correct.stream().map(k -> String.valueOf(k + 1)).toList());
  }

  /** The question with its options on following lines, joined with {@code newline}. */
  public String questionWithOptions(String newline) {
    StringBuilder sb = new StringBuilder(question);
    for (int k = 0; k < options.size() && type != ItemType.TRUE_FALSE; k++) {
      sb.append(newline).append((char) ('A' + k)).append(". ").append(options.get(k));
    }
    return sb.toString();
  }

  /** The answer as a learner reads it: letters and texts for choice items, texts otherwise. */
  public String answerText() {
    if (type.isChoice()) {
      return letters() + "（" + String.join("、", answers) + "）";
    }
    return String.join("；", answers);
  }
}
