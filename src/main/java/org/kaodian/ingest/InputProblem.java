package org.kaodian.ingest;

/**
 * A problem with one input, reported to the user while the other inputs are still processed.
 *
 * @param file the file or path as the user gave or as found in a folder
 * @param message what is wrong, in words a user can act on
 * @param fatal true when the input could not be used at all; false for notes such as skipped files
 */
public record InputProblem(String file, String message, boolean fatal) {
  @Override
  public String toString() {
    return file + ": " + message;
  }
}
