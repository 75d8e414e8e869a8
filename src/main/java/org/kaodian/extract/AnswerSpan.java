package org.kaodian.extract;

/**
 * A part of a statement a teacher would blank, with offsets into the statement's sentence text.
 *
 * @param text the answer text, exactly as in the sentence
 * @param type what kind of thing it is
 * @param start offset in the sentence text
 * @param end offset just past the answer
 */
public record AnswerSpan(String text, AnswerType type, int start, int end) {
  public AnswerSpan {
    if (start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException("bad span [" + start + "," + end + ") for '" + text + "'");
    }
  }

  /** Finds {@code text} in {@code sentence} at or after {@code from}; null when absent. */
  static AnswerSpan find(String sentence, String text, AnswerType type, int from) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    int at = sentence.indexOf(text, Math.max(0, from));
    if (at < 0) {
      at = sentence.indexOf(text);
    }
    return at < 0 ? null : new AnswerSpan(text, type, at, at + text.length());
  }
}
