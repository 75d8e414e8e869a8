package org.kaodian.export.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kaodian.export.AtomicFiles;
import org.kaodian.export.ExportRequest;
import org.kaodian.export.FormulaGuard;
import org.kaodian.item.ItemType;

/**
 * Anki text import (2.1.55+): tab-separated with file headers; fill-ins as Cloze notes
 * ({@code {{c1::answer}}}, {@code c2} for a second blank), everything else as Basic notes with the options on the front.
 */
public final class AnkiProfile extends AppProfile {
  private static final Pattern BLANK = Pattern.compile("_{3,}");

  @Override
  protected String suffix() {
    return "-anki.txt";
  }

  @Override
  protected void write(List<DeckRow> rows, Path file, ExportRequest r) throws IOException {
    String deck = r.setting("anki.deck", "kaodian::" + r.title());
    String cloze = r.setting("anki.cloze", "Cloze");
    String basic = r.setting("anki.basic", "Basic");
    StringBuilder sb = new StringBuilder();
    sb.append("#separator:tab\n#html:true\n#notetype column:1\n#deck column:2\n#tags column:5\n");
    for (DeckRow row : rows) {
      String front;
      String back;
      String type;
      if (row.type() == ItemType.FILL_BLANK) {
        type = cloze;
        front = cloze(row);
        back = html(row.explanation());
      } else {
        type = basic;
        front = html(row.question()) + optionsHtml(row);
        back = html(row.answerText()) + "<br>" + html(row.explanation());
      }
      sb.append(String.join("\t", type, deck, FormulaGuard.neutralise(front), back, row.tags())).append('\n');
    }
    AtomicFiles.writeString(file, sb.toString());
  }

  /** The stem with each blank as its own cloze number; the card for one blank shows the others as blanks. */
  static String cloze(DeckRow row) {
    Matcher m = BLANK.matcher(row.question());
    StringBuilder sb = new StringBuilder();
    int k = 0;
    int last = 0;
    while (m.find()) {
      sb.append(html(row.question().substring(last, m.start())));
      String answer = k < row.answers().size() ? row.answers().get(k) : "";
      // c1, c2…: Anki makes one card per blank, each asking one answer.
      sb.append("{{c").append(k + 1).append("::").append(html(answer).replace("}}", "} }")).append("}}");
      last = m.end();
      k++;
    }
    sb.append(html(row.question().substring(last)));
    return sb.toString();
  }

  private static String optionsHtml(DeckRow row) {
    StringBuilder sb = new StringBuilder();
    if (row.type().isChoice()) {
      for (int k = 0; k < row.options().size(); k++) {
        sb.append("<br>").append((char) ('A' + k)).append(". ").append(html(row.options().get(k)));
      }
    }
    return sb.toString();
  }

  /** HTML text for a field: escaped, with line breaks as {@code <br>} and no tabs. */
  static String html(String s) {
    return org.jsoup.nodes.Entities.escape(s).replace("\t", " ").replace("\r", "").replace("\n", "<br>");
  }
}
