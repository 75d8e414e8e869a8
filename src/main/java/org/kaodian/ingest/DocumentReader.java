package org.kaodian.ingest;

import java.nio.file.Path;

/** Turns one file of a given format into raw text lines, before cleaning. */
public interface DocumentReader {
  /**
   * Reads the file's text. Paragraph breaks are newlines; a line starting with {@code #} marks a
   * heading.
   *
   * @throws InputException when the file is unreadable, damaged or not of this format
   */
  String read(Path file) throws InputException;
}
