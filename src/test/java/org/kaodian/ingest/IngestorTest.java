package org.kaodian.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaodian.text.Sentence;
import org.kaodian.text.SentenceSplitter;

class IngestorTest {
  @Test
  void readsWordDocumentsWithHeadings(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
      var h = doc.createParagraph();
      h.setStyle("Heading1");
      h.createRun().setText("因地制宜发展新质生产力");
      doc.createParagraph().createRun().setText("新质生产力本身就是绿色生产力。科技创新是发展新质生产力的核心要素。");
      doc.write(out);
    }
    Document d = Ingestor.read(f);
    assertThat(d.title()).isEqualTo("因地制宜发展新质生产力");
    assertThat(SentenceSplitter.split(d)).extracting(Sentence::text)
        .containsExactly("因地制宜发展新质生产力", "新质生产力本身就是绿色生产力。", "科技创新是发展新质生产力的核心要素。");
  }

  @Test
  void readsHtmlArticleTextWithoutNavigationOrScripts(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.html");
    Files.writeString(f, "<html><head><title>x</title><script>var a='脚本';</script></head><body>"
        + "<nav><a href='/'>首页</a> <a>国际</a></nav><article><h1>政府工作报告</h1>"
        + "<p>今年发展主要预期目标是：国内生产总值增长5%左右。</p><p>就业是最基本的民生。</p></article>"
        + "<footer>版权所有</footer></body></html>", StandardCharsets.UTF_8);
    Document d = Ingestor.read(f);
    assertThat(d.title()).isEqualTo("政府工作报告");
    assertThat(d.text()).contains("国内生产总值增长5%左右", "就业是最基本的民生")
        .doesNotContain("首页", "脚本", "版权所有");
  }

  @Test
  void readsPdfText(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText("GDP grew by 5.2 percent in 2023.");
        cs.endText();
      }
      doc.save(f.toFile());
    }
    assertThat(Ingestor.read(f).text()).contains("GDP grew by 5.2 percent in 2023.");
  }

  @Test
  void damagedFilesSayWhatIsWrong(@TempDir Path dir) throws Exception {
    Path docx = dir.resolve("broken.docx");
    Files.write(docx, new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3});
    assertThatThrownBy(() -> Ingestor.read(docx)).isInstanceOf(InputException.class).hasMessageContaining(".docx");
    Path pdf = dir.resolve("fake.pdf");
    Files.writeString(pdf, "这不是PDF");
    assertThatThrownBy(() -> Ingestor.read(pdf)).isInstanceOf(InputException.class).hasMessageContaining("PDF");
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "");
    assertThatThrownBy(() -> Ingestor.read(empty)).isInstanceOf(InputException.class).hasMessageContaining("empty");
  }

  @Test
  void listingNotesSkippedFilesAndMissingPaths(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "就业是最基本的民生。");
    Files.writeString(dir.resolve("b.csv"), "x,y");
    Files.createDirectories(dir.resolve("empty"));
    List<InputProblem> problems = new ArrayList<>();
    List<Path> files = Ingestor.listInputs(List.of(dir, dir.resolve("missing.txt"), dir.resolve("empty")), problems::add);
    assertThat(files).containsExactly(dir.resolve("a.txt"));
    assertThat(problems).extracting(InputProblem::toString).anySatisfy(p -> assertThat(p).contains("b.csv", "skipped"))
        .anySatisfy(p -> assertThat(p).contains("missing.txt", "no such file"))
        .anySatisfy(p -> assertThat(p).contains("empty", "no readable"));
  }

  @Test
  void sentenceOffsetsPointIntoTheCleanedText() throws Exception {
    Document d = Ingestor.fromText("x.txt", "标题\n\n第一句话在这里。第二句话也在这里！\n\n第三段的句子。");
    String text = d.text();
    for (Sentence s : SentenceSplitter.split(d)) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }
    assertThat(SentenceSplitter.split(d)).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2);
  }
}
