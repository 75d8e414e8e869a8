package org.kaodian.cli;

/** Runs the CLI from tests in other packages. */
public final class CliAccess {
  private CliAccess() {}

  /** The outcome of one CLI run. */
  public record Run(int code, String out, String err) {}

  public static Run run(String... args) {
    CliIT.Run r = CliIT.run(args);
    return new Run(r.code(), r.out(), r.err());
  }
}
