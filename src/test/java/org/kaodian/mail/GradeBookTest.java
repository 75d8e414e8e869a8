package org.kaodian.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaodian.cli.Main;
import org.kaodian.store.Store;

class GradeBookTest {
  @TempDir Path dir;

  private Path group() throws Exception {
    Path f = dir.resolve("g.yaml");
    Files.writeString(f, "group: 理论学习小组\nfrom: teacher@example.org\nmembers:\n"
        + "  - {name: 张三, email: zhangsan@example.org}\n  - {name: \"=1+1\", email: lisi@example.org}\n"
        + "  - {email: wangwu@example.org}\nstore: " + dir.resolve("k.db") + "\n", StandardCharsets.UTF_8);
    try (Store s = Store.open(dir.resolve("k.db"))) {
      s.recordWeek("理论学习小组", "2026-W47", List.of("a", "b", "c", "d"));
      s.recordWeek("理论学习小组", "2026-W48", List.of("e", "f", "g", "h"));
      s.recordGrade("理论学习小组", new Store.GradeRow("2026-W47", "zhangsan@example.org", "<r1>", 1, 3, 4,
          List.of(new Store.ItemCredit("a", 1))));
      s.recordGrade("理论学习小组", new Store.GradeRow("2026-W47", "lisi@example.org", "<r2>", 1, 1, 4, List.of()));
      s.recordGrade("理论学习小组", new Store.GradeRow("2026-W48", "zhangsan@example.org", "<r3>", 1, 5, 5, List.of()));
      s.recordReply("理论学习小组", "<r4>", "wangwu@example.org", "2026-W47", 2, Store.ReplyOutcome.LATE, "late");
    }
    return f;
  }

  @Test
  void reportWritesTheGradeBookAndAChartThatIsNotBlank() throws Exception {
    Path f = group();
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {"report", f.toString(), "-o", dir.resolve("out").toString()},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertThat(exit).as(err.toString()).isZero();
    Path xlsx = dir.resolve("out/理论学习小组-成绩册.xlsx");
    Path png = dir.resolve("out/理论学习小组-成绩.png");
    assertThat(err.toString()).contains("wrote " + xlsx, "wrote " + png);

    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      Sheet s = wb.getSheet("成绩册");
      DataFormatter fmt = new DataFormatter();
      assertThat(cells(s.getRow(0), fmt)).containsExactly("成员", "邮箱", "2026-W47 得分率%", "2026-W47 备注",
          "2026-W48 得分率%", "2026-W48 备注");
      assertThat(cells(s.getRow(1), fmt)).containsExactly("张三", "zhangsan@example.org", "75", "3/4", "100", "5/5");
      assertThat(cells(s.getRow(2), fmt)).containsExactly("=1+1", "lisi@example.org", "25", "1/4", "", "");
      assertThat(s.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(cells(s.getRow(3), fmt)).containsExactly("wangwu@example.org", "wangwu@example.org", "", "迟交×1", "", "");
      assertThat(cells(s.getRow(4), fmt)).containsExactly("小组平均", "", "50", "", "100");
    }

    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img.getWidth()).isEqualTo(900);
    assertThat(img.getHeight()).isEqualTo(500);
    Set<Integer> colours = new HashSet<>();
    int nonWhite = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (rgb != 0xFFFFFF) {
          nonWhite++;
        }
      }
    }
    // Axes, text and four coloured series: far more than a blank or one-colour image.
    assertThat(colours.size()).isGreaterThan(10);
    assertThat(nonWhite).isGreaterThan(img.getWidth() * img.getHeight() / 100);
  }

  private static List<String> cells(Row row, DataFormatter fmt) {
    List<String> out = new java.util.ArrayList<>();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      out.add(row.getCell(c) == null ? "" : fmt.formatCellValue(row.getCell(c)));
    }
    return out;
  }
}
