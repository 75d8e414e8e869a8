package org.kaodian.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.kaodian.export.ItemJson;
import org.kaodian.item.Item;
import org.kaodian.item.ItemBuilder;
import org.kaodian.item.ItemSource;
import org.kaodian.item.ItemType;

/**
 * Reads a reviewed {@code review.xlsx} (or an {@code items.json}) back into items, in the teacher's
 * row order, checking every kept row first.
 */
public final class ReviewReader {
  /** The kept items and the problems found, each naming sheet, row and column. */
  public record Result(List<Item> items, List<String> problems, int dropped) {}

  private static final DataFormatter CELLS = new DataFormatter();

  private ReviewReader() {}

  public static Result read(Path file, List<String> trueFalseWords) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return readJson(file);
    }
    if (!name.endsWith(".xlsx")) {
      throw new IOException(file + ": build reads a review.xlsx or an items.json");
    }
    try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
      Sheet s = wb.getSheet(ReviewSheet.SHEET);
      if (s == null) {
        throw new IOException(file + ": no sheet named " + ReviewSheet.SHEET + " (was it made by --format review?)");
      }
      return readSheet(file, s, trueFalseWords);
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(file + ": not a readable .xlsx: " + e.getMessage(), e);
    }
  }

  private static Result readSheet(Path file, Sheet s, List<String> tf) {
    List<Item> items = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int dropped = 0;
    for (int r = 1; r <= s.getLastRowNum(); r++) {
      Row row = s.getRow(r);
      if (row == null || blank(row)) {
        continue;
      }
      String keep = text(row, ReviewSheet.KEEP);
      if (keep.equals(ReviewSheet.NO)) {
        dropped++;
        continue;
      }
      List<String> rowProblems = new ArrayList<>();
      String where = file.getFileName() + " " + s.getSheetName() + "!";
      int excelRow = r + 1;
      java.util.function.BiConsumer<Integer, String> problem =
          (col, msg) -> rowProblems.add(where + ReviewSheet.column(col) + excelRow + ": " + msg);
      if (!keep.isEmpty() && !keep.equals(ReviewSheet.YES)) {
        problem.accept(ReviewSheet.KEEP, "保留 must be 是 or 否, not '" + keep + "'");
      }
      ItemType type = ReviewSheet.TYPES.get(text(row, ReviewSheet.TYPE));
      if (type == null) {
        problem.accept(ReviewSheet.TYPE, "unknown type '" + text(row, ReviewSheet.TYPE) + "' (use "
            + String.join("、", ReviewSheet.TYPES.keySet().stream().sorted().toList()) + ")");
        problems.addAll(rowProblems);
        continue;
      }
      String stem = text(row, ReviewSheet.STEM);
      if (stem.isEmpty()) {
        problem.accept(ReviewSheet.STEM, "the stem is empty");
      }
      List<String> options = new ArrayList<>();
      int lastFilled = -1;
      for (int k = 0; k < ReviewSheet.OPTIONS; k++) {
        if (!text(row, ReviewSheet.OPTION_A + k).isEmpty()) {
          lastFilled = k;
        }
      }
      for (int k = 0; k <= lastFilled; k++) {
        options.add(text(row, ReviewSheet.OPTION_A + k));
      }
      String answer = text(row, ReviewSheet.ANSWER);
      List<String> answers = new ArrayList<>();
      if (type.isChoice()) {
        if (options.size() < 2) {
          problem.accept(ReviewSheet.OPTION_A, "a choice item needs at least two options");
        }
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < options.size(); k++) {
          if (!options.get(k).isEmpty() && !seen.add(options.get(k))) {
            problem.accept(ReviewSheet.OPTION_A + k, "duplicate option '" + options.get(k) + "'");
          }
        }
        String letters = answer.toUpperCase(Locale.ROOT).replaceAll("[\\s,，、]", "");
        if (letters.isEmpty() || !letters.matches("[A-E]+")) {
          problem.accept(ReviewSheet.ANSWER, "answer must be option letters such as B or ABD, not '" + answer + "'");
        } else {
          for (char c : letters.toCharArray()) {
            int k = c - 'A';
            if (k >= options.size() || options.get(k).isEmpty()) {
              problem.accept(ReviewSheet.ANSWER, "answer letter " + c + " points at an empty option");
            } else if (!answers.contains(options.get(k))) {
              answers.add(options.get(k));
            }
          }
          if (type == ItemType.SINGLE_CHOICE && letters.length() != 1) {
            problem.accept(ReviewSheet.ANSWER, "a 单项选择题 has exactly one answer letter, not " + letters);
          }
          if (type == ItemType.MULTIPLE_CHOICE && answers.size() < 2) {
            problem.accept(ReviewSheet.ANSWER, "a 多项选择题 needs two or more answer letters");
          }
        }
        if (options.stream().anyMatch(String::isEmpty)) {
          problem.accept(ReviewSheet.OPTION_A, "an option between filled ones is empty");
        }
      } else if (type == ItemType.TRUE_FALSE) {
        if (!tf.contains(answer)) {
          problem.accept(ReviewSheet.ANSWER, "a 判断题 answer must be " + tf.get(0) + " or " + tf.get(1));
        } else {
          answers.add(answer);
        }
        options.clear();
      } else {
        if (!stem.contains("___")) {
          problem.accept(ReviewSheet.STEM, "a 填空题 stem needs a blank (______)");
        }
        for (String a : answer.split("[；;|]")) {
          if (!a.strip().isEmpty()) {
            answers.add(a.strip());
          }
        }
        if (answers.isEmpty()) {
          problem.accept(ReviewSheet.ANSWER, "the answer is empty");
        }
        options.clear();
      }
      if (!rowProblems.isEmpty()) {
        problems.addAll(rowProblems);
        continue;
      }
      String id = text(row, ReviewSheet.ID);
      String sentence = text(row, ReviewSheet.SENTENCE);
      if (id.isEmpty()) {
        // A row added by hand: a stable id from its content.
        id = ItemBuilder.id(type.id() + "\u0000" + stem + "\u0000" + String.join("\u0001", answers));
      }
      if (!ids.add(id)) {
        id = ItemBuilder.id(id + "\u0000" + stem);
      }
      String explanation = text(row, ReviewSheet.EXPLANATION);
      List<String> accepted = java.util.Arrays.stream(text(row, ReviewSheet.ACCEPTED).split("[|｜]"))
          .map(String::strip).filter(a -> !a.isEmpty()).toList();
      items.add(new Item(id, type, text(row, ReviewSheet.KIND).isEmpty() ? "manual" : text(row, ReviewSheet.KIND), stem,
          options, answers, explanation, 1.0, "reviewed by the teacher",
          new ItemSource(text(row, ReviewSheet.DOCUMENT), "", 0, sentence.isEmpty() ? stem : sentence, 0, 0))
          .withAccepted(accepted));
    }
    return new Result(items, problems, dropped);
  }

  private static Result readJson(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    List<Item> items = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int n = 0;
    for (JsonNode node : root.path("items")) {
      n++;
      try {
        Item i = ItemJson.read(node);
        if (i.id().isEmpty()) {
          i = new Item(ItemBuilder.id(i.type().id() + "\u0000" + i.stem() + "\u0000" + String.join("\u0001", i.answers())),
              i.type(), i.kind(), i.stem(), i.options(), i.answers(), i.explanation(), i.score(), i.reason(), i.source(),
              i.fact(), i.distractors(), i.accepted());
        }
        List<String> p = org.kaodian.item.ItemChecks.problems(i);
        if (p.isEmpty()) {
          items.add(i);
        } else {
          final int index = n;
          p.forEach(x -> problems.add(file.getFileName() + " items[" + (index - 1) + "]: " + x));
        }
      } catch (IllegalArgumentException e) {
        problems.add(file.getFileName() + " items[" + (n - 1) + "]: " + e.getMessage());
      }
    }
    return new Result(items, problems, 0);
  }

  private static boolean blank(Row row) {
    for (Cell c : row) {
      if (!CELLS.formatCellValue(c).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String text(Row row, int col) {
    Cell c = row.getCell(col);
    return c == null ? "" : CELLS.formatCellValue(c).strip();
  }
}
