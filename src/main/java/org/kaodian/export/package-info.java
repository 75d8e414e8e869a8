/** Writes items to files: JSON, Word worksheets, Excel decks; every file is written atomically. */
package org.kaodian.export;
