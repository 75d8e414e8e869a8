package org.kaodian.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The output formats, by the names used with {@code --format}. */
public enum ExportFormat {
  DOCX("Word worksheets: student and teacher copies", WorksheetExporter::new),
  XLSX("Excel deck: Cards sheet and one sheet per item type", DeckExporter::new),
  JSON("items.json for other programs", JsonExporter::new),
  APKG("Anki package (.apkg): opens in Anki, AnkiDroid and AnkiMobile", ApkgExporter::new),
  HTML("one-file HTML quiz to open in any browser", HtmlQuizExporter::new, HtmlQuizExporter.TEMPLATE),
  ANKI("Anki text import (Cloze and Basic notes)", org.kaodian.export.app.AnkiProfile::new),
  QUIZLET("Quizlet import text (term TAB definition)", org.kaodian.export.app.QuizletProfile::new),
  KAHOOT("Kahoot quiz spreadsheet", org.kaodian.export.app.KahootProfile::new),
  GIFT("Moodle GIFT", org.kaodian.export.app.GiftProfile::new),
  KAOSHIBAO("考试宝 question-bank Excel", org.kaodian.export.app.KaoshibaoProfile::new),
  XUEXITONG("学习通 Word quick import", org.kaodian.export.app.XuexitongProfile::new),
  WAYGROUND("Wayground (Quizizz) spreadsheet", org.kaodian.export.app.WaygroundProfile::new),
  BLOOKET("Blooket CSV", org.kaodian.export.app.BlooketProfile::new),
  GIMKIT("Gimkit CSV", org.kaodian.export.app.GimkitProfile::new),
  AIKEN("Moodle Aiken", org.kaodian.export.app.AikenProfile::new),
  REVIEW("review.xlsx for the teacher to edit, then ./kaodian build", org.kaodian.review.ReviewExporter::new);

  /** What {@code generate} writes when no format is given: every everyday output. */
  public static final List<ExportFormat> EVERYDAY = List.of(DOCX, XLSX, JSON);

  private final String description;
  private final Supplier<Exporter> factory;
  private final List<String> templates;

  ExportFormat(String description, Supplier<Exporter> factory, String... templates) {
    this.description = description;
    this.factory = factory;
    this.templates = List.of(templates);
  }

  /** Templates this format needs beyond the item and worksheet ones, checked before any work. */
  public List<String> templates() {
    return templates;
  }

  /** Every template the given formats need: {@link org.kaodian.render.Templates#REQUIRED} plus their own. */
  public static List<String> templates(List<ExportFormat> formats) {
    LinkedHashSet<String> names = new LinkedHashSet<>(org.kaodian.render.Templates.REQUIRED);
    formats.forEach(f -> names.addAll(f.templates));
    return new ArrayList<>(names);
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String description() {
    return description;
  }

  public Exporter exporter() {
    return factory.get();
  }

  /** Parses {@code docx,xlsx} or {@code all}; the message lists the valid names. */
  public static List<ExportFormat> parse(String list) {
    LinkedHashSet<ExportFormat> out = new LinkedHashSet<>();
    for (String part : list.split(",")) {
      String p = part.strip().toLowerCase(Locale.ROOT);
      if (p.isEmpty()) {
        continue;
      }
      if (p.equals("all")) {
        out.addAll(Arrays.asList(values()));
        continue;
      }
      ExportFormat match = null;
      for (ExportFormat f : values()) {
        if (f.id().equals(p)) {
          match = f;
        }
      }
      if (match == null) {
        throw new IllegalArgumentException("unknown format '" + part.strip() + "' (use "
            + String.join(", ", Arrays.stream(values()).map(ExportFormat::id).toList()) + " or all)");
      }
      out.add(match);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no format given");
    }
    return new ArrayList<>(out);
  }
}
