package org.kaodian.export.app;

import java.util.ArrayList;
import java.util.List;

/** Blooket's CSV import template: two template rows, then choice and true/false questions. */
public final class BlooketProfile extends CsvProfile {
  @Override
  protected String suffix() {
    return "-blooket.csv";
  }

  @Override
  protected List<List<String>> leadRows() {
    return List.of(
        List.of("Blooket\nImport Template", "", "", "", "", "", "", ""),
        List.of("Question #", "Question Text", "Answer 1", "Answer 2", "Answer 3\n(Optional)", "Answer 4\n(Optional)",
            "Time Limit (sec)\n(Max: 300 seconds)", "Correct Answer(s)\n(Only include Answer #)"));
  }

  @Override
  protected List<String> cells(DeckRow row, int number) {
    if (!row.hasOptions() || row.options().size() > 4) {
      return null;
    }
    List<String> c = new ArrayList<>(List.of(String.valueOf(number), oneLine(row.question())));
    for (int k = 0; k < 4; k++) {
      c.add(k < row.options().size() ? oneLine(row.options().get(k)) : "");
    }
    c.add("20");
    c.add(row.numbers(","));
    return c;
  }
}
