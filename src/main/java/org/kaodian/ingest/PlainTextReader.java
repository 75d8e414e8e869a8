package org.kaodian.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads {@code .txt} and {@code .md} files in any supported encoding. */
final class PlainTextReader implements DocumentReader {
  @Override
  public String read(Path file) throws InputException {
    try {
      return CharsetDetector.decode(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new InputException("cannot read file: " + e.getMessage(), e);
    } catch (OutOfMemoryError e) {
      throw new InputException("file too large to read into memory", e);
    }
  }
}
