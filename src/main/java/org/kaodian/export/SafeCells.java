package org.kaodian.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** Writes spreadsheet text cells that never turn into formulas, with wrapped text and a bold header. */
public final class SafeCells {
  private final CellStyle wrap;
  private final CellStyle guarded;
  private final CellStyle header;

  public SafeCells(Workbook wb) {
    Font bold = wb.createFont();
    bold.setBold(true);
    header = wb.createCellStyle();
    header.setFont(bold);
    wrap = wb.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);
    guarded = wb.createCellStyle();
    guarded.cloneStyleFrom(wrap);
    guarded.setQuotePrefixed(true);
  }

  public CellStyle header() {
    return header;
  }

  /** A text cell; text a spreadsheet could take for a formula is stored quote-prefixed. */
  public void text(Cell cell, String value) {
    cell.setCellValue(value);
    cell.setCellStyle(FormulaGuard.dangerous(value) ? guarded : wrap);
  }

  /** Writes a row of text cells. */
  public Row row(Sheet sheet, int index, Iterable<String> values) {
    Row row = sheet.createRow(index);
    int c = 0;
    for (String v : values) {
      text(row.createCell(c++), v == null ? "" : v);
    }
    return row;
  }

  /** Writes a bold header row. */
  public Row headerRow(Sheet sheet, int index, Iterable<String> values) {
    Row row = sheet.createRow(index);
    int c = 0;
    for (String v : values) {
      Cell cell = row.createCell(c++);
      cell.setCellValue(v);
      cell.setCellStyle(header);
    }
    return row;
  }
}
