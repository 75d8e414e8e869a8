package org.kaodian.extract;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compiles an alternation of cue words ({@code 会见|会晤|举行.{0,6}(仪式|会议)}) behind a look-ahead for
 * their first characters. Java tries every alternative at every offset; the look-ahead turns most
 * offsets away with one character test, and the matches are the same.
 */
final class GuardedPattern {
  private GuardedPattern() {}

  /**
   * The pattern, matching as {@code Pattern.compile(alternation)} does.
   *
   * @throws IllegalArgumentException when an alternative does not open on a plain character that must
   *     be there (a class, a group, an anchor or a quantified first character)
   */
  static Pattern compile(String alternation) {
    return Pattern.compile(guarded(alternation));
  }

  /** The alternation behind its look-ahead, as a regex to embed in a larger pattern. */
  static String guarded(String alternation) {
    Set<Character> firsts = new LinkedHashSet<>();
    int depth = 0;
    boolean atStart = true;
    for (int i = 0; i < alternation.length(); i++) {
      char c = alternation.charAt(i);
      if (atStart) {
        char next = i + 1 < alternation.length() ? alternation.charAt(i + 1) : '|';
        if ("\\[](){}.*+?^$|".indexOf(c) >= 0 || "*+?{".indexOf(next) >= 0) {
          throw new IllegalArgumentException("alternative at " + i + " of " + alternation
              + " does not open on a required plain character");
        }
        firsts.add(c);
        atStart = false;
      }
      if (c == '\\') {
        i++;
      } else if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      } else if (c == '|' && depth == 0) {
        atStart = true;
      }
    }
    StringBuilder guard = new StringBuilder("(?=[");
    firsts.forEach(guard::append);
    return guard.append("])(?:").append(alternation).append(')').toString();
  }
}
