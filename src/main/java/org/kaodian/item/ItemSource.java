package org.kaodian.item;

/**
 * Where an item came from.
 *
 * @param document the document's file name
 * @param title the document's title
 * @param paragraph 0-based paragraph index
 * @param sentence the source sentence as shown to students
 * @param start offset of the sentence in the document's cleaned text
 * @param end offset just past the sentence
 */
public record ItemSource(String document, String title, int paragraph, String sentence, int start, int end) {}
