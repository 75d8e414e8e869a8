package org.kaodian.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaodian.Version;
import org.kaodian.extract.AnswerSpan;
import org.kaodian.extract.Source;
import org.kaodian.extract.Statement;
import org.kaodian.item.Item;

/** Writes {@code items.json}, the public item format other programs read. */
public final class JsonExporter implements Exporter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public List<Path> export(ExportRequest r) throws IOException {
    Path file = r.dir().resolve("items.json");
    AtomicFiles.writeString(file, itemsJson(r.items(), r.seed()) + "\n");
    return List.of(file);
  }

  public static String itemsJson(List<Item> items, long seed) throws JsonProcessingException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("generator", "kaodian " + Version.VERSION);
    root.put("seed", seed);
    List<Object> list = new ArrayList<>();
    for (Item i : items) {
      list.add(toMap(i));
    }
    root.put("items", list);
    return JSON.writeValueAsString(root);
  }

  static Map<String, Object> toMap(Item i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.id());
    m.put("type", i.type().id());
    m.put("kind", i.kind());
    m.put("stem", i.stem());
    if (i.type().isChoice()) {
      m.put("options", i.options());
    }
    m.put("answers", i.answers());
    m.put("explanation", i.explanation());
    m.put("score", i.score());
    m.put("reason", i.reason());
    Map<String, Object> src = new LinkedHashMap<>();
    src.put("document", i.source().document());
    src.put("title", i.source().title());
    src.put("paragraph", i.source().paragraph());
    src.put("sentence", i.source().sentence());
    src.put("start", i.source().start());
    src.put("end", i.source().end());
    m.put("source", src);
    m.put("fact", i.fact());
    if (!i.accepted().isEmpty()) {
      m.put("accepted", i.accepted());
    }
    if (!i.distractors().isEmpty()) {
      List<Object> ds = new ArrayList<>();
      for (var d : i.distractors()) {
        Map<String, Object> dm = new LinkedHashMap<>();
        dm.put("text", d.text());
        dm.put("from", d.from());
        ds.add(dm);
      }
      m.put("distractors", ds);
    }
    return m;
  }

  /** The extractor's JSON: ranked statements with kind, score, reason, answers and sources. */
  public static String statementsJson(List<Statement> statements) throws JsonProcessingException {
    List<Object> list = new ArrayList<>();
    for (Statement s : statements) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", s.kind().id());
      m.put("score", s.score());
      m.put("reason", s.reason());
      m.put("sentence", s.text());
      List<Object> answers = new ArrayList<>();
      for (AnswerSpan a : s.answers()) {
        answers.add(Map.of("text", a.text(), "type", a.type().id(), "start", a.start(), "end", a.end()));
      }
      m.put("answers", answers);
      m.put("source", source(s.source()));
      List<Object> all = new ArrayList<>();
      s.sources().forEach(src -> all.add(source(src)));
      m.put("sources", all);
      list.add(m);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("generator", "kaodian " + Version.VERSION);
    root.put("statements", list);
    return JSON.writeValueAsString(root);
  }

  private static Map<String, Object> source(Source s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("document", s.document());
    m.put("title", s.title());
    m.put("paragraph", s.paragraph());
    m.put("start", s.start());
    m.put("end", s.end());
    return m;
  }
}
