package org.kaodian.item;

import java.util.List;
import java.util.Map;

/** Renders the visible wording of an item from its template; implemented by the render stage. */
public interface StemRenderer {
  /**
   * Renders the stem of an item of the given type.
   *
   * @param model values the template may use: {@code sentence} (with blanks), {@code source}
   *     ({@code title}, {@code document}), {@code kind}, {@code blankCount}
   */
  String stem(ItemType type, Map<String, Object> model);

  /** Renders the explanation (解析) of an item from the same model, with the original sentence. */
  String explanation(Map<String, Object> model);

  /** The words shown for true and false (正确, 错误), in that order. */
  List<String> trueFalseWords();
}
