package org.kaodian.extract;

/**
 * Where a statement was found: document, paragraph and character offsets in the cleaned text.
 *
 * @param document the document's file name
 * @param title the document's title
 * @param paragraph 0-based paragraph index
 * @param start offset of the sentence in the document's cleaned text
 * @param end offset just past the sentence
 */
public record Source(String document, String title, int paragraph, int start, int end) {}
