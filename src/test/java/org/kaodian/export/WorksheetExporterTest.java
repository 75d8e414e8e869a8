package org.kaodian.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaodian.item.Item;

class WorksheetExporterTest {
  private static XWPFDocument open(Path p) throws Exception {
    try (InputStream in = Files.newInputStream(p)) {
      return new XWPFDocument(in);
    }
  }

  private static List<String> paragraphs(XWPFDocument d) {
    return d.getParagraphs().stream().map(XWPFParagraph::getText).toList();
  }

  @Test
  void studentAndTeacherCopiesHoldEveryItemOnceWithKeyFontsAndPageNumbers(@TempDir Path dir) throws Exception {
    List<Item> items = ExportFixtures.items(20);
    List<Path> files = new WorksheetExporter().export(
        new ExportRequest(items, dir, "quiz", "测验", 7, 1, ExportFixtures.templates()));
    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("quiz-student.docx", "quiz-teacher.docx");

    try (XWPFDocument student = open(dir.resolve("quiz-student.docx"));
        XWPFDocument teacher = open(dir.resolve("quiz-teacher.docx"))) {
      String text = String.join("\n", paragraphs(student));
      for (Item i : items) {
        assertThat(text.split(java.util.regex.Pattern.quote(i.stem()), -1)).as(i.stem()).hasSize(2);
      }
      assertThat(text).contains("一、填空题", "二、单项选择题", "三、多项选择题", "四、判断题", "姓名");
      assertThat(text).doesNotContain("答案与解析");
      List<String> numbered = paragraphs(student).stream().filter(p -> p.matches("^\\d+\\. .*")).toList();
      assertThat(numbered).hasSize(items.size());
      for (int k = 0; k < numbered.size(); k++) {
        assertThat(numbered.get(k)).startsWith((k + 1) + ". ");
      }
      for (XWPFParagraph p : student.getParagraphs()) {
        for (XWPFRun r : p.getRuns()) {
          if (!r.text().isEmpty()) {
            assertThat(r.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isIn("宋体", "黑体");
          }
        }
      }
      String footerXml = student.getFooterList().stream().map(f -> f._getHdrFtr().xmlText()).collect(Collectors.joining());
      assertThat(footerXml).contains("PAGE", "NUMPAGES");
      assertThat(student.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");

      List<String> key = new ArrayList<>(paragraphs(teacher));
      int keyAt = key.indexOf("答案与解析");
      assertThat(keyAt).isPositive();
      List<String> entries = key.subList(keyAt + 1, key.size());
      WorksheetExporter.Paper paper = WorksheetExporter.paper(items, "", null);
      List<Item> printed = paper.items();
      assertThat(entries).hasSize(printed.size());
      for (int k = 0; k < printed.size(); k++) {
        assertThat(entries.get(k)).startsWith((k + 1) + ". 答案：" + WorksheetExporter.answerText(printed.get(k)));
      }
    }
  }

  @Test
  void versionsAAndBHoldTheSameQuestionsInADifferentOrder(@TempDir Path dir) throws Exception {
    List<Item> items = ExportFixtures.items(20);
    new WorksheetExporter().export(new ExportRequest(items, dir, "quiz", "测验", 7, 2, ExportFixtures.templates()));
    try (XWPFDocument a = open(dir.resolve("quiz-A-student.docx")); XWPFDocument b = open(dir.resolve("quiz-B-student.docx"))) {
      List<String> qa = paragraphs(a).stream().filter(p -> p.matches("^\\d+\\. .*")).map(p -> p.replaceFirst("^\\d+\\. ", "")).toList();
      List<String> qb = paragraphs(b).stream().filter(p -> p.matches("^\\d+\\. .*")).map(p -> p.replaceFirst("^\\d+\\. ", "")).toList();
      assertThat(qa).hasSize(items.size()).containsExactlyInAnyOrderElementsOf(qb);
      assertThat(qa).isNotEqualTo(qb);
      assertThat(paragraphs(a).get(0)).contains("A卷");
      assertThat(paragraphs(b).get(0)).contains("B卷");
    }
  }
}
