package org.kaodian.extract;

import java.util.List;
import org.kaodian.text.Sentence;
import org.kaodian.text.Token;

/**
 * A sentence prepared for the detectors.
 *
 * @param sentence the sentence with its provenance
 * @param text the sentence with any dateline prefix removed; answer offsets refer to it
 * @param content where the reported content begins in {@code text} (after 某某指出，), 0 if none
 * @param tokens segmentation of {@code text}
 * @param lexicon the political lexicon in force for this run
 */
public record AnalyzedSentence(
    Sentence sentence, String text, int content, List<Token> tokens, Lexicon lexicon) {
  /** The reported content: the text after a speaker's 指出/强调/表示, or all of it. */
  public String contentText() {
    return text.substring(content);
  }
}
