package org.kaodian.item;

import java.util.Arrays;
import java.util.Locale;

/** The four item types, with the ids used in JSON and on the command line. */
public enum ItemType {
  FILL_BLANK("填空题"), SINGLE_CHOICE("单项选择题"), MULTIPLE_CHOICE("多项选择题"), TRUE_FALSE("判断题");

  private final String chinese;

  ItemType(String chinese) {
    this.chinese = chinese;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The usual Chinese name of the type (templates may word it differently). */
  public String chinese() {
    return chinese;
  }

  public boolean isChoice() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
  }

  /** Parses an id such as {@code fill_blank}; the message lists the valid ids. */
  public static ItemType fromId(String id) {
    for (ItemType t : values()) {
      if (t.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown item type '" + id + "' (use one of "
        + String.join(", ", Arrays.stream(values()).map(ItemType::id).toList()) + ")");
  }
}
