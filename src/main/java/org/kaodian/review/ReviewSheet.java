package org.kaodian.review;

import java.util.List;
import java.util.Map;
import org.kaodian.item.ItemType;

/** The layout of {@code review.xlsx}, shared by the writer and the reader. */
public final class ReviewSheet {
  public static final String SHEET = "审阅";
  public static final List<String> HEADER = List.of("ID", "保留", "题型", "类型", "题干", "选项A", "选项B", "选项C", "选项D",
      "选项E", "答案", "解析", "文档", "原句", "也可接受");
  public static final int ID = 0;
  public static final int KEEP = 1;
  public static final int TYPE = 2;
  public static final int KIND = 3;
  public static final int STEM = 4;
  public static final int OPTION_A = 5;
  public static final int OPTIONS = 5;
  public static final int ANSWER = 10;
  public static final int EXPLANATION = 11;
  public static final int DOCUMENT = 12;
  public static final int SENTENCE = 13;
  /** Other answers a teacher accepts for a fill-in, separated by | (for several blanks: 甲；乙 | 丙；丁). */
  public static final int ACCEPTED = 14;
  /** Columns a teacher may edit; the others are locked. */
  public static final List<Integer> EDITABLE = List.of(KEEP, TYPE, STEM, OPTION_A, OPTION_A + 1, OPTION_A + 2,
      OPTION_A + 3, OPTION_A + 4, ANSWER, EXPLANATION, ACCEPTED);
  public static final String YES = "是";
  public static final String NO = "否";
  /** The type names shown in the sheet. */
  public static final Map<String, ItemType> TYPES = Map.of("填空题", ItemType.FILL_BLANK, "单项选择题", ItemType.SINGLE_CHOICE,
      "多项选择题", ItemType.MULTIPLE_CHOICE, "判断题", ItemType.TRUE_FALSE);

  private ReviewSheet() {}

  /** The spreadsheet column letter of a 0-based index. */
  public static String column(int index) {
    return String.valueOf((char) ('A' + index));
  }
}
