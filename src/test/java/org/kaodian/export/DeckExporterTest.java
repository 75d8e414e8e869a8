package org.kaodian.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaodian.item.Item;
import org.kaodian.item.ItemSource;
import org.kaodian.item.ItemType;

class DeckExporterTest {
  @Test
  void cardsAndPerTypeSheetsReadBackWithEveryItemOnce(@TempDir Path dir) throws Exception {
    List<Item> items = ExportFixtures.items(24);
    new DeckExporter().export(new ExportRequest(items, dir, "deck", "测验", 7, 1, ExportFixtures.templates()));
    try (InputStream in = Files.newInputStream(dir.resolve("deck.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet cards = wb.getSheet("Cards");
      assertThat(header(cards)).containsExactlyElementsOf(DeckExporter.CARD_COLUMNS);
      assertThat(cards.getLastRowNum()).isEqualTo(items.size());
      assertThat(cards.getPaneInformation().isFreezePane()).isTrue();
      for (int r = 1; r <= items.size(); r++) {
        Item i = items.get(r - 1);
        assertThat(cards.getRow(r).getCell(0).getStringCellValue()).startsWith(i.stem());
        assertThat(cards.getRow(r).getCell(1).getStringCellValue()).contains(WorksheetExporter.answerText(i));
      }
      int perType = 0;
      for (ItemType t : ItemType.values()) {
        Sheet s = wb.getSheet(t.chinese());
        if (s != null) {
          assertThat(header(s)).containsExactlyElementsOf(DeckExporter.TYPE_COLUMNS);
          perType += s.getLastRowNum();
          for (int r = 1; r <= s.getLastRowNum(); r++) {
            String id = s.getRow(r).getCell(0).getStringCellValue();
            Item i = items.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            assertThat(s.getRow(r).getCell(7).getStringCellValue()).isEqualTo(WorksheetExporter.answerText(i));
          }
        }
      }
      assertThat(perType).isEqualTo(items.size());
    }
  }

  @Test
  void hostileTextIsNeverEvaluatedAsAFormula(@TempDir Path dir) throws Exception {
    Item evil = new Item("x1", ItemType.FILL_BLANK, "definition", "=HYPERLINK(\"http://evil\",\"点我\")______",
        List.of(), List.of("@SUM(A1)"), "+cmd|' /C calc'!A0", 0.9, "test",
        new ItemSource("-evil.txt", "t", 0, "=1+1", 0, 4));
    new DeckExporter().export(new ExportRequest(List.of(evil), dir, "deck", "测验", 7, 1, ExportFixtures.templates()));
    try (InputStream in = Files.newInputStream(dir.resolve("deck.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Sheet s : wb) {
        for (Row row : s) {
          row.forEach(c -> {
            assertThat(c.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
            if (FormulaGuard.dangerous(c.getStringCellValue())) {
              assertThat(c.getCellStyle().getQuotePrefixed()).as(c.getStringCellValue()).isTrue();
            }
          });
        }
      }
    }
    assertThat(FormulaGuard.neutralise("=1+1")).isEqualTo("'=1+1");
  }

  private static List<String> header(Sheet s) {
    List<String> h = new ArrayList<>();
    s.getRow(0).forEach(c -> h.add(c.getStringCellValue()));
    return h;
  }
}
