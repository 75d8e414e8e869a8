/**
 * Turns ranked statements into one paper of quiz items with distractors of the answer's form. Entry
 * point: {@link org.kaodian.item.ItemGenerator}, which asks {@link org.kaodian.item.PaperAssembler}.
 */
package org.kaodian.item;
