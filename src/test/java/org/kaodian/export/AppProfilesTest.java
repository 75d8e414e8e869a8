package org.kaodian.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaodian.export.app.KahootProfile;
import org.kaodian.export.app.KaoshibaoProfile;
import org.kaodian.export.app.WaygroundProfile;
import org.kaodian.item.Item;
import org.kaodian.item.ItemType;

class AppProfilesTest {
  @TempDir static Path dir;
  static List<Item> items;
  static List<String> notes = new ArrayList<>();

  @BeforeAll
  static void exportAll() throws Exception {
    items = new ArrayList<>(ExportFixtures.items(30));
    // The Quizlet check needs a fill-in with several blanks; whether the top 30 hold one depends on
    // the ranker's weights, so one is taken from the whole selection when they do not.
    if (items.stream().noneMatch(AppProfilesTest::multiBlank)) {
      items.add(ExportFixtures.items(org.kaodian.item.ItemGenerator.Selection.ALL).stream()
          .filter(AppProfilesTest::multiBlank).findFirst().orElseThrow());
    }
    ExportRequest r = new ExportRequest(items, dir, "d", "测验", 7, 1, ExportFixtures.templates(),
        Map.of("kaoshibao.blank-separator", "|"), notes::add);
    for (ExportFormat f : ExportFormat.parse("all")) {
      f.exporter().export(r);
    }
  }

  private static boolean multiBlank(Item i) {
    return i.type() == ItemType.FILL_BLANK && i.answers().size() > 1;
  }

  private static long count(ItemType... types) {
    return items.stream().filter(i -> List.of(types).contains(i.type())).count();
  }

  private static Item byStemStart(String text) {
    return items.stream().filter(i -> text.startsWith(i.stem().substring(0, Math.min(20, i.stem().length()))))
        .findFirst().orElseThrow(() -> new AssertionError("no item for " + text));
  }

  @Test
  void ankiHasHeadersClozeNotesAndOneLinePerItem() throws Exception {
    List<String> lines = Files.readAllLines(dir.resolve("d-anki.txt"), StandardCharsets.UTF_8);
    assertThat(lines.subList(0, 5)).containsExactly("#separator:tab", "#html:true", "#notetype column:1",
        "#deck column:2", "#tags column:5");
    List<String> notes = lines.subList(5, lines.size());
    assertThat(notes).hasSize(items.size()).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(5));
    for (int k = 0; k < items.size(); k++) {
      Item i = items.get(k);
      String note = notes.get(k);
      assertThat(note.split("\t")[4]).endsWith(i.type().id());
      if (i.type() == ItemType.FILL_BLANK) {
        assertThat(note).startsWith("Cloze\t");
        // One cloze number per blank: Anki asks each blank on its own card.
        for (int b = 0; b < i.answers().size(); b++) {
          assertThat(note).contains("{{c" + (b + 1) + "::" + i.answers().get(b) + "}}");
        }
      } else {
        assertThat(note).startsWith("Basic\t");
      }
    }
  }

  @Test
  void quizletIsTermTabDefinitionWithoutStrayTabsOrNewlines() throws Exception {
    List<String> lines = Files.readAllLines(dir.resolve("d-quizlet.txt"), StandardCharsets.UTF_8);
    int cards = items.stream().mapToInt(i -> i.type() == ItemType.FILL_BLANK ? i.answers().size() : 1).sum();
    assertThat(lines).hasSize(cards).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(2));
    // A card asks one answer: its definition starts with exactly one blank's answer, never two joined by 、.
    Item multi = items.stream().filter(AppProfilesTest::multiBlank).findFirst().orElseThrow();
    for (String a : multi.answers()) {
      assertThat(lines).anySatisfy(l -> assertThat(l.split("\t")[1]).startsWith(a + "  "));
    }
    assertThat(lines).noneMatch(l -> l.split("\t")[1].startsWith(String.join("；", multi.answers())));
  }

  @Test
  void kahootFollowsTheTemplateLayoutAndLimits() throws Exception {
    try (InputStream in = Files.newInputStream(dir.resolve("d-kahoot.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet s = wb.getSheet("Sheet1");
      assertThat(s.getRow(7).getCell(1).getStringCellValue()).startsWith("Question");
      int rows = 0;
      for (int r = 8; r <= s.getLastRowNum(); r++) {
        Row row = s.getRow(r);
        rows++;
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(String.valueOf(rows));
        assertThat(row.getCell(1).getStringCellValue().length()).isLessThanOrEqualTo(120);
        for (int c = 2; c <= 5; c++) {
          assertThat(row.getCell(c).getStringCellValue().length()).isLessThanOrEqualTo(75);
        }
        assertThat(row.getCell(6).getStringCellValue()).isEqualTo("20");
        assertThat(row.getCell(7).getStringCellValue()).matches("[1-4](,[1-4])*");
        String first = row.getCell(2).getStringCellValue();
        assertThat(first).isNotEmpty();
      }
      assertThat((long) rows).isEqualTo(count(ItemType.SINGLE_CHOICE, ItemType.MULTIPLE_CHOICE, ItemType.TRUE_FALSE));
      // Choice stems are now cut to their gap's clause (150) and true/false to 120: a shortening is noted
      // whenever one is still over Kahoot's 120.
      if (items.stream().anyMatch(i -> i.type() != ItemType.FILL_BLANK && i.stem().length() > 120)) {
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("kahoot", "shortened"));
      }
    }
    assertThat(KahootProfileAccess.shorten("甲".repeat(100) + "（　　）" + "乙".repeat(100))).hasSize(120).contains("（　　）");
  }

  @Test
  void giftEscapesSpecialCharactersAndMarksAnswers() throws Exception {
    String gift = Files.readString(dir.resolve("d.gift.txt"), StandardCharsets.UTF_8);
    String[] blocks = gift.split("\n\n");
    int questions = items.stream().mapToInt(i -> i.type() == ItemType.FILL_BLANK ? i.answers().size() : 1).sum();
    assertThat(blocks.length - 1).isEqualTo(questions);
    for (Item i : items) {
      if (i.type() == ItemType.FILL_BLANK && i.answers().size() > 1) {
        // GIFT has no multi-blank form: one question per blank, each with one answer, the other blank left blank.
        for (int b = 0; b < i.answers().size(); b++) {
          String id = "::" + i.id() + "-" + (b + 1) + "::";
          String block = java.util.Arrays.stream(blocks).filter(x -> x.startsWith(id)).findFirst().orElseThrow();
          assertThat(block).contains("{=" + i.answers().get(b) + " ####").contains("___");
          for (String other : i.answers()) {
            if (!other.equals(i.answers().get(b))) {
              assertThat(block.replaceAll(" ####[^}]*}", "}")).doesNotContain(other); // feedback may quote it
            }
          }
        }
        continue;
      }
      String block = java.util.Arrays.stream(blocks).filter(b -> b.startsWith("::" + i.id() + "::")).findFirst().orElseThrow();
      switch (i.type()) {
        case SINGLE_CHOICE -> assertThat(block).contains("=" + i.answers().get(0)).contains("~");
        case MULTIPLE_CHOICE -> assertThat(block).contains("~%-100%").containsPattern("~%[0-9.]+%" + i.answers().get(0));
        case TRUE_FALSE -> assertThat(block).containsPattern("\\{[TF] ####");
        case FILL_BLANK -> assertThat(block).contains("{=");
      }
    }
    assertThat(org.kaodian.export.app.GiftProfileAccess.escape("a=b~c#d{e}f:g\\h")).isEqualTo("a\\=b\\~c\\#d\\{e\\}f\\:g\\\\h");
  }

  @Test
  void kaoshibaoHasNotesHeaderAndLetterAnswers() throws Exception {
    try (InputStream in = Files.newInputStream(dir.resolve("d-kaoshibao.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet s = wb.getSheetAt(0);
      List<String> header = new ArrayList<>();
      s.getRow(1).forEach(c -> header.add(c.getStringCellValue()));
      assertThat(header).containsExactlyElementsOf(KaoshibaoProfile.HEADER);
      assertThat(s.getLastRowNum() - 1).isEqualTo(items.size());
      for (int r = 2; r <= s.getLastRowNum(); r++) {
        Row row = s.getRow(r);
        String type = row.getCell(1).getStringCellValue();
        String answer = row.getCell(10).getStringCellValue();
        switch (type) {
          case "单选题" -> assertThat(answer).matches("[A-D]");
          case "多选题" -> assertThat(answer).matches("[A-E]{2,5}");
          case "判断题" -> {
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("正确");
            assertThat(answer).matches("[AB]");
          }
          case "填空题" -> assertThat(answer).isNotBlank();
          default -> throw new AssertionError("unknown type " + type);
        }
      }
    }
  }

  @Test
  void xuexitongBlocksHaveAnswerAndType() throws Exception {
    try (InputStream in = Files.newInputStream(dir.resolve("d-xuexitong.docx")); XWPFDocument doc = new XWPFDocument(in)) {
      List<String> lines = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(lines.stream().filter(l -> l.startsWith("答案：")).count()).isEqualTo(items.size());
      assertThat(lines.stream().filter(l -> l.startsWith("题型：")).count()).isEqualTo(items.size());
      assertThat(lines).contains("1、" + items.get(0).stem());
    }
  }

  @Test
  void waygroundBlooketGimkitAikenFollowTheirLayouts() throws Exception {
    try (InputStream in = Files.newInputStream(dir.resolve("d-wayground.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      List<String> header = new ArrayList<>();
      wb.getSheetAt(0).getRow(0).forEach(c -> header.add(c.getStringCellValue()));
      assertThat(header).containsExactlyElementsOf(WaygroundProfile.HEADER);
    }
    List<CSVRecord> blooket = csv(dir.resolve("d-blooket.csv"));
    assertThat(blooket.get(0).get(0)).isEqualTo("Blooket\nImport Template");
    assertThat(blooket.get(0).size()).isEqualTo(8);
    assertThat(blooket.get(1).get(0)).isEqualTo("Question #");
    assertThat(Files.readString(dir.resolve("d-blooket.csv"))).contains("\r\n");
    List<CSVRecord> gimkit = csv(dir.resolve("d-gimkit.csv"));
    assertThat(gimkit.get(0).get(0)).isEqualTo("Gimkit Spreadsheet Import Template");
    assertThat(gimkit.get(1).get(1)).isEqualTo("Correct Answer");
    for (CSVRecord r : gimkit.subList(2, gimkit.size())) {
      Item i = byStemStart(r.get(0));
      assertThat(i.answers()).contains(r.get(1));
    }
    String aiken = Files.readString(dir.resolve("d.aiken.txt"));
    assertThat(aiken).containsPattern("(?m)^ANSWER: [A-D]$");
  }

  private static List<CSVRecord> csv(Path p) throws Exception {
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.parse(r).getRecords();
    }
  }

  /** Exposes the package-private helper for the test. */
  static final class KahootProfileAccess {
    static String shorten(String s) {
      return KahootProfile.shortenForTest(s);
    }
  }
}
