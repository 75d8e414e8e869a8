package org.kaodian.export.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.kaodian.export.AtomicFiles;
import org.kaodian.export.ExportRequest;

/** 学习通/超星 Word quick import: one block per question (题干, options, 答案, 难易程度, 答案解析, 题型). */
public final class XuexitongProfile extends AppProfile {
  @Override
  protected String suffix() {
    return "-xuexitong.docx";
  }

  @Override
  protected void write(List<DeckRow> rows, Path file, ExportRequest r) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      int n = 1;
      for (DeckRow row : rows) {
        line(doc, n++ + "、" + row.question());
        if (row.type().isChoice()) {
          for (int k = 0; k < row.options().size(); k++) {
            line(doc, (char) ('A' + k) + "." + row.options().get(k));
          }
        }
        String answer = switch (row.type()) {
          case SINGLE_CHOICE, MULTIPLE_CHOICE -> row.letters();
          case TRUE_FALSE -> row.correct().contains(0) ? "正确" : "错误";
          case FILL_BLANK -> String.join("；", row.answers());
        };
        line(doc, "答案：" + answer);
        line(doc, "难易程度：中");
        line(doc, "答案解析：" + row.explanation());
        line(doc, "题型：" + row.bankTypeName());
        doc.createParagraph();
      }
      AtomicFiles.write(file, doc::write);
    }
  }

  private static void line(XWPFDocument doc, String text) {
    XWPFRun run = doc.createParagraph().createRun();
    run.setText(text);
    run.setFontFamily("宋体", XWPFRun.FontCharRange.eastAsia);
  }
}
