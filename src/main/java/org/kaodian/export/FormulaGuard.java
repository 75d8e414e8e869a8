package org.kaodian.export;

/** Neutralises text that spreadsheet apps would evaluate as a formula (CSV/formula injection). */
public final class FormulaGuard {
  private FormulaGuard() {}

  public static boolean dangerous(String value) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    char c = value.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** For text formats: a leading apostrophe, which spreadsheet apps show as plain text. */
  public static String neutralise(String value) {
    return dangerous(value) ? "'" + value : value;
  }
}
