package org.kaodian.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kaodian.item.Item;
import org.kaodian.item.ItemType;

/** The Excel deck: a Cards sheet (Front, Back, Type, Tags, Source) and one sheet per item type. */
public final class DeckExporter implements Exporter {
  /** Header of the Cards sheet. */
  public static final List<String> CARD_COLUMNS = List.of("Front", "Back", "Type", "Tags", "Source");
  /** Header of each per-type sheet. */
  public static final List<String> TYPE_COLUMNS =
      List.of("ID", "题干", "选项A", "选项B", "选项C", "选项D", "选项E", "答案", "解析", "文档");

  @Override
  public List<Path> export(ExportRequest r) throws IOException {
    Path file = r.dir().resolve(r.name() + ".xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      SafeCells styles = new SafeCells(wb);
      Sheet cards = sheet(wb, "Cards", CARD_COLUMNS, new int[] {60, 60, 14, 30, 30}, styles);
      int row = 1;
      for (Item i : r.items()) {
        Row x = cards.createRow(row++);
        List<String> values = List.of(front(i), back(i, r), i.type().chinese(), tags(i), i.source().document());
        for (int c = 0; c < values.size(); c++) {
          styles.text(x.createCell(c), values.get(c));
        }
      }
      for (ItemType t : ItemType.values()) {
        List<Item> of = r.items().stream().filter(i -> i.type() == t).toList();
        if (of.isEmpty()) {
          continue;
        }
        Sheet s = sheet(wb, t.chinese(), TYPE_COLUMNS, new int[] {14, 60, 18, 18, 18, 18, 18, 14, 50, 24}, styles);
        int rn = 1;
        for (Item i : of) {
          Row x = s.createRow(rn++);
          List<String> values = new ArrayList<>();
          values.add(i.id());
          values.add(i.stem());
          for (int k = 0; k < 5; k++) {
            values.add(k < i.options().size() ? i.options().get(k) : "");
          }
          values.add(WorksheetExporter.answerText(i));
          values.add(i.explanation());
          values.add(i.source().document());
          for (int c = 0; c < values.size(); c++) {
            styles.text(x.createCell(c), values.get(c));
          }
        }
      }
      AtomicFiles.write(file, wb::write);
    }
    return List.of(file);
  }

  /** The question with its options, one per line. */
  static String front(Item i) {
    StringBuilder sb = new StringBuilder(i.stem());
    for (int k = 0; k < i.options().size(); k++) {
      sb.append('\n').append((char) ('A' + k)).append(". ").append(i.options().get(k));
    }
    return sb.toString();
  }

  static String back(Item i, ExportRequest r) {
    return r.templates().label("answer", "答案") + "：" + WorksheetExporter.answerText(i)
        + (i.type().isChoice() ? "（" + String.join("、", i.answers()) + "）" : "") + "\n" + i.explanation();
  }

  static String tags(Item i) {
    String doc = i.source().document().replaceFirst("\\.[^.]+$", "").replaceAll("\\s+", "_");
    return doc + " " + i.kind() + " " + i.type().id();
  }

  private static Sheet sheet(XSSFWorkbook wb, String name, List<String> header, int[] widths, SafeCells styles) {
    Sheet s = wb.createSheet(name);
    Row h = s.createRow(0);
    for (int c = 0; c < header.size(); c++) {
      h.createCell(c).setCellValue(header.get(c));
      h.getCell(c).setCellStyle(styles.header());
      // Column width in 1/256 of a character; Chinese characters are about two Latin ones wide.
      s.setColumnWidth(c, Math.min(255, widths[c]) * 256);
    }
    s.createFreezePane(0, 1);
    return s;
  }
}
