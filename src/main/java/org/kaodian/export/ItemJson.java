package org.kaodian.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.kaodian.item.Distractor;
import org.kaodian.item.Item;
import org.kaodian.item.ItemSource;
import org.kaodian.item.ItemType;

/** One item to and from the public JSON form of {@code items.json}. */
public final class ItemJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ItemJson() {}

  public static String write(Item item) throws IOException {
    return JSON.writeValueAsString(JsonExporter.toMap(item));
  }

  public static Item read(String json) throws IOException {
    return read(JSON.readTree(json));
  }

  /** Reads an item object; missing optional fields get empty values. */
  public static Item read(JsonNode n) {
    JsonNode src = n.path("source");
    return new Item(n.path("id").asText(), ItemType.fromId(n.path("type").asText()), n.path("kind").asText(""),
        n.path("stem").asText(), strings(n.path("options")), strings(n.path("answers")), n.path("explanation").asText(""),
        n.path("score").asDouble(0), n.path("reason").asText(""),
        new ItemSource(src.path("document").asText(""), src.path("title").asText(""), src.path("paragraph").asInt(0),
            src.path("sentence").asText(""), src.path("start").asInt(0), src.path("end").asInt(0)),
        n.path("fact").asText(""), distractors(n.path("distractors")), strings(n.path("accepted")));
  }

  private static List<Distractor> distractors(JsonNode array) {
    List<Distractor> out = new ArrayList<>();
    array.forEach(x -> out.add(new Distractor(x.path("text").asText(), x.path("from").asText(""))));
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asText()));
    return out;
  }
}
