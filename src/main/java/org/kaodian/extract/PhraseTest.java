package org.kaodian.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a text holds any phrase of an alternation ({@code 会见|会晤|举行.{0,6}(仪式|会议)}): the yes
 * or no of {@code Pattern.find()}, with the plain words tested by {@code indexOf} and only the rest by
 * the regex. Cue lists run on every sentence, and a regex tries each of their words at every offset.
 */
final class PhraseTest {
  private final String[] words;
  private final Pattern rest;

  private PhraseTest(String[] words, Pattern rest) {
    this.words = words;
    this.rest = rest;
  }

  /** The test for {@code alternation}, a regex whose top-level alternatives are words or small patterns. */
  static PhraseTest of(String alternation) {
    List<String> words = new ArrayList<>();
    List<String> patterns = new ArrayList<>();
    for (String alternative : GuardedPattern.alternatives(alternation)) {
      if (alternative.chars().noneMatch(c -> "\\[](){}.*+?^$|".indexOf(c) >= 0) && !alternative.isEmpty()) {
        words.add(alternative);
      } else {
        patterns.add(alternative);
      }
    }
    Pattern rest = null;
    if (!patterns.isEmpty()) {
      String joined = String.join("|", patterns);
      try {
        rest = GuardedPattern.compile(joined);
      } catch (IllegalArgumentException notPlain) {
        rest = Pattern.compile(joined);
      }
    }
    return new PhraseTest(words.toArray(String[]::new), rest);
  }

  /** Whether {@code Pattern.compile(alternation).matcher(text).find()} would be true. */
  boolean in(String text) {
    for (String w : words) {
      if (text.indexOf(w) >= 0) {
        return true;
      }
    }
    return rest != null && rest.matcher(text).find();
  }
}
