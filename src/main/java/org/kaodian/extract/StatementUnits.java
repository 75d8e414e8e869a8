package org.kaodian.extract;

import java.util.ArrayList;
import java.util.List;
import org.kaodian.text.Sentence;

/**
 * Cuts a long sentence into the clauses a question can stand on: a year's review or a list of
 * targets is one sentence of many {@code ；}-clauses, each its own fact. A lead such as
 * {@code 今年发展主要预期目标是：} is carried into every clause after it, so each stands on its own.
 */
final class StatementUnits {
  static final int LONG = 150;
  private static final int MIN_CLAUSE = 12;

  private static final java.util.regex.Pattern CONCESSIVE = java.util.regex.Pattern.compile("无论|不论|不管");
  /** A list line's marker ((三), 3.) after a carried lead: the lead says what the list is. */
  private static final java.util.regex.Pattern LIST_MARKER =
      java.util.regex.Pattern.compile("^(?:（[一二三四五六七八九十]+）|\\([一二三四五六七八九十\\d]+\\)|[一二三四五六七八九十]+、|\\d+[.．、])");

  private StatementUnits() {}

  /** The sentence itself, or its clauses when it is long and has {@code ；}. */
  static List<Sentence> of(Sentence s, String carriedLead) {
    String text = s.text();
    List<Sentence> out = new ArrayList<>();
    // 无论是…还是…；无论是…，都是…: the clauses wait for the main clause at the end, so the sentence stays whole.
    if (text.codePointCount(0, text.length()) <= LONG || text.indexOf('；') < 0 || CONCESSIVE.matcher(text).find()) {
      out.add(withLead(s, carriedLead, s.text(), s.start()));
      return out;
    }
    int colon = text.indexOf('：');
    String lead = colon > 0 && colon <= 40 && text.lastIndexOf('“', colon) < 0 ? text.substring(0, colon + 1) : "";
    int from = 0;
    List<int[]> clauses = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '“' ? 1 : c == '”' ? -1 : 0;
      if (c == '；' && depth <= 0 || i == text.length() - 1) {
        clauses.add(new int[] {from, i + 1});
        from = i + 1;
      }
    }
    for (int[] c : clauses) {
      String clause = text.substring(c[0], c[1]).strip();
      if (clause.codePointCount(0, clause.length()) < MIN_CLAUSE) {
        continue;
      }
      boolean first = c[0] == 0;
      String shown = clause.endsWith("；") ? clause.substring(0, clause.length() - 1) + "。" : clause;
      String l = first ? carriedLead : !lead.isEmpty() ? lead : carriedLead;
      out.add(withLead(s, l, shown, s.start() + c[0]));
    }
    return out.isEmpty() ? List.of(s) : out;
  }

  private static Sentence withLead(Sentence s, String lead, String text, int start) {
    int end = start + text.length();
    if (!lead.isEmpty() && !text.startsWith(lead)) {
      // 应当遵循以下原则：（三）坚持…； reads as one sentence without the marker and with its full stop.
      var marker = LIST_MARKER.matcher(text);
      if (marker.find()) {
        start += marker.end();
        text = text.substring(marker.end());
      }
      if (text.endsWith("；")) {
        text = text.substring(0, text.length() - 1) + "。";
      }
    }
    String shown = lead.isEmpty() || text.startsWith(lead) ? text : lead + text;
    return new Sentence(s.document(), s.paragraph(), start, end, shown, s.heading());
  }
}
