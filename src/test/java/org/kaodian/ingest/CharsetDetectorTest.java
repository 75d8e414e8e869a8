package org.kaodian.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaodian.text.Sentence;
import org.kaodian.text.SentenceSplitter;

class CharsetDetectorTest {
  private static final String TEXT = "今年发展主要预期目标是：国内生产总值增长5%左右。新质生产力本身就是绿色生产力。";

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void sameSentencesInEveryEncoding(@TempDir Path dir) throws Exception {
    List<byte[]> encodings = List.of(
        TEXT.getBytes(StandardCharsets.UTF_8),
        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8)),
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)),
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE)),
        TEXT.getBytes(Charset.forName("GB18030")),
        TEXT.getBytes(Charset.forName("GBK")));
    List<String> expected = List.of("今年发展主要预期目标是：国内生产总值增长5%左右。", "新质生产力本身就是绿色生产力。");
    int n = 0;
    for (byte[] bytes : encodings) {
      Path f = dir.resolve("t" + n++ + ".txt");
      Files.write(f, bytes);
      List<String> sentences = SentenceSplitter.split(Ingestor.read(f)).stream().map(Sentence::text).toList();
      assertThat(sentences).as("encoding #%d", n).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void namesTheDetectedCharset() {
    assertThat(CharsetDetector.detectName(TEXT.getBytes(Charset.forName("GBK")))).isEqualTo("GB18030");
    assertThat(CharsetDetector.detectName(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo("UTF-8");
  }

  @Test
  void binaryIsRejectedWithAReason() {
    byte[] bin = {0x50, 0x4B, 0x03, 0x04, 0, 0, 1, 2, 3};
    assertThatThrownBy(() -> CharsetDetector.decode(bin)).isInstanceOf(InputException.class)
        .hasMessageContaining("binary");
  }
}
