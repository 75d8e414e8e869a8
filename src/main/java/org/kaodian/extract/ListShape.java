package org.kaodian.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of the 、-lists in a sentence, for the ranker: a short list of elements of one length
 * (普惠性、基础性、兜底性) or sharing a head or tail (政治认同、思想认同、情感认同) is often the point
 * a teacher blanks, even where the formula detector finds no formula in it.
 */
final class ListShape {
  /** Three or more short elements; the first may carry its verb and the last what follows the list. */
  private static final Pattern ENUMERATION_COMMA = Pattern.compile("、");
  /** Its first element is 1 to 6 characters before its first 、 (see {@link CueSearch}). */
  private static final Pattern LIST = Pattern.compile("(?:[\\p{IsHan}]{1,6}+、){2,}[\\p{IsHan}]{1,6}");
  private static final int SHORT = 4;
  private static final int SHARED = 5;

  /** What the lists of one sentence look like. */
  record Shape(boolean shortEqual, boolean sharedHeadOrTail) {}

  private ListShape() {}

  static Shape of(String text) {
    boolean equal = false;
    boolean shared = false;
    Matcher m = LIST.matcher(text);
    for (int from = 0; CueSearch.find(m, text, from, ENUMERATION_COMMA, 1, 6); from = m.end()) {
      // The middle elements set the length: the regex lets the first take its verb (注重普惠性) and
      // the last run on into the sentence (有品德的新时代革命军人), so those are compared by their inner end.
      String[] items = m.group().split("、");
      String second = items[1];
      int len = second.length();
      String first = items[0];
      String last = items[items.length - 1];
      boolean eq = first.length() >= len && last.length() >= len;
      boolean head = true;
      boolean tail = true;
      for (int i = 1; i < items.length - 1; i++) {
        eq &= items[i].length() == len;
        head &= items[i].charAt(0) == second.charAt(0);
        tail &= items[i].charAt(items[i].length() - 1) == second.charAt(len - 1);
      }
      String firstInner = first.substring(first.length() - Math.min(len, first.length()));
      head &= firstInner.charAt(0) == second.charAt(0) && last.charAt(0) == second.charAt(0);
      tail &= firstInner.charAt(firstInner.length() - 1) == second.charAt(len - 1) && last.length() >= len
          && last.charAt(len - 1) == second.charAt(len - 1);
      equal |= eq && len <= SHORT;
      shared |= (head || tail) && len <= SHARED;
    }
    return new Shape(equal, shared);
  }
}
