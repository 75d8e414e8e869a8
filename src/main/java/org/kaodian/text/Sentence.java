package org.kaodian.text;

/**
 * One sentence of a cleaned document, with the offsets that point back into it.
 *
 * @param document the document's name
 * @param paragraph the 0-based paragraph index
 * @param start offset of the first character in the document's cleaned text
 * @param end offset just past the last character
 * @param text the sentence itself
 * @param heading true when the sentence is (part of) a heading
 */
public record Sentence(String document, int paragraph, int start, int end, String text, boolean heading) {}
