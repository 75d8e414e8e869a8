package org.kaodian.export.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kaodian.export.AtomicFiles;
import org.kaodian.export.ExportRequest;
import org.kaodian.item.ItemType;

/**
 * Moodle GIFT: multiple choice, multiple answer with percentage weights, true/false, and fill-ins as
 * missing-word or short-answer questions; GIFT's special characters escaped.
 */
public final class GiftProfile extends AppProfile {
  private static final Pattern BLANK = Pattern.compile("_{3,}");
  /** Marks the blank a one-blank question asks; never in a stem. */
  private static final String ASKED = "\u0000";

  @Override
  protected String suffix() {
    return ".gift.txt";
  }

  @Override
  protected void write(List<DeckRow> rows, Path file, ExportRequest r) throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("// kaodian ").append(escape(r.title())).append("\n$CATEGORY: ").append(escape(r.title())).append("\n\n");
    // GIFT has no multi-blank question: one question per blank, the other blanks left blank.
    for (DeckRow row : rows.stream().flatMap(x -> x.perBlank(ASKED).stream()).toList()) {
      sb.append("::").append(row.id()).append("::");
      String feedback = " ####" + escape(row.explanation());
      switch (row.type()) {
        case SINGLE_CHOICE -> {
          sb.append(escape(row.question())).append(" {");
          for (int k = 0; k < row.options().size(); k++) {
            sb.append(row.correct().contains(k) ? " =" : " ~").append(escape(row.options().get(k)));
          }
          sb.append(feedback).append(" }");
        }
        case MULTIPLE_CHOICE -> {
          String weight = String.format(Locale.ROOT, "%.5f", 100.0 / row.correct().size()).replaceAll("0+$", "").replaceAll("\\.$", "");
          sb.append(escape(row.question())).append(" {");
          for (int k = 0; k < row.options().size(); k++) {
            sb.append(" ~%").append(row.correct().contains(k) ? weight : "-100").append('%').append(escape(row.options().get(k)));
          }
          sb.append(feedback).append(" }");
        }
        case TRUE_FALSE -> sb.append(escape(row.question())).append(" {")
            .append(row.correct().contains(0) ? "T" : "F").append(feedback).append('}');
        case FILL_BLANK -> sb.append(fill(row, feedback));
      }
      sb.append("\n\n");
    }
    AtomicFiles.writeString(file, sb.toString());
  }

  /** One blank: the missing-word form in place; several: a short answer with the blanks listed. */
  private static String fill(DeckRow row, String feedback) {
    int asked = row.question().indexOf(ASKED);
    if (asked >= 0) {
      return escape(row.question().substring(0, asked)) + "{=" + escape(row.answers().get(0)) + feedback + "}"
          + escape(row.question().substring(asked + 1));
    }
    Matcher m = BLANK.matcher(row.question());
    if (row.answers().size() == 1 && m.find()) {
      return escape(row.question().substring(0, m.start())) + "{=" + escape(row.answers().get(0)) + feedback + "}"
          + escape(row.question().substring(m.end()));
    }
    return escape(row.question()) + " {=" + escape(String.join("、", row.answers())) + feedback + "}";
  }

  /** GIFT escapes ~ = # { } : with a backslash, and the backslash itself. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.replaceAll("[\\r\\n]+", " ").toCharArray()) {
      if ("~=#{}:\\".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

}
