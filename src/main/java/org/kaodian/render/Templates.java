package org.kaodian.render;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kaodian.item.ItemType;
import org.kaodian.item.StemRenderer;

/** The loaded and checked template folder; renders stems, explanations and worksheet wording. */
public final class Templates implements StemRenderer {
  /** Every template kaodian needs; all are checked at start-up. */
  public static final List<String> REQUIRED = List.of(
      "fill_blank.ftl", "single_choice.ftl", "multiple_choice.ftl", "true_false.ftl", "explanation.ftl",
      "labels.ftl", "worksheet/header.ftl", "worksheet/section.ftl", "worksheet/key-entry.ftl");

  private final Path dir;
  private final Map<String, Template> templates = new LinkedHashMap<>();
  private final Map<String, String> labels;

  private Templates(Path dir, Configuration cfg, List<String> names) throws TemplateException {
    this.dir = dir;
    List<String> problems = new ArrayList<>();
    for (String name : names) {
      try {
        templates.put(name, cfg.getTemplate(name));
      } catch (TemplateNotFoundException e) {
        problems.add(dir.resolve(name) + ": template missing");
      } catch (ParseException e) {
        problems.add(String.format(Locale.ROOT, "%s:%d:%d: template syntax error: %s", dir.resolve(name),
            e.getLineNumber(), e.getColumnNumber(), firstLine(e.getEditorMessage())));
      } catch (IOException e) {
        problems.add(dir.resolve(name) + ": cannot read template: " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new TemplateException(problems);
    }
    Map<String, String> parsed = new LinkedHashMap<>();
    if (templates.containsKey("labels.ftl")) {
      for (String line : render("labels.ftl", Map.of()).split("\n")) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          parsed.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
      }
    }
    this.labels = parsed;
  }

  /** Loads and checks the required templates from {@code dir}, reporting every problem at once. */
  public static Templates load(Path dir) throws TemplateException {
    return load(dir, REQUIRED);
  }

  /** Loads and checks the named templates (paths relative to {@code dir}). */
  public static Templates load(Path dir, List<String> names) throws TemplateException {
    if (!Files.isDirectory(dir)) {
      throw new TemplateException(List.of(dir + ": template folder not found"));
    }
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_33);
    try {
      cfg.setDirectoryForTemplateLoading(dir.toFile());
    } catch (IOException e) {
      throw new TemplateException(List.of(dir + ": cannot open template folder: " + e.getMessage()));
    }
    cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
    cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
    // .ftlh templates are HTML-escaped automatically; .ftl ones are plain text.
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setLocale(Locale.SIMPLIFIED_CHINESE);
    cfg.setNumberFormat("computer");
    return new Templates(dir, cfg, names);
  }

  public Path dir() {
    return dir;
  }

  /** Renders a loaded template; output is stripped of surrounding blank lines. */
  public String render(String name, Map<String, ?> model) {
    Template t = templates.get(name);
    if (t == null) {
      throw new IllegalArgumentException("template not loaded: " + name);
    }
    StringWriter out = new StringWriter();
    try {
      t.process(model, out);
    } catch (freemarker.template.TemplateException e) {
      throw new RenderException(String.format(Locale.ROOT, "%s:%d:%d: %s", dir.resolve(name),
          e.getLineNumber() == null ? 0 : e.getLineNumber(), e.getColumnNumber() == null ? 0 : e.getColumnNumber(),
          firstLine(e.getMessageWithoutStackTop())), e);
    } catch (IOException e) {
      throw new RenderException(dir.resolve(name) + ": " + e.getMessage(), e);
    }
    return out.toString().strip();
  }

  /** Whether the named template was loaded (and checked) with this folder. */
  public boolean has(String name) {
    return templates.containsKey(name);
  }

  /** A label from {@code labels.ftl}, or the fallback when the teacher removed it. */
  public String label(String key, String fallback) {
    return labels.getOrDefault(key, fallback);
  }

  @Override
  public String stem(ItemType type, Map<String, Object> model) {
    return render(type.id() + ".ftl", model);
  }

  @Override
  public String explanation(Map<String, Object> model) {
    return render("explanation.ftl", model);
  }

  @Override
  public List<String> trueFalseWords() {
    return List.of(label("true", "正确"), label("false", "错误"));
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  /** A template failed while rendering (for example a value it expects is missing). */
  public static final class RenderException extends RuntimeException {
    RenderException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
