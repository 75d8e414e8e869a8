package org.kaodian.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaodian.Version;
import org.kaodian.item.Item;
import org.kaodian.item.ItemType;
import org.kaodian.render.TemplateException;
import org.kaodian.render.Templates;

/** One self-contained HTML page ({@code <name>-quiz.html}) on which a student answers the items and sees why. */
public final class HtmlQuizExporter implements Exporter {
  /** The page template, in the template folder, so a teacher can restyle and reword it. */
  public static final String TEMPLATE = "quiz/quiz.html.ftlh";

  // '<', '>' and '&' become \u003C, \u003E, \u0026: no item text can close the <script> block it sits in.
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    JSON.getFactory().setCharacterEscapes(new ScriptSafe());
  }

  @Override
  public List<Path> export(ExportRequest r) throws IOException {
    Path file = r.dir().resolve(r.name() + "-quiz.html");
    AtomicFiles.writeString(file, page(r.items(), r.title(), r.templates()));
    return List.of(file);
  }

  /** The page for these items; the mailer attaches the same page. */
  public static String page(List<Item> items, String title, Templates templates) throws IOException {
    Templates t = templates;
    if (!templates.has(TEMPLATE)) {
      // Callers that loaded only the item templates still get the page, from the same folder.
      try {
        t = Templates.load(templates.dir(), List.of(TEMPLATE));
      } catch (TemplateException e) {
        throw new IOException(String.join("; ", e.problems()), e);
      }
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", title);
    model.put("count", items.size());
    model.put("generator", "kaodian " + Version.VERSION);
    model.put("items", itemsJson(items, templates.trueFalseWords()));
    return t.render(TEMPLATE, model) + "\n";
  }

  /** The items as the page's script reads them, safe to place inside a {@code <script>} element. */
  static String itemsJson(List<Item> items, List<String> trueFalse) throws JsonProcessingException {
    List<Object> list = new ArrayList<>();
    for (Item i : items) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", i.id());
      m.put("type", i.type().id());
      m.put("typeName", i.type().chinese());
      m.put("stem", i.stem());
      m.put("options", i.type() == ItemType.TRUE_FALSE ? trueFalse : i.type().isChoice() ? i.options() : List.of());
      m.put("answers", i.answers());
      m.put("explanation", i.explanation());
      m.put("source", source(i));
      list.add(m);
    }
    return JSON.writeValueAsString(list);
  }

  private static String source(Item i) {
    return i.source().title().isBlank() ? i.source().document() : "《" + i.source().title() + "》";
  }

  /** Jackson's standard JSON escapes plus the three characters that matter inside HTML. */
  private static final class ScriptSafe extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes;

    ScriptSafe() {
      escapes = standardAsciiEscapesForJSON();
      escapes['<'] = ESCAPE_STANDARD;
      escapes['>'] = ESCAPE_STANDARD;
      escapes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      // U+2028/U+2029 end a line in older JavaScript parsers; escaping them costs nothing.
      if (ch == 0x2028 || ch == 0x2029) {
        return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }
}
