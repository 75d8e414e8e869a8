package org.kaodian.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web pages as teachers find them: block structure, not line breaks, decides paragraphs. */
class HtmlBlocksTest {
  @Test
  void aBoldBlockIsAHeadingNotTheStartOfTheNextParagraph(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("page.html");
    Files.writeString(f, "<html><body><article><h1>学习材料</h1>"
        + "<p><strong>坚持以人民为中心的发展思想推动共同富裕取得更为明显的实质性进展</strong></p>"
        + "<p>共同富裕是社会主义的本质要求，是中国式现代化的重要特征。</p>"
        + "<p><strong>（三）切实落实全面从严治党主体责任。</strong>各级党组织要把管党治党责任扛在肩上。</p>"
        + "</article></body></html>", StandardCharsets.UTF_8);
    Document doc = Ingestor.read(f);
    assertThat(doc.paragraphs()).filteredOn(Paragraph::heading).extracting(Paragraph::text)
        .contains("坚持以人民为中心的发展思想推动共同富裕取得更为明显的实质性进展", "（三）切实落实全面从严治党主体责任。");
    assertThat(doc.paragraphs()).filteredOn(p -> !p.heading()).extracting(Paragraph::text)
        .containsExactly("共同富裕是社会主义的本质要求，是中国式现代化的重要特征。", "各级党组织要把管党治党责任扛在肩上。");
  }

  @Test
  void aBoldSentenceThatIsBodyTextStaysBody(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("page.html");
    String key = "新质生产力是创新起主导作用，摆脱传统经济增长方式、生产力发展路径，具有高科技、高效能、高质量特征，符合新发展理念的先进生产力质态。";
    Files.writeString(f, "<html><body><h1>标题文字在此</h1><p><b>" + key + "</b></p></body></html>", StandardCharsets.UTF_8);
    Document doc = Ingestor.read(f);
    assertThat(doc.paragraphs()).filteredOn(p -> !p.heading()).extracting(Paragraph::text).containsExactly(key);
  }
}
