package org.kaodian.extract;

import java.util.Locale;

/** What kind of thing an answer span is; distractors are drawn from the same type. */
public enum AnswerType {
  NUMBER, PERSON, PLACE, ORGANIZATION, TERM, FORMULA,
  /** A date or year of a history fact ({@code 1949年10月1日}, {@code 1921年}). */
  DATE,
  /** A named document or work, without its 《》 ({@code 共产党宣言}). */
  DOCUMENT;

  /** The lower-case name used in JSON. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static AnswerType fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
