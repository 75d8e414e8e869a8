package org.kaodian.text;

import java.util.List;

/** The characters a set of phrases shares at its start or its end (讲 of 讲品位、讲格调; 倡议 of …倡议). */
public final class Affixes {
  private Affixes() {}

  /** The longest start every phrase has; the phrase itself for one phrase, empty for none. */
  public static String commonPrefix(List<String> phrases) {
    if (phrases.isEmpty()) {
      return "";
    }
    String p = phrases.get(0);
    for (String e : phrases) {
      int k = 0;
      while (k < p.length() && k < e.length() && p.charAt(k) == e.charAt(k)) {
        k++;
      }
      p = p.substring(0, k);
    }
    return p;
  }

  /** The longest end every phrase has; the phrase itself for one phrase, empty for none. */
  public static String commonSuffix(List<String> phrases) {
    List<String> reversed = phrases.stream().map(e -> new StringBuilder(e).reverse().toString()).toList();
    return new StringBuilder(commonPrefix(reversed)).reverse().toString();
  }
}
