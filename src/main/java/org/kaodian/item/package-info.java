/** Turns ranked statements into quiz items with typed distractors. Entry point: {@link org.kaodian.item.ItemGenerator}. */
package org.kaodian.item;
