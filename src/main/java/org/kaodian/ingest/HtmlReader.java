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
      sb.append(e.tagName().matches("h\\d") ? "# " : "").append(text).append("\n\n");
    }
    return sb.toString();
  }
}
