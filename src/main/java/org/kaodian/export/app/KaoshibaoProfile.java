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

/**
 * 考试宝 question-bank Excel (template {@code kaoshibaoExcel20221101.xlsx}): notes in row 1, the
 * 14-column header in row 2, questions from row 3.
 */
public final class KaoshibaoProfile extends AppProfile {
  public static final List<String> HEADER = List.of("题干（必填）", "题型 （必填）", "选项 A", "选项 B", "选项 C", "选项 D",
      "选项E(勿删)", "选项F(勿删)", "选项G(勿删)", "选项H(勿删)", "正确答案（必填）", "解析（勿删）", "章节（勿删）", "难度");

  @Override
  protected String suffix() {
    return "-kaoshibao.xlsx";
  }

  @Override
  protected void write(List<DeckRow> rows, Path file, ExportRequest r) throws IOException {
    // How 考试宝 marks several blanks is not documented; the separator is a setting.
    String sep = r.setting("kaoshibao.blank-separator", "|");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      SafeCells cells = new SafeCells(wb);
      Sheet s = wb.createSheet("Sheet1");
      cells.row(s, 0, List.of("导入说明：第2行为表头，请勿修改；题目从第3行开始。由 kaodian 生成：" + r.title()));
      cells.headerRow(s, 1, HEADER);
      int rn = 2;
      for (DeckRow row : rows) {
        List<String> v = new ArrayList<>();
        v.add(row.question());
        v.add(row.bankTypeName());
        for (int k = 0; k < 8; k++) {
          v.add(k < row.options().size() ? row.options().get(k) : "");
        }
        v.add(row.hasOptions() ? row.letters() : String.join(sep, row.answers()));
        v.add(row.explanation());
        v.add(row.document().replaceFirst("\\.[^.]+$", ""));
        v.add("");
        cells.row(s, rn++, v);
      }
      s.setColumnWidth(0, 60 * 256);
      AtomicFiles.write(file, wb::write);
    }
  }
}
