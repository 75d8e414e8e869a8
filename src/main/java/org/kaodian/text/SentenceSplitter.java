package org.kaodian.text;

import java.util.ArrayList;
import java.util.List;
import org.kaodian.ingest.Document;
import org.kaodian.ingest.Paragraph;

/**
 * Splits paragraphs into sentences at 。！？ and ……, keeping closing quotes and brackets with their
 * sentence, keeping ； inside it, and never splitting inside a “…” quotation.
 */
public final class SentenceSplitter {
  private static final String CLOSERS = "”’」』）)》】\"";
  private static final String OPENERS = "“‘「『";
  private static final String QUOTE_CLOSERS = "”’」』";
  /** Past this length inside an unbalanced quote we split anyway: PDF text loses quote marks. */
  private static final int MAX_QUOTED = 300;

  private SentenceSplitter() {}

  /** All sentences of the document, in order. */
  public static List<Sentence> split(Document doc) {
    List<Sentence> out = new ArrayList<>();
    for (Paragraph p : doc.paragraphs()) {
      for (int[] span : spans(p.text())) {
        String text = p.text().substring(span[0], span[1]).strip();
        if (text.isEmpty()) {
          continue;
        }
        int lead = p.text().substring(span[0], span[1]).indexOf(text);
        int start = p.start() + span[0] + lead;
        out.add(new Sentence(doc.name(), p.index(), start, start + text.length(), text, p.heading()));
      }
    }
    return out;
  }

  /** The sentences of a single string, for tests and callers without a document. */
  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (int[] span : spans(text)) {
      String s = text.substring(span[0], span[1]).strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  static List<int[]> spans(String s) {
    List<int[]> spans = new ArrayList<>();
    int start = 0;
    int depth = 0;
    int quoteStart = -1;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (OPENERS.indexOf(c) >= 0) {
        if (depth == 0) {
          quoteStart = i;
        }
        depth++;
      } else if (QUOTE_CLOSERS.indexOf(c) >= 0 && depth > 0) {
        depth--;
      }
      boolean terminal = c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
      boolean ellipsis = c == '…' && i + 1 < s.length() && s.charAt(i + 1) == '…';
      if ((terminal || ellipsis) && (depth == 0 || i - quoteStart > MAX_QUOTED)) {
        int end = i + (ellipsis ? 2 : 1);
        while (end < s.length() && (terminal || ellipsis) && "。！？!?".indexOf(s.charAt(end)) >= 0) {
          end++;
        }
        while (end < s.length() && CLOSERS.indexOf(s.charAt(end)) >= 0) {
          if (QUOTE_CLOSERS.indexOf(s.charAt(end)) >= 0 && depth > 0) {
            depth--;
          }
          end++;
        }
        if (depth > 0 && i - quoteStart <= MAX_QUOTED) {
          i = end;
          continue;
        }
        depth = 0;
        spans.add(new int[] {start, end});
        start = end;
        i = end;
        continue;
      }
      // A terminal inside a quote that the quote closes right after: 他说：“我们要努力。”
      if (terminal && depth > 0 && i + 1 < s.length() && QUOTE_CLOSERS.indexOf(s.charAt(i + 1)) >= 0) {
        int end = i + 1;
        while (end < s.length() && CLOSERS.indexOf(s.charAt(end)) >= 0) {
          end++;
          depth = Math.max(0, depth - 1);
        }
        if (depth == 0) {
          spans.add(new int[] {start, end});
          start = end;
          i = end;
          continue;
        }
      }
      i++;
    }
    if (start < s.length()) {
      spans.add(new int[] {start, s.length()});
    }
    return spans;
  }
}
