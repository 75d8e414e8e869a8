package org.kaodian.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A leftmost-match search that tries only the offsets a match can start at: a fixed distance before
 * a cue the pattern needs. Patterns that open on a run of Han characters ({@code [\p{IsHan}]{2,12}、})
 * otherwise try every offset of every sentence, and that was most of the extractor's time.
 */
final class CueSearch {
  private CueSearch() {}

  /**
   * Like {@code m.find(from)}, for a pattern without anchors or lookbehind whose every match starting
   * at {@code p} holds a cue starting between {@code p + min} and {@code p + max}; {@code m} is left
   * on the match as {@code find} leaves it.
   */
  static boolean find(Matcher m, String text, int from, Pattern cue, int min, int max) {
    int next = from;
    Matcher c = cue.matcher(text);
    int at = from;
    while (at < text.length() && c.find(at)) {
      int lo = Math.max(next, c.start() - max);
      int hi = c.start() - min;
      for (int p = lo; p <= hi; p++) {
        m.region(p, text.length());
        if (m.lookingAt()) {
          return true;
        }
      }
      next = Math.max(next, hi + 1);
      at = c.start() + 1;
    }
    return false;
  }
}
