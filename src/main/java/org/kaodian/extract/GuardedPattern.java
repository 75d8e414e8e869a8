package org.kaodian.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
    for (String alternative : alternatives(alternation)) {
      char c = alternative.isEmpty() ? '|' : alternative.charAt(0);
      char next = alternative.length() > 1 ? alternative.charAt(1) : '|';
      // A leading - would make a range inside the guard's class.
      if ("\\[](){}.*+?^$|-".indexOf(c) >= 0 || "*+?{".indexOf(next) >= 0) {
        throw new IllegalArgumentException("alternative " + alternative + " of " + alternation
            + " does not open on a required plain character");
      }
      firsts.add(c);
    }
    StringBuilder guard = new StringBuilder("(?=[");
    firsts.forEach(guard::append);
    return guard.append("])(?:").append(alternation).append(')').toString();
  }

  /** The top-level alternatives of a regex: split on the {@code |} outside groups, classes and escapes. */
  static List<String> alternatives(String alternation) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < alternation.length(); i++) {
      char c = alternation.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(alternation.substring(from, i));
        from = i + 1;
      }
    }
    out.add(alternation.substring(from));
    return out;
  }
}
