package org.kaodian.export.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kaodian.export.ExportRequest;
import org.kaodian.export.Exporter;

/** A small exporter for one app: turns the shared rows into the file that app imports. */
public abstract class AppProfile implements Exporter {
  @Override
  public final List<Path> export(ExportRequest r) throws IOException {
    List<DeckRow> rows = r.items().stream().map(i -> DeckRow.of(i, r.templates().trueFalseWords())).toList();
    Path file = r.dir().resolve(r.name() + suffix());
    write(rows, file, r);
    return List.of(file);
  }

  /** File name suffix, e.g. {@code -anki.txt}. */
  protected abstract String suffix();

  protected abstract void write(List<DeckRow> rows, Path file, ExportRequest r) throws IOException;

  /** Text with no tab or line break, for one-line formats. */
  protected static String oneLine(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ").strip();
  }
}
