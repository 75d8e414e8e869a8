package org.kaodian.text;

/**
 * A word from segmentation with its part-of-speech tag and offset in the segmented string.
 *
 * @param word the word
 * @param pos HanLP's part-of-speech tag ({@code nr} person, {@code ns} place, {@code nt}
 *     organization, {@code nz} term, {@code m} numeral, …)
 * @param start offset of the word in the segmented string
 */
public record Token(String word, String pos, int start) {
  public int end() {
    return start + word.length();
  }

  public boolean isPerson() {
    return pos.startsWith("nr");
  }

  public boolean isPlace() {
    return pos.startsWith("ns");
  }

  public boolean isOrganization() {
    return pos.startsWith("nt");
  }

  public boolean isNoun() {
    return pos.startsWith("n") || pos.equals("vn") || pos.equals("gi") || pos.equals("gm");
  }

  public boolean isVerb() {
    return pos.startsWith("v") && !pos.equals("vn");
  }
}
