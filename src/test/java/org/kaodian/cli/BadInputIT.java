package org.kaodian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bad-input corpus: every broken file gets one clear message, the good ones are still used. */
class BadInputIT {
  @Test
  void everyBadFileIsNamedTheOthersAreProcessedAndNothingCrashes(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("good.txt"), "新质生产力本身就是绿色生产力。今年是中华人民共和国成立75周年。", StandardCharsets.UTF_8);
    Files.write(in.resolve("gbk.txt"), "我们要坚持稳中求进、以进促稳、先立后破。就业是最基本的民生。".getBytes(Charset.forName("GBK")));
    Files.writeString(in.resolve("empty.txt"), "");
    byte[] binary = new byte[4096];
    new java.util.Random(1).nextBytes(binary);
    binary[10] = 0;
    Files.write(in.resolve("binary.txt"), binary);
    Files.writeString(in.resolve("punctuation.txt"), "。，！？…………、；：“”（）——".repeat(50), StandardCharsets.UTF_8);
    Path docx = in.resolve("whole.docx");
    try (XWPFDocument d = new XWPFDocument(); OutputStream o = Files.newOutputStream(docx)) {
      d.createParagraph().createRun().setText("科技创新是发展新质生产力的核心要素。");
      d.write(o);
    }
    byte[] whole = Files.readAllBytes(docx);
    Files.write(in.resolve("truncated.docx"), Arrays.copyOf(whole, whole.length / 2));
    Files.delete(docx);
    try (PDDocument pdf = new PDDocument()) {
      pdf.addPage(new PDPage());
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      pdf.protect(policy);
      pdf.save(in.resolve("encrypted.pdf").toFile());
    }
    Files.writeString(in.resolve("fake.pdf"), "这其实是一个文本文件");
    // 50 MB on one line: no line break, no sentence end.
    try (OutputStream o = Files.newOutputStream(in.resolve("huge.txt"))) {
      byte[] chunk = "lorem ipsum dolor sit amet ".repeat(4000).getBytes(StandardCharsets.US_ASCII);
      for (long n = 0; n < 50L << 20; n += chunk.length) {
        o.write(chunk);
      }
    }
    Files.createDirectories(dir.resolve("nothing-here"));
    Files.writeString(dir.resolve("nothing-here/notes.csv"), "a,b");

    CliIT.Run r = CliIT.run("generate", in.toString(), dir.resolve("missing").toString(), dir.resolve("nothing-here").toString(),
        "--format", "json", "-o", dir.resolve("out").toString());
    assertThat(r.code()).isEqualTo(1);
    String err = r.err();
    assertThat(err).doesNotContain("Exception", "\tat ");
    assertThat(line(err, "empty.txt")).contains("error:", "empty");
    assertThat(line(err, "binary.txt")).contains("error:", "binary");
    assertThat(line(err, "punctuation.txt")).contains("error:", "no text");
    assertThat(line(err, "truncated.docx")).contains("error:", ".docx");
    assertThat(line(err, "encrypted.pdf")).contains("error:", "password");
    assertThat(line(err, "fake.pdf")).contains("error:", "PDF");
    assertThat(line(err, "missing")).contains("error:", "no such file");
    assertThat(line(err, "nothing-here")).contains("no readable");
    assertThat(err).doesNotContain("good.txt", "gbk.txt:");
    String json = Files.readString(dir.resolve("out/items.json"));
    assertThat(json).contains("绿色生产力").contains("稳中求进");
  }

  private static String line(String err, String file) {
    return err.lines().filter(l -> l.contains(file) && !l.startsWith("note:")).findFirst().orElse("(no message for " + file + ")");
  }
}
