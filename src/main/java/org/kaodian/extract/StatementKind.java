package org.kaodian.extract;

import java.util.Locale;

/** The three kinds of key statement kaodian looks for. */
public enum StatementKind {
  DEFINITION, NUMERIC, FORMULA;

  /** The lower-case name used in JSON. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static StatementKind fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
