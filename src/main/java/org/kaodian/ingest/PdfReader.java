package org.kaodian.ingest;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads {@code .pdf} files with PDFBox; the cleaner repairs the line and page breaks it leaves. */
final class PdfReader implements DocumentReader {
  @Override
  public String read(Path file) throws InputException {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
        throw new InputException("PDF is encrypted and does not allow text extraction");
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setParagraphEnd("\n\n");
      return stripper.getText(doc);
    } catch (InvalidPasswordException e) {
      throw new InputException("PDF is password-protected; save an unprotected copy", e);
    } catch (InputException e) {
      throw e;
    } catch (Exception | LinkageError e) {
      throw new InputException("not a readable PDF: " + DocxReader.brief(e), e);
    }
  }
}
