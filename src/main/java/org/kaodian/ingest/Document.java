package org.kaodian.ingest;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned input document: its name, title and paragraphs, joined in {@link #text()} by blank lines.
 *
 * @param name the file name shown in provenance (for example {@code 004_e14114da0821eb09.txt})
 * @param title the first heading, or the name without extension when the document has none
 * @param paragraphs cleaned paragraphs in reading order
 */
public record Document(String name, String title, List<Paragraph> paragraphs) {
  /** Separator between paragraphs in {@link #text()}; offsets of sentences count it. */
  public static final String PARAGRAPH_SEPARATOR = "\n\n";

  public Document {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    paragraphs = List.copyOf(paragraphs);
  }

  /** The cleaned text that every character offset in kaodian refers to. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (Paragraph p : paragraphs) {
      if (sb.length() > 0) {
        sb.append(PARAGRAPH_SEPARATOR);
      }
      sb.append(p.text());
    }
    return sb.toString();
  }

  public int length() {
    return paragraphs.isEmpty() ? 0 : paragraphs.get(paragraphs.size() - 1).end();
  }

  /** Builds a document from cleaned paragraph texts, computing offsets. */
  public static Document of(String name, String title, List<String> texts, List<Boolean> headings) {
    var list = new java.util.ArrayList<Paragraph>(texts.size());
    int offset = 0;
    for (int i = 0; i < texts.size(); i++) {
      list.add(new Paragraph(i, offset, texts.get(i), headings.get(i)));
      offset += texts.get(i).length() + PARAGRAPH_SEPARATOR.length();
    }
    return new Document(name, title, list);
  }
}
