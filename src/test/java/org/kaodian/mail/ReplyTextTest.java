package org.kaodian.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ReplyTextTest {
  private static final Session SESSION = Session.getInstance(new Properties());

  private static MimeMessage raw(String headers, byte[] body) throws Exception {
    byte[] head = (headers + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return new MimeMessage(SESSION, new ByteArrayInputStream(all));
  }

  @Test
  void quotedLinesAndEverythingAfterAQuoteHeaderAreDropped() {
    assertThat(ReplyText.unquoted("1 B\n2 AC\n\n> 1. （单项选择题）……\n> A. 甲")).isEqualTo("1 B\n2 AC");
    assertThat(ReplyText.unquoted("1 B\n\n在 2026年11月23日 09:00，理论学习小组 <t@example.org> 写道：\n1. 题干 A")).isEqualTo("1 B");
    assertThat(ReplyText.unquoted("3 对\n-----原始邮件-----\n发件人: t@example.org\n1. 题干")).isEqualTo("3 对");
    assertThat(ReplyText.unquoted("3 对\nOn Mon, Nov 23, 2026 at 9:00 AM Teacher <t@example.org> wrote:\n1 A")).isEqualTo("3 对");
  }

  @Test
  void anHtmlOnlyReplyIsReadAsTextWithoutItsBlockquote() throws Exception {
    MimeMessage m = new MimeMessage(SESSION);
    m.setText("<div>1 B<br>2 AC</div><div>3&nbsp;对</div><blockquote>1. 题干<br>A. 甲</blockquote>", "UTF-8", "html");
    m.saveChanges();
    assertThat(ReplyText.of(m)).isEqualTo("1 B\n2 AC\n3 对");
  }

  @Test
  void plainTextIsPreferredInAnAlternative() throws Exception {
    MimeMessage m = new MimeMessage(SESSION);
    MimeMultipart alt = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText("1 A", "UTF-8", "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText("<p>1 B</p>", "UTF-8", "html");
    alt.addBodyPart(text);
    alt.addBodyPart(html);
    m.setContent(alt);
    m.saveChanges();
    assertThat(ReplyText.of(new MimeMessage(m))).isEqualTo("1 A");
  }

  @Test
  void gbkIsReadWhetherLabelledGbkGb2312OrNotAtAll() throws Exception {
    // 镕 is in GBK but not in GB2312: mail programs label such text gb2312 anyway.
    byte[] gbk = "１　Ｂ\n２　ＡＣ\n３　对 朱镕基".getBytes(Charset.forName("GBK"));
    for (String type : new String[] {"text/plain; charset=GBK", "text/plain; charset=gb2312", "text/plain"}) {
      MimeMessage m = raw("Content-Type: " + type + "\r\nContent-Transfer-Encoding: 8bit", gbk);
      assertThat(ReplyText.of(m)).as(type).isEqualTo("１　Ｂ\n２　ＡＣ\n３　对 朱镕基");
    }
    assertThat(Grader.read(ReplyText.of(raw("Content-Type: text/plain; charset=GBK", gbk)), 3).answers())
        .containsEntry(1, "B").containsEntry(2, "AC");
  }
}
