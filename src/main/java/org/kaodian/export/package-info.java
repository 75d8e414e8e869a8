/**
 * Writes items to files: JSON, Word worksheets, Excel decks, the Anki package and the HTML quiz page;
 * every file is written atomically.
 */
package org.kaodian.export;
