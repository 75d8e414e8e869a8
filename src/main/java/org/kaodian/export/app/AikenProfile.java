package org.kaodian.export.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kaodian.export.AtomicFiles;
import org.kaodian.export.ExportRequest;

/** Moodle Aiken: one-line question, options {@code A. text}, then {@code ANSWER: B}; single answers only. */
public final class AikenProfile extends AppProfile {
  @Override
  protected String suffix() {
    return ".aiken.txt";
  }

  @Override
  protected void write(List<DeckRow> rows, Path file, ExportRequest r) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (DeckRow row : rows) {
      if (!row.hasOptions() || row.correct().size() != 1) {
        continue;
      }
      sb.append(oneLine(row.question())).append('\n');
      for (int k = 0; k < row.options().size(); k++) {
        sb.append((char) ('A' + k)).append(". ").append(oneLine(row.options().get(k))).append('\n');
      }
      sb.append("ANSWER: ").append(row.letters()).append("\n\n");
    }
    AtomicFiles.writeString(file, sb.toString());
  }
}
