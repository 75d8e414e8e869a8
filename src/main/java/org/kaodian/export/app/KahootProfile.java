package org.kaodian.export.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kaodian.export.AtomicFiles;
import org.kaodian.export.ExportRequest;
import org.kaodian.export.SafeCells;
import org.kaodian.item.ItemBuilder;

/**
 * Kahoot's quiz spreadsheet template: Sheet1, instructions in rows 2–6, header in row 8, questions
 * from row 9; choice and true/false items only, within Kahoot's length limits.
 */
public final class KahootProfile extends AppProfile {
  static final int QUESTION_MAX = 120;
  static final int ANSWER_MAX = 75;
  static final Set<Integer> TIME_LIMITS = Set.of(5, 10, 20, 30, 60, 90, 120, 240);
  static final List<String> HEADER = List.of("Question - max 120 characters", "Answer 1 - max 75 characters",
      "Answer 2 - max 75 characters", "Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
      "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
      "Correct answer(s) - choose at least one");

  @Override
  protected String suffix() {
    return "-kahoot.xlsx";
  }

  @Override
  protected void write(List<DeckRow> rows, Path file, ExportRequest r) throws IOException {
    int time = Integer.parseInt(r.setting("kahoot.time", "20"));
    if (!TIME_LIMITS.contains(time)) {
      r.notes().accept("kahoot: time limit " + time + " is not one Kahoot accepts; using 20");
      time = 20;
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      SafeCells cells = new SafeCells(wb);
      Sheet s = wb.createSheet("Sheet1");
      cells.row(s, 1, List.of("", "Quiz template"));
      cells.row(s, 2, List.of("", "Add questions, at least two answer alternatives, time limit and choose correct answers (at least one)."));
      cells.row(s, 3, List.of("", "Have fun creating your awesome quiz!"));
      cells.row(s, 4, List.of("", "Remember: questions have a limit of 120 characters and answers can have 75 characters max."));
      cells.row(s, 5, List.of("", "Made with kaodian from: " + r.title()));
      List<String> header = new ArrayList<>(List.of(""));
      header.addAll(HEADER);
      cells.headerRow(s, 7, header);
      int rowIndex = 8;
      int number = 1;
      for (DeckRow row : rows) {
        if (!row.hasOptions()) {
          continue;
        }
        List<String> options = new ArrayList<>();
        List<Integer> correct = new ArrayList<>();
        // Kahoot takes four answers: all right ones (up to three) and enough wrong ones to fill.
        for (int k : row.correct()) {
          if (options.size() < 3) {
            options.add(row.options().get(k));
          }
        }
        for (int k = 0; k < row.options().size() && options.size() < 4; k++) {
          if (!row.correct().contains(k)) {
            options.add(row.options().get(k));
          }
        }
        for (int k = 0; k < options.size(); k++) {
          if (row.correct().contains(row.options().indexOf(options.get(k)))) {
            correct.add(k + 1);
          }
        }
        java.util.Collections.sort(correct);
        String q = shorten(row.question(), QUESTION_MAX);
        if (!q.equals(row.question())) {
          r.notes().accept("kahoot: question " + number + " shortened to " + QUESTION_MAX + " characters: " + q);
        }
        List<String> values = new ArrayList<>();
        values.add(String.valueOf(number));
        values.add(q);
        for (int k = 0; k < 4; k++) {
          values.add(k < options.size() ? shorten(options.get(k), ANSWER_MAX) : "");
        }
        values.add(String.valueOf(time));
        values.add(String.join(",", correct.stream().map(String::valueOf).toList()));
        cells.row(s, rowIndex++, values);
        number++;
      }
      s.setColumnWidth(1, 60 * 256);
      AtomicFiles.write(file, wb::write);
    }
  }

  /** {@link #shorten} at the question limit; for tests. */
  public static String shortenForTest(String s) {
    return shorten(s, QUESTION_MAX);
  }

  /** Cuts a long stem around its gap, so the part a player needs stays: …前文（　　）后文… */
  static String shorten(String s, int max) {
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    int gap = s.indexOf(ItemBuilder.CHOICE_GAP);
    if (gap < 0) {
      return s.substring(0, max - 1) + "…";
    }
    int room = max - 2;
    int start = Math.max(0, Math.min(gap - room / 2, s.length() - room));
    int end = Math.min(s.length(), start + room);
    return (start > 0 ? "…" : "") + s.substring(start, end) + (end < s.length() ? "…" : "");
  }
}
