package org.kaodian.extract;

import java.util.Locale;

/** The kinds of key statement kaodian looks for. */
public enum StatementKind {
  DEFINITION, NUMERIC, FORMULA,
  /** A judgment of a stage or a situation ({@code 已由……转向……}, {@code 今年是……之年}). */
  JUDGMENT,
  /** A history fact: a date, an event, a place, a person or a named document. */
  HISTORY;

  /** The lower-case name used in JSON. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static StatementKind fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
