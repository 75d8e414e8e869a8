package org.kaodian.export.app;

import java.util.ArrayList;
import java.util.List;

/** Gimkit's CSV import template: single-answer questions with up to three wrong answers. */
public final class GimkitProfile extends CsvProfile {
  @Override
  protected String suffix() {
    return "-gimkit.csv";
  }

  @Override
  protected List<List<String>> leadRows() {
    return List.of(List.of("Gimkit Spreadsheet Import Template", "", "", "", ""),
        List.of("Question", "Correct Answer", "Incorrect Answer 1", "Incorrect Answer 2 (Optional)",
            "Incorrect Answer 3 (Optional)"));
  }

  @Override
  protected List<String> cells(DeckRow row, int number) {
    if (!row.hasOptions() || row.correct().size() != 1) {
      return null;
    }
    List<String> c = new ArrayList<>(List.of(oneLine(row.question()), oneLine(row.options().get(row.correct().get(0)))));
    for (int k = 0; k < row.options().size() && c.size() < 5; k++) {
      if (!row.correct().contains(k)) {
        c.add(oneLine(row.options().get(k)));
      }
    }
    while (c.size() < 5) {
      c.add("");
    }
    return c;
  }
}
