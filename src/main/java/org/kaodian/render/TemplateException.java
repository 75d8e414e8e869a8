package org.kaodian.render;

import java.util.List;

/** Thrown before any work when templates are missing or broken; lists every problem with its position. */
public class TemplateException extends Exception {
  private final List<String> problems;

  public TemplateException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
