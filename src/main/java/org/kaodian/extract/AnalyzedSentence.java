package org.kaodian.extract;

import java.util.List;
import org.kaodian.text.Segmenter;
import org.kaodian.text.Sentence;
import org.kaodian.text.Token;

/**
 * A sentence prepared for the detectors: the text without its dateline, where the reported content
 * starts, and its segmentation, made only when a rule asks for it (most sentences never need it).
 */
public final class AnalyzedSentence {
  private final Sentence sentence;
  private final String text;
  private final int content;
  private final Lexicon lexicon;
  private final String frame;
  private List<Token> tokens;

  /**
   * @param sentence the sentence with its provenance
   * @param text the sentence with any dateline prefix removed; answer offsets refer to it
   * @param content where the reported content begins in {@code text} (after 某某指出，), 0 if none
   * @param lexicon the political lexicon in force for this run
   */
  public AnalyzedSentence(Sentence sentence, String text, int content, Lexicon lexicon) {
    this(sentence, text, content, lexicon, "");
  }

  /**
   * @param frame the speech frame trimmed from the front ({@code 习近平总书记指出：}), empty if none
   */
  public AnalyzedSentence(Sentence sentence, String text, int content, Lexicon lexicon, String frame) {
    this.sentence = sentence;
    this.text = text;
    this.content = content;
    this.lexicon = lexicon;
    this.frame = frame;
  }

  /** The speech frame trimmed from the front of the sentence, empty when there was none. */
  public String frame() {
    return frame;
  }

  public Sentence sentence() {
    return sentence;
  }

  public String text() {
    return text;
  }

  public int content() {
    return content;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  /** Segmentation of {@code text}, computed on first use. */
  public List<Token> tokens() {
    if (tokens == null) {
      tokens = Segmenter.segment(text);
    }
    return tokens;
  }

  /** The reported content: the text after a speaker's 指出/强调/表示, or all of it. */
  public String contentText() {
    return text.substring(content);
  }
}
