package org.kaodian.mail;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kaodian.export.AtomicFiles;
import org.kaodian.export.SafeCells;
import org.kaodian.store.Store;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;

/**
 * A group's grade book: each member's score (as a percentage of that mail's questions) and late
 * replies per week, written as an .xlsx sheet and a PNG line chart with the group's average.
 *
 * @param group the group's name
 * @param weeks the group's weeks, oldest first
 * @param members one line per member, in group-file order
 * @param average the average percentage of the members who replied, per week (empty when nobody did)
 */
public record GradeBook(String group, List<String> weeks, List<MemberLine> members, List<Optional<Double>> average) {
  /** A member's weeks; {@code late} counts replies that came after the next quiz. */
  public record MemberLine(String name, String email, List<Optional<Store.GradeRow>> grades, List<Integer> late) {
    /** The percentage of the week's questions answered right, if a reply counted. */
    public Optional<Double> percent(int week) {
      return grades.get(week).map(g -> g.max() == 0 ? 0.0 : round(100.0 * g.score() / g.max()));
    }
  }

  /** Reads the group's grades and late replies from the store. */
  public static GradeBook of(GroupConfig cfg, Store store) throws SQLException {
    List<String> weeks = store.weeks(cfg.group());
    Map<String, Store.GradeRow> byKey = new LinkedHashMap<>();
    store.grades(cfg.group()).forEach(g -> byKey.put(g.week() + "\u0000" + g.member(), g));
    List<MemberLine> lines = new ArrayList<>();
    for (GroupConfig.Member m : cfg.members()) {
      List<Optional<Store.GradeRow>> grades = new ArrayList<>();
      List<Integer> late = new ArrayList<>();
      for (String w : weeks) {
        grades.add(Optional.ofNullable(byKey.get(w + "\u0000" + m.id())));
        late.add(store.replyCount(cfg.group(), w, m.id(), Store.ReplyOutcome.LATE));
      }
      lines.add(new MemberLine(m.name().isBlank() ? m.email() : m.name(), m.email(), grades, late));
    }
    List<Optional<Double>> average = new ArrayList<>();
    for (int w = 0; w < weeks.size(); w++) {
      int week = w;
      double[] p = lines.stream().map(l -> l.percent(week)).flatMap(Optional::stream).mapToDouble(Double::doubleValue)
          .toArray();
      average.add(p.length == 0 ? Optional.empty() : Optional.of(round(Arrays.stream(p).average().orElse(0))));
    }
    return new GradeBook(cfg.group(), weeks, lines, average);
  }

  /** Writes the sheet: 成员, 邮箱, then per week its 得分率% (a number) and 备注 (4/5, 迟交×1); a 小组平均 row last. */
  public void writeXlsx(Path file) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      SafeCells cells = new SafeCells(wb);
      Sheet sheet = wb.createSheet("成绩册");
      List<String> header = new ArrayList<>(List.of("成员", "邮箱"));
      weeks.forEach(w -> header.addAll(List.of(w + " 得分率%", w + " 备注")));
      cells.headerRow(sheet, 0, header);
      int r = 1;
      for (MemberLine m : members) {
        Row row = cells.row(sheet, r++, List.of(m.name(), m.email()));
        for (int w = 0; w < weeks.size(); w++) {
          int col = 2 + 2 * w;
          Optional<Double> p = m.percent(w);
          if (p.isPresent()) {
            row.createCell(col).setCellValue(p.get());
          }
          List<String> notes = new ArrayList<>();
          m.grades().get(w).ifPresent(g -> notes.add(Feedback.points(g.score()) + "/" + g.max()));
          if (m.late().get(w) > 0) {
            notes.add("迟交×" + m.late().get(w));
          }
          cells.text(row.createCell(col + 1), String.join(" ", notes));
        }
      }
      Row avg = cells.row(sheet, r, List.of("小组平均", ""));
      for (int w = 0; w < weeks.size(); w++) {
        if (average.get(w).isPresent()) {
          avg.createCell(2 + 2 * w).setCellValue(average.get(w).get());
        }
      }
      sheet.createFreezePane(2, 1);
      for (int c = 0; c < header.size(); c++) {
        sheet.setColumnWidth(c, c < 2 ? 20 * 256 : 14 * 256);
      }
      AtomicFiles.write(file, wb::write);
    }
  }

  /** The chart: the group's average and each member's 得分率 per week; a week without a reply is a gap. */
  public CategoryChart chart() {
    CategoryChart chart = new CategoryChartBuilder().width(900).height(500).title(group + " 每周得分率")
        .xAxisTitle("周").yAxisTitle("得分率 %").build();
    chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(100.0);
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
    cjkFont().ifPresent(f -> {
      chart.getStyler().setChartTitleFont(f.deriveFont(Font.BOLD, 16f));
      chart.getStyler().setLegendFont(f.deriveFont(12f));
      chart.getStyler().setAxisTitleFont(f.deriveFont(12f));
      chart.getStyler().setAxisTickLabelsFont(f.deriveFont(11f));
    });
    List<String> x = weeks.isEmpty() ? List.of("—") : weeks;
    chart.addSeries("小组平均", x, values(average, x.size()));
    for (MemberLine m : members) {
      List<Optional<Double>> p = new ArrayList<>();
      for (int w = 0; w < weeks.size(); w++) {
        p.add(m.percent(w));
      }
      chart.addSeries(m.name(), x, values(p, x.size()));
    }
    return chart;
  }

  /** Writes the chart as PNG. */
  public void writePng(Path file) throws IOException {
    byte[] png = BitmapEncoder.getBitmapBytes(chart(), BitmapEncoder.BitmapFormat.PNG);
    AtomicFiles.write(file, out -> out.write(png));
  }

  private static List<Double> values(List<Optional<Double>> v, int size) {
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      out.add(i < v.size() ? v.get(i).orElse(null) : null);
    }
    return out;
  }

  /** A font that can show Chinese names, when the machine has one; Java's default shows boxes. */
  private static Optional<Font> cjkFont() {
    return Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts())
        .filter(f -> f.canDisplayUpTo("成绩张三") == -1).findFirst();
  }

  private static double round(double v) {
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
  }
}
