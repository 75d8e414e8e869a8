package org.kaodian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kaodian.export.ItemJson;
import org.kaodian.item.Item;
import org.kaodian.item.PaperAssembler;

/**
 * Every export of a run, read back: no paper holds one fact twice or an item whose answer another
 * item shows, and no item cites a dash subtitle or a file name.
 */
class PaperExportsIT {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"seeds", "src/test/resources/corpus/gov_report_national_2025.txt",
      "src/test/resources/corpus/news_cewc_2019.txt"})
  void everyExportOfEveryRunIsOnePaper(String input) throws Exception {
    List<List<String>> runs = List.of(List.of(), List.of("--count", "40"), List.of("--versions", "2"));
    int n = 0;
    for (List<String> extra : runs) {
      Path out = dir.resolve("run" + n++);
      List<String> args = new ArrayList<>(List.of("generate", input, "-o", out.toString(), "--format", "all"));
      args.addAll(extra);
      CliIT.Run r = CliIT.run(args.toArray(String[]::new));
      assertThat(r.code()).as(r.err()).isZero();
      List<Item> items = readJson(out.resolve("items.json"));
      assertThat(items).as(input + " " + extra).isNotEmpty();
      if (extra.contains("40") && items.size() < 40) {
        assertThat(r.err()).contains("only ").contains(" distinct facts; wrote " + items.size() + " questions");
      }
      for (int a = 0; a < items.size(); a++) {
        for (int b = a + 1; b < items.size(); b++) {
          assertThat(PaperAssembler.conflict(items.get(a), items.get(b))).as(items.get(a).stem() + " / " + items.get(b).stem())
              .isEmpty();
        }
        String stem = Path.of(items.get(a).source().document()).getFileName().toString().replaceFirst("\\.[^.]+$", "");
        assertThat(items.get(a).explanation()).doesNotContain("《——", "《" + stem + "》", "会议上》");
        assertThat(items.get(a).source().title()).doesNotStartWith("——").isNotEqualTo(stem);
      }
      try (Stream<Path> files = Files.list(out)) {
        for (Path f : files.toList()) {
          String name = f.getFileName().toString();
          if (name.endsWith("-student.docx")) {
            assertNoGiveAways(items, docxParagraphs(f), name);
          } else if (name.endsWith(".xlsx") && !name.contains("kahoot") && !name.contains("kaoshibao")
              && !name.contains("wayground") && !name.equals("review.xlsx")) {
            for (List<String> sheet : deckQuestions(f)) {
              assertNoGiveAways(items, sheet, name);
            }
          } else if (name.endsWith("-quizlet.txt")) {
            assertNoGiveAways(items, Files.readAllLines(f, StandardCharsets.UTF_8).stream().map(l -> l.split("\t")[0])
                .toList(), name);
          } else if (name.endsWith(".gift.txt")) {
            // What a student reads: the question with the answer braces taken out.
            assertNoGiveAways(items, Files.readAllLines(f, StandardCharsets.UTF_8).stream()
                .map(l -> l.replaceAll("\\{(?:[^\\\\}]|\\\\.)*}", "").replaceFirst("^::[^:]+::", "")).toList(), name);
          }
        }
      }
    }
  }

  @org.junit.jupiter.api.Test
  void aShortInputSaysSoAndAllowRepeatsFillsThePaper() throws Exception {
    Path in = dir.resolve("2022_xinhua_fabuhui.txt");
    Files.writeString(in, "十四届全国人大二次会议应出席代表2956人。今年是中华人民共和国成立75周年。\n\n"
        + "我们要坚持稳中求进、以进促稳、先立后破。\n", StandardCharsets.UTF_8);
    CliIT.Run plain = CliIT.run("generate", in.toString(), "-o", dir.resolve("a").toString(), "--format", "docx,json");
    assertThat(plain.code()).as(plain.err()).isZero();
    List<Item> items = readJson(dir.resolve("a/items.json"));
    assertThat(plain.err()).contains("note: only ", " distinct facts; wrote " + items.size() + " questions");
    // No heading: the worksheet is not titled with the file name, and no item cites it.
    assertThat(dir.resolve("a/时政理论学习测验-student.docx")).exists();
    assertThat(items).allMatch(i -> !i.explanation().contains("出自"));
    CliIT.Run repeats = CliIT.run("generate", in.toString(), "-o", dir.resolve("b").toString(), "--format", "json",
        "--allow-repeats", "--count", "6");
    assertThat(repeats.code()).as(repeats.err()).isZero();
    assertThat(readJson(dir.resolve("b/items.json")).size()).isGreaterThan(items.size());
  }

  /**
   * No item's answer appears in what students read more often than in the item itself (its own
   * options, its own true statement).
   */
  private static void assertNoGiveAways(List<Item> items, List<String> lines, String file) {
    List<String> norm = lines.stream().map(PaperExportsIT::normalise).toList();
    for (Item i : items) {
      for (String asked : PaperAssembler.asked(i)) {
        long own;
        long inFile;
        if (asked.length() >= 3) {
          own = occurrences(PaperAssembler.shown(i), asked);
          inFile = norm.stream().mapToLong(l -> occurrences(l, asked)).sum();
        } else {
          // A two-character answer counts as a word of its own (互利, not inside 互利合作共赢).
          java.util.regex.Pattern word = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(asked)
              + "(?!\\p{IsHan})");
          own = word.matcher(i.stem() + "\n" + String.join("\n", i.options())).results().count();
          inFile = lines.stream().mapToLong(l -> word.matcher(l).results().count()).sum();
        }
        assertThat(inFile - own).as(file + ": '" + asked + "' shown outside its item " + i.stem()).isLessThanOrEqualTo(0);
      }
    }
  }

  private static String normalise(String s) {
    return PaperAssembler.shown(new Item("", org.kaodian.item.ItemType.FILL_BLANK, "", s, List.of(), List.of("x"), "", 0,
        "", new org.kaodian.item.ItemSource("", "", 0, "", 0, 0)));
  }

  private static long occurrences(String text, String part) {
    long n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }

  private static List<Item> readJson(Path f) throws Exception {
    List<Item> out = new ArrayList<>();
    new ObjectMapper().readTree(f.toFile()).path("items").forEach(n -> out.add(ItemJson.read(n)));
    return out;
  }

  private static List<String> docxParagraphs(Path f) throws Exception {
    List<String> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(f); XWPFDocument doc = new XWPFDocument(in)) {
      for (XWPFParagraph p : doc.getParagraphs()) {
        out.add(p.getText());
      }
      doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> out.add(c.getText()))));
    }
    return out;
  }

  /** The deck's question cells: the Cards fronts, and the 题干 and 选项 columns of the type sheets together. */
  private static List<List<String>> deckQuestions(Path f) throws Exception {
    List<String> cards = new ArrayList<>();
    List<String> typed = new ArrayList<>();
    try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Sheet s : wb) {
        Row header = s.getRow(0);
        if (header == null) {
          continue;
        }
        List<Integer> columns = new ArrayList<>();
        header.forEach(c -> {
          String h = c.getStringCellValue();
          if (h.equals("Front") || h.equals("题干") || h.startsWith("选项")) {
            columns.add(c.getColumnIndex());
          }
        });
        List<String> out = s.getSheetName().equals("Cards") ? cards : typed;
        for (int r = 1; r <= s.getLastRowNum(); r++) {
          Row row = s.getRow(r);
          for (int c : columns) {
            if (row != null && row.getCell(c) != null) {
              out.add(row.getCell(c).getStringCellValue());
            }
          }
        }
      }
    }
    return List.of(cards, typed);
  }
}
