package org.kaodian.ingest;

/** Thrown by a reader when a file cannot be turned into text; the message says why. */
public class InputException extends Exception {
  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
