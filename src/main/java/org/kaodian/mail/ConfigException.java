package org.kaodian.mail;

import java.util.List;

/** A group file with problems; each names the file and line and says what to fix. */
public class ConfigException extends Exception {
  private final List<String> problems;

  public ConfigException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
