package org.kaodian.item;

/**
 * A wrong option (or the swapped-in part of a false statement) and where it came from.
 *
 * @param text the distractor as shown
 * @param from where it was found and why it fits, in words (for the teacher reading items.json)
 */
public record Distractor(String text, String from) {}
