package org.kaodian.export.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kaodian.export.AtomicFiles;
import org.kaodian.export.ExportRequest;
import org.kaodian.export.SafeCells;
import org.kaodian.item.ItemType;

/** Wayground (Quizizz) spreadsheet: choice and true/false items, headers in row 1. */
public final class WaygroundProfile extends AppProfile {
  public static final List<String> HEADER = List.of("Question Text", "Question Type", "Option 1", "Option 2",
      "Option 3", "Option 4", "Option 5", "Correct Answer", "Time in seconds", "Image Link", "Answer explanation");

  @Override
  protected String suffix() {
    return "-wayground.xlsx";
  }

  @Override
  protected void write(List<DeckRow> rows, Path file, ExportRequest r) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      SafeCells cells = new SafeCells(wb);
      Sheet s = wb.createSheet("Sheet1");
      cells.headerRow(s, 0, HEADER);
      int rn = 1;
      for (DeckRow row : rows) {
        if (!row.hasOptions()) {
          continue;
        }
        List<String> v = new ArrayList<>();
        v.add(row.question());
        v.add(row.type() == ItemType.MULTIPLE_CHOICE ? "Checkbox" : "Multiple Choice");
        for (int k = 0; k < 5; k++) {
          v.add(k < row.options().size() ? row.options().get(k) : "");
        }
        v.add(row.numbers(","));
        v.add("30");
        v.add("");
        v.add(row.explanation());
        cells.row(s, rn++, v);
      }
      AtomicFiles.write(file, wb::write);
    }
  }
}
