package org.kaodian.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The member's own words in a reply: the readable body (plain text, or HTML as text) without the quoted mail. */
final class ReplyText {
  /**
   * Where mail programs start the quoted original: 在…写道：(QQ, Foxmail), -----原始邮件-----, Outlook's
   * header block, "On … wrote:". Everything from there on is the quiz, never the member's answer.
   */
  private static final Pattern QUOTE_START = Pattern.compile(
      "^\\s*(?:在.{0,120}写道[:：]\\s*$|-{2,}\\s*(?:原始邮件|Original Message)\\s*-{2,}|发件人[:：]|From:\\s.*@"
          + "|On\\s.{0,200}wrote:\\s*$|-{2,}\\s*回复的原邮件\\s*-{2,})",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern QUOTED_LINE = Pattern.compile("^\\s*[>＞]");

  private ReplyText() {}

  /** The member's own text of a message or part: text/plain preferred, else HTML read as text; quotes removed. */
  static String of(Part message) throws MessagingException, IOException {
    return unquoted(body(message).orElse(""));
  }

  /** The readable body before quote removal, when the message has one. */
  static Optional<String> body(Part p) throws MessagingException, IOException {
    if (p.isMimeType("text/plain")) {
      return Optional.of(decode(p));
    }
    if (p.isMimeType("text/html")) {
      return Optional.of(htmlText(decode(p)));
    }
    if (p.isMimeType("multipart/*")) {
      Multipart mp = (Multipart) p.getContent();
      List<Part> parts = new ArrayList<>();
      for (int i = 0; i < mp.getCount(); i++) {
        parts.add(mp.getBodyPart(i));
      }
      // In multipart/alternative the plain part is the sender's own words; the HTML part only when alone.
      for (Part part : parts) {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
          return Optional.of(decode(part));
        }
      }
      for (Part part : parts) {
        if (!Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
          Optional<String> b = body(part);
          if (b.isPresent()) {
            return b;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Drops quoted lines and everything from the first line where a mail program starts quoting. */
  static String unquoted(String text) {
    StringBuilder sb = new StringBuilder();
    for (String line : text.split("\\R", -1)) {
      if (QUOTE_START.matcher(line).find()) {
        break;
      }
      if (!QUOTED_LINE.matcher(line).find()) {
        sb.append(line).append('\n');
      }
    }
    return sb.toString().strip();
  }

  /**
   * The text of a part in its declared charset. GB2312 and GBK are read as GB18030, their superset,
   * because mail programs label GBK text as GB2312; an unknown or missing charset is read as UTF-8
   * when the bytes are valid UTF-8 and as GB18030 otherwise.
   */
  static String decode(Part p) throws MessagingException, IOException {
    byte[] bytes;
    try (InputStream in = p.getInputStream()) {
      bytes = in.readAllBytes();
    }
    String declared = null;
    try {
      declared = new ContentType(p.getContentType()).getParameter("charset");
    } catch (ParseException e) {
      // a broken Content-Type: fall through to guessing
    }
    Charset cs = charset(declared);
    if (cs != null) {
      return new String(bytes, cs);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("GB18030"));
    }
  }

  private static Charset charset(String name) {
    if (name == null) {
      return null;
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("gb2312") || n.equals("gbk") || n.equals("gb18030") || n.equals("x-gbk") || n.equals("cp936")) {
      return Charset.forName("GB18030");
    }
    try {
      return Charset.forName(n);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** HTML as the lines a reader sees, without the quoted original (blockquote, Gmail's and QQ's quote blocks). */
  static String htmlText(String html) {
    Document doc = Jsoup.parse(html);
    doc.select("blockquote, div.gmail_quote, div#isForwardContent, div#original-content, style, script, head").remove();
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          sb.append(t.text());
        } else if (node instanceof Element e && (e.normalName().equals("br") || e.isBlock())) {
          sb.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock()) {
          sb.append('\n');
        }
      }
    }, doc.body());
    return sb.toString().replace('\u00a0', ' ').replaceAll("[ \t]*\n\\s*", "\n").strip();
  }
}
