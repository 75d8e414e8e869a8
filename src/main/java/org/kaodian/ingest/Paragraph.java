package org.kaodian.ingest;

/**
 * One cleaned paragraph of a document, with its offset in the document's cleaned text.
 *
 * @param index 0-based position among the document's paragraphs
 * @param start offset of the first character in {@link Document#text()}
 * @param text the cleaned paragraph text
 * @param heading true when the paragraph is a title or section heading rather than body text
 */
public record Paragraph(int index, int start, String text, boolean heading) {
  public int end() {
    return start + text.length();
  }
}
