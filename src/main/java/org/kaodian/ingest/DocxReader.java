package org.kaodian.ingest;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Reads Word {@code .docx} files with Apache POI, marking heading-styled paragraphs. */
final class DocxReader implements DocumentReader {
  @Override
  public String read(Path file) throws InputException {
    try (InputStream in = Files.newInputStream(file);
        XWPFDocument doc = new XWPFDocument(in)) {
      StringBuilder sb = new StringBuilder();
      for (XWPFParagraph p : doc.getParagraphs()) {
        String text = p.getText();
        String style = p.getStyle() == null ? "" : p.getStyle().toLowerCase(java.util.Locale.ROOT);
        boolean heading = style.startsWith("heading") || style.equals("title") || style.matches("\\d");
        sb.append(heading && !text.isBlank() ? "# " : "").append(text).append("\n\n");
      }
      return sb.toString();
    } catch (Exception | LinkageError e) {
      throw new InputException("not a readable .docx (damaged or not a Word file): " + brief(e), e);
    }
  }

  static String brief(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return m.length() > 160 ? m.substring(0, 160) + "…" : m;
  }
}
