package org.kaodian.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the templates are: the option, else ./question-templates, else beside the launcher. */
final class TemplateFolder {
  private TemplateFolder() {}

  /** Loads the worksheet and item templates, printing every problem; null when any is broken. */
  static org.kaodian.render.Templates load(Path option, java.io.PrintWriter err) {
    return load(option, org.kaodian.render.Templates.REQUIRED, err);
  }

  /** Loads the named templates (e.g. those the chosen formats need), printing every problem; null when any is broken. */
  static org.kaodian.render.Templates load(Path option, java.util.List<String> names, java.io.PrintWriter err) {
    try {
      return org.kaodian.render.Templates.load(resolve(option), names);
    } catch (org.kaodian.render.TemplateException e) {
      e.problems().forEach(p -> err.println("error: " + p));
      return null;
    }
  }

  static Path resolve(Path option) {
    if (option != null) {
      return option;
    }
    Path here = Path.of("question-templates");
    if (Files.isDirectory(here)) {
      return here;
    }
    String home = System.getProperty("kaodian.home");
    return home == null ? here : Path.of(home, "question-templates");
  }
}
