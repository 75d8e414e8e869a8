package org.kaodian.extract;

import java.util.Locale;

/** What kind of thing an answer span is; distractors are drawn from the same type. */
public enum AnswerType {
  NUMBER, PERSON, PLACE, ORGANIZATION, TERM, FORMULA;

  /** The lower-case name used in JSON. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static AnswerType fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
