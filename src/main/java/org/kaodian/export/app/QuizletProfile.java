package org.kaodian.export.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kaodian.export.AtomicFiles;
import org.kaodian.export.ExportRequest;

/** Quizlet import text: term TAB definition, one card per line, no tabs or line breaks inside fields. */
public final class QuizletProfile extends AppProfile {
  @Override
  protected String suffix() {
    return "-quizlet.txt";
  }

  @Override
  protected void write(List<DeckRow> rows, Path file, ExportRequest r) throws IOException {
    StringBuilder sb = new StringBuilder();
    // Quizlet checks one typed answer per card: a fill-in with two blanks becomes two cards.
    for (DeckRow row : rows.stream().flatMap(x -> x.perBlank("（　　）").stream()).toList()) {
      sb.append(oneLine(row.questionWithOptions("  "))).append('\t')
          .append(oneLine(row.answerText() + "  " + row.explanation())).append('\n');
    }
    AtomicFiles.writeString(file, sb.toString());
  }
}
