package org.kaodian.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kaodian.export.AtomicFiles;
import org.kaodian.export.ExportRequest;
import org.kaodian.export.Exporter;
import org.kaodian.export.FormulaGuard;
import org.kaodian.item.Item;
import org.kaodian.item.ItemType;

/** Writes {@code review.xlsx}: one row per item, editable columns unlocked and tinted, the rest locked. */
public final class ReviewExporter implements Exporter {
  @Override
  public List<Path> export(ExportRequest r) throws IOException {
    Path file = r.dir().resolve("review.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet s = wb.createSheet(ReviewSheet.SHEET);
      CellStyle locked = wb.createCellStyle();
      locked.setWrapText(true);
      locked.setLocked(true);
      CellStyle open = wb.createCellStyle();
      open.setWrapText(true);
      open.setLocked(false);
      open.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
      open.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      CellStyle openGuarded = wb.createCellStyle();
      openGuarded.cloneStyleFrom(open);
      openGuarded.setQuotePrefixed(true);
      CellStyle lockedGuarded = wb.createCellStyle();
      lockedGuarded.cloneStyleFrom(locked);
      lockedGuarded.setQuotePrefixed(true);
      CellStyle header = wb.createCellStyle();
      var bold = wb.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setLocked(true);
      Row h = s.createRow(0);
      for (int c = 0; c < ReviewSheet.HEADER.size(); c++) {
        String name = ReviewSheet.HEADER.get(c) + (ReviewSheet.EDITABLE.contains(c) ? "（可改）" : "");
        h.createCell(c).setCellValue(name);
        h.getCell(c).setCellStyle(header);
      }
      int rn = 1;
      for (Item i : r.items()) {
        Row row = s.createRow(rn++);
        List<String> v = new ArrayList<>();
        v.add(i.id());
        v.add(ReviewSheet.YES);
        v.add(typeName(i.type()));
        v.add(i.kind());
        v.add(i.stem());
        for (int k = 0; k < ReviewSheet.OPTIONS; k++) {
          v.add(k < i.options().size() ? i.options().get(k) : "");
        }
        v.add(i.type().isChoice() ? i.answerLetters() : String.join("；", i.answers()));
        v.add(i.explanation());
        v.add(i.source().document());
        v.add(i.source().sentence());
        v.add(String.join(" | ", i.accepted()));
        for (int c = 0; c < v.size(); c++) {
          var cell = row.createCell(c);
          cell.setCellValue(v.get(c));
          boolean editable = ReviewSheet.EDITABLE.contains(c);
          boolean guard = FormulaGuard.dangerous(v.get(c));
          cell.setCellStyle(editable ? (guard ? openGuarded : open) : (guard ? lockedGuarded : locked));
        }
      }
      // Room for rows the teacher adds by hand.
      for (int extra = 0; extra < 20; extra++) {
        Row row = s.createRow(rn + extra);
        for (int c = 0; c < ReviewSheet.HEADER.size(); c++) {
          row.createCell(c).setCellStyle(ReviewSheet.EDITABLE.contains(c) ? open : locked);
        }
      }
      int last = rn + 19;
      DataValidationHelper dv = s.getDataValidationHelper();
      add(s, dv.createValidation(dv.createExplicitListConstraint(new String[] {ReviewSheet.YES, ReviewSheet.NO}),
          new CellRangeAddressList(1, last, ReviewSheet.KEEP, ReviewSheet.KEEP)), "保留", "填“是”或“否”");
      add(s, dv.createValidation(dv.createExplicitListConstraint(ReviewSheet.TYPES.keySet().stream().sorted().toArray(String[]::new)),
          new CellRangeAddressList(1, last, ReviewSheet.TYPE, ReviewSheet.TYPE)), "题型", "选择题型");
      for (int k = 1; k < rn; k++) {
        Item i = r.items().get(k - 1);
        String[] allowed = switch (i.type()) {
          case SINGLE_CHOICE -> letters(i.options().size());
          case TRUE_FALSE -> new String[] {"正确", "错误"};
          default -> null;
        };
        if (allowed != null) {
          add(s, dv.createValidation(dv.createExplicitListConstraint(allowed),
              new CellRangeAddressList(k, k, ReviewSheet.ANSWER, ReviewSheet.ANSWER)), "答案", "选择正确答案");
        } else if (i.type() == ItemType.MULTIPLE_CHOICE) {
          String ref = ReviewSheet.column(ReviewSheet.ANSWER) + (k + 1);
          String formula = "AND(LEN(" + ref + ")>=2,SUMPRODUCT(--ISERROR(FIND(MID(" + ref + ",ROW(INDIRECT(\"1:\"&LEN(" + ref
              + "))),1),\"ABCDE\")))=0)";
          add(s, dv.createValidation(dv.createCustomConstraint(formula),
              new CellRangeAddressList(k, k, ReviewSheet.ANSWER, ReviewSheet.ANSWER)), "答案", "填两个或以上选项字母，如 ABD");
        }
      }
      int[] widths = {14, 6, 12, 10, 60, 16, 16, 16, 16, 16, 12, 50, 24, 60};
      for (int c = 0; c < widths.length; c++) {
        s.setColumnWidth(c, widths[c] * 256);
      }
      s.createFreezePane(0, 1);
      s.protectSheet("");
      s.lockFormatCells(false);
      s.lockFormatColumns(false);
      s.lockFormatRows(false);
      s.lockInsertRows(false);
      s.lockDeleteRows(false);
      s.lockSort(false);
      AtomicFiles.write(file, wb::write);
    }
    return List.of(file);
  }

  private static void add(XSSFSheet s, DataValidation v, String title, String prompt) {
    v.setShowErrorBox(true);
    v.createErrorBox(title, prompt);
    v.createPromptBox(title, prompt);
    v.setShowPromptBox(true);
    s.addValidationData(v);
  }

  private static String[] letters(int n) {
    String[] out = new String[n];
    for (int k = 0; k < n; k++) {
      out[k] = String.valueOf((char) ('A' + k));
    }
    return out;
  }

  public static String typeName(ItemType t) {
    return ReviewSheet.TYPES.entrySet().stream().filter(e -> e.getValue() == t).findFirst().orElseThrow().getKey();
  }
}
