package org.kaodian.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaodian.cli.CliAccess;
import org.kaodian.store.Store;

class ReviewLoopIT {
  private static XSSFWorkbook open(Path p) throws Exception {
    try (InputStream in = Files.newInputStream(p)) {
      return new XSSFWorkbook(in);
    }
  }

  private static void save(XSSFWorkbook wb, Path p) throws Exception {
    try (OutputStream out = Files.newOutputStream(p)) {
      wb.write(out);
    }
    wb.close();
  }

  private static String cell(Row r, int c) {
    return r.getCell(c) == null ? "" : r.getCell(c).getStringCellValue();
  }

  private static int firstRowOfType(Sheet s, String type) {
    for (int r = 1; r <= s.getLastRowNum(); r++) {
      if (type.equals(cell(s.getRow(r), ReviewSheet.TYPE))) {
        return r;
      }
    }
    throw new AssertionError("no " + type);
  }

  @Test
  void teacherEditsFlowIntoEveryOutputAndTheBank(@TempDir Path dir) throws Exception {
    Path gen = dir.resolve("gen");
    assertThat(CliAccess.run("generate", "seeds", "-n", "12", "--format", "review", "-o", gen.toString()).code()).isZero();
    Path review = gen.resolve("review.xlsx");
    XSSFWorkbook wb = open(review);
    Sheet s = wb.getSheet(ReviewSheet.SHEET);
    assertThat(s.getProtect()).isTrue();
    assertThat(s.getRow(1).getCell(ReviewSheet.STEM).getCellStyle().getLocked()).isFalse();
    assertThat(s.getRow(1).getCell(ReviewSheet.ID).getCellStyle().getLocked()).isTrue();
    assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) s).getDataValidations()).isNotEmpty();
    int items = 0;
    for (int r = 1; r <= s.getLastRowNum(); r++) {
      items += cell(s.getRow(r), ReviewSheet.ID).isEmpty() ? 0 : 1;
    }
    assertThat(items).isEqualTo(12);

    // Drop the first row, reword the second, change a single-choice answer, add a row by hand.
    String droppedId = cell(s.getRow(1), ReviewSheet.ID);
    s.getRow(1).getCell(ReviewSheet.KEEP).setCellValue(ReviewSheet.NO);
    String rewordedId = cell(s.getRow(2), ReviewSheet.ID);
    String newStem = "（教师改写）" + cell(s.getRow(2), ReviewSheet.STEM);
    s.getRow(2).getCell(ReviewSheet.STEM).setCellValue(newStem);
    int single = firstRowOfType(s, "单项选择题");
    String oldLetter = cell(s.getRow(single), ReviewSheet.ANSWER);
    String newLetter = oldLetter.equals("A") ? "B" : "A";
    s.getRow(single).getCell(ReviewSheet.ANSWER).setCellValue(newLetter);
    String singleId = cell(s.getRow(single), ReviewSheet.ID);
    String newAnswerText = cell(s.getRow(single), ReviewSheet.OPTION_A + (newLetter.charAt(0) - 'A'));
    Row added = s.getRow(items + 1);
    added.getCell(ReviewSheet.KEEP).setCellValue("是");
    added.getCell(ReviewSheet.TYPE).setCellValue("填空题");
    added.getCell(ReviewSheet.STEM).setCellValue("“两个维护”是指坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护______。");
    added.getCell(ReviewSheet.ANSWER).setCellValue("党中央权威和集中统一领导");
    added.getCell(ReviewSheet.EXPLANATION).setCellValue("教师补充");
    assertThat(cell(s.getRow(0), ReviewSheet.ACCEPTED)).startsWith("也可接受");
    added.getCell(ReviewSheet.ACCEPTED).setCellValue("党中央权威 | 党中央集中统一领导");
    save(wb, review);

    Path out = dir.resolve("out");
    Path bank = dir.resolve("bank.db");
    var r = CliAccess.run("build", review.toString(), "-o", out.toString(), "--format", "docx,xlsx,json", "--store", bank.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.resolve("items.json").toFile()).get("items");
    List<String> ids = new ArrayList<>();
    json.forEach(i -> ids.add(i.get("id").asText()));
    assertThat(ids).hasSize(12).doesNotContain(droppedId).contains(rewordedId, singleId);
    assertThat(ids.get(0)).isEqualTo(rewordedId); // the teacher's row order
    for (JsonNode i : json) {
      if (i.get("id").asText().equals(rewordedId)) {
        assertThat(i.get("stem").asText()).isEqualTo(newStem);
      }
      if (i.get("id").asText().equals(singleId)) {
        assertThat(i.get("answers").get(0).asText()).isEqualTo(newAnswerText);
      }
    }
    assertThat(json.get(11).get("stem").asText()).contains("两个维护");
    assertThat(json.get(11).get("answers").get(0).asText()).isEqualTo("党中央权威和集中统一领导");
    // The teacher's 也可接受 travels with the item into items.json and the bank, where replies are graded.
    assertThat(json.get(11).get("accepted")).extracting(JsonNode::asText).containsExactly("党中央权威", "党中央集中统一领导");
    try (InputStream in = Files.newInputStream(out.resolve("时政理论学习测验-student.docx")); XWPFDocument doc = new XWPFDocument(in)) {
      String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
      assertThat(text).contains(newStem).contains("两个维护");
    }
    try (XSSFWorkbook deck = open(out.resolve("时政理论学习测验.xlsx"))) {
      assertThat(deck.getSheet("Cards").getLastRowNum()).isEqualTo(12);
    }
    try (Store store = Store.open(bank)) {
      assertThat(store.hasReviewedItems()).isTrue();
      assertThat(store.items(true)).hasSize(12)
          .anySatisfy(i -> assertThat(i.accepted()).containsExactly("党中央权威", "党中央集中统一领导"));
    }
  }

  @Test
  void invalidEditsAreReportedByRowAndColumnAndNothingIsWritten(@TempDir Path dir) throws Exception {
    Path gen = dir.resolve("gen");
    CliAccess.run("generate", "seeds", "-n", "12", "--format", "review", "-o", gen.toString());
    Path review = gen.resolve("review.xlsx");
    XSSFWorkbook wb = open(review);
    Sheet s = wb.getSheet(ReviewSheet.SHEET);
    int single = firstRowOfType(s, "单项选择题");
    s.getRow(single).getCell(ReviewSheet.ANSWER).setCellValue("E");
    int multi = firstRowOfType(s, "多项选择题");
    s.getRow(multi).getCell(ReviewSheet.OPTION_A + 1).setCellValue(cell(s.getRow(multi), ReviewSheet.OPTION_A));
    int fill = firstRowOfType(s, "填空题");
    s.getRow(fill).getCell(ReviewSheet.STEM).setCellValue("这一行没有空。");
    int tf = firstRowOfType(s, "判断题");
    s.getRow(tf).getCell(ReviewSheet.TYPE).setCellValue("问答题");
    save(wb, review);

    Path out = dir.resolve("out");
    var r = CliAccess.run("build", review.toString(), "-o", out.toString(), "--no-store");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("审阅!K" + (single + 1) + ": answer letter E points at an empty option")
        .contains("审阅!G" + (multi + 1) + ": duplicate option")
        .contains("审阅!E" + (fill + 1) + ": a 填空题 stem needs a blank")
        .contains("审阅!C" + (tf + 1) + ": unknown type '问答题'")
        .contains("nothing written");
    assertThat(out).doesNotExist();

    var skipped = CliAccess.run("build", review.toString(), "-o", out.toString(), "--no-store", "--skip-invalid", "--format", "json");
    assertThat(skipped.code()).isZero();
    assertThat(new ObjectMapper().readTree(out.resolve("items.json").toFile()).get("items")).hasSize(8);
  }

  @Test
  void buildAlsoReadsAnItemsJson(@TempDir Path dir) throws Exception {
    Path gen = dir.resolve("gen");
    CliAccess.run("generate", "seeds", "-n", "10", "--format", "json", "-o", gen.toString());
    var r = CliAccess.run("build", gen.resolve("items.json").toString(), "-o", dir.resolve("out").toString(), "--no-store",
        "--format", "xlsx");
    assertThat(r.code()).as(r.err()).isZero();
    try (XSSFWorkbook deck = open(dir.resolve("out/时政理论学习测验.xlsx"))) {
      assertThat(deck.getSheet("Cards").getLastRowNum()).isEqualTo(10);
    }
  }
}
