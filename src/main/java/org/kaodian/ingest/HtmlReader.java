package org.kaodian.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Reads {@code .html} articles with jsoup, keeping the article text and dropping page chrome. */
final class HtmlReader implements DocumentReader {
  private static final String CHROME =
      "script, style, noscript, nav, header, footer, aside, form, iframe, button, select,"
          + " [role=navigation], .nav, .menu, .footer, .header, .breadcrumb, .share, .comment";

  private static final java.util.regex.Pattern RUN_IN = java.util.regex.Pattern.compile(
      "^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d+[.．、]|第[一二三四五六七八九十]+[，、])?[^。！？]{2,40}[。！？：]?$");

  /** The bold text a block starts with (its {@code <strong>}/{@code <b>} children at the front), or "". */
  private static String boldLead(Element e) {
    StringBuilder sb = new StringBuilder();
    for (org.jsoup.nodes.Node n : e.childNodes()) {
      if (n instanceof org.jsoup.nodes.TextNode t) {
        if (t.isBlank()) {
          continue;
        }
        break;
      }
      if (n instanceof Element c && c.tagName().matches("strong|b")) {
        sb.append(c.text());
        continue;
      }
      break;
    }
    return sb.toString().strip();
  }

  @Override
  public String read(Path file) throws InputException {
    String html;
    try {
      html = CharsetDetector.decode(Files.readAllBytes(file));
    } catch (java.io.IOException e) {
      throw new InputException("cannot read file: " + e.getMessage(), e);
    }
    var doc = Jsoup.parse(html);
    doc.select(CHROME).remove();
    Element root = doc.selectFirst("article");
    if (root == null) {
      root = doc.body();
    }
    StringBuilder sb = new StringBuilder();
    String title = TitleFinder.pageTitle(doc.title());
    Element h1 = root.selectFirst("h1");
    if (h1 != null) {
      title = h1.text();
    }
    if (!title.isBlank()) {
      sb.append("# ").append(title.strip()).append("\n\n");
    }
    Elements blocks = root.select("h2, h3, h4, p, li, blockquote");
    if (blocks.isEmpty()) {
      sb.append(root.wholeText());
    }
    for (Element e : blocks) {
      if (!e.select("p, li").isEmpty() && !e.tagName().equals("p")) {
        continue; // a container whose children are read on their own
      }
      String text = e.text().strip();
      if (text.isEmpty()) {
        continue;
      }
      // Block structure decides paragraphs: a bold block of its own is a sub-heading, and a bold
      // numbered lead (（三）切实落实……。) run into its paragraph is a heading before the body.
      String bold = boldLead(e);
      boolean boldBlock = bold.equals(text) && text.length() <= 50
          && (text.indexOf('。') < 0 || text.indexOf('。') == text.length() - 1);
      if (e.tagName().matches("h\\d") || boldBlock) {
        sb.append("# ").append(text).append("\n\n");
      } else if (!bold.isEmpty() && RUN_IN.matcher(bold).matches() && text.startsWith(bold)) {
        sb.append("# ").append(bold).append("\n\n").append(text.substring(bold.length()).strip()).append("\n\n");
      } else {
        sb.append(text).append("\n\n");
      }
    }
    return sb.toString();
  }
}
