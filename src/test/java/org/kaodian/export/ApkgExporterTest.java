package org.kaodian.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaodian.item.Item;
import org.kaodian.item.ItemSource;
import org.kaodian.item.ItemType;

/**
 * Reads the package back as an importer does: unzip, open the collection with sqlite-jdbc, and
 * check it against the layout public readers expect (Anki's schema-11 tables as genanki and
 * Anki's {@code rslib/src/storage/schema11.sql} define them; the JSON keys Anki's
 * {@code NotetypeSchema11}, {@code DeckSchema11} and {@code DeckConfSchema11} require).
 */
class ApkgExporterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant FIRST = Instant.parse("2026-11-30T08:00:00Z");

  // The column lists of the schema-11 collection, in the order positional readers use.
  private static final Map<String, List<String>> TABLES = Map.of(
      "col", List.of("id", "crt", "mod", "scm", "ver", "dty", "usn", "ls", "conf", "models", "decks", "dconf", "tags"),
      "notes", List.of("id", "guid", "mid", "mod", "usn", "tags", "flds", "sfld", "csum", "flags", "data"),
      "cards", List.of("id", "nid", "did", "ord", "mod", "usn", "type", "queue", "due", "ivl", "factor", "reps",
          "lapses", "left", "odue", "odid", "flags", "data"),
      "revlog", List.of("id", "cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type"),
      "graves", List.of("usn", "oid", "type"));
  // Keys Anki's schema-11 deserialisers have no default for: a package without them fails to import.
  private static final List<String> NOTETYPE_KEYS =
      List.of("id", "name", "type", "mod", "usn", "sortf", "did", "tmpls", "flds", "css");
  private static final List<String> FIELD_KEYS = List.of("name", "ord", "sticky", "rtl", "font", "size");
  private static final List<String> TEMPLATE_KEYS = List.of("name", "ord", "qfmt");
  private static final List<String> DECK_KEYS = List.of("id", "name", "usn", "collapsed", "dyn", "conf",
      "newToday", "revToday", "lrnToday", "timeToday");
  private static final List<String> DECK_CONF_KEYS =
      List.of("id", "mod", "name", "usn", "maxTaken", "autoplay", "timer", "new", "rev", "lapse");

  @Test
  void packageReadsBackWithDeckNoteTypesFieldsClozesTagsAndMedia(@TempDir Path dir) throws Exception {
    List<Item> items = items();
    Package p = write(items, dir.resolve("one"), FIRST);

    assertThat(p.entries).containsOnlyKeys("collection.anki2", "media");
    assertThat(JSON.readTree(p.entries.get("media")).isObject()).isTrue();
    assertThat(JSON.readTree(p.entries.get("media")).size()).isZero();

    try (Connection c = p.open()) {
      for (Map.Entry<String, List<String>> t : TABLES.entrySet()) {
        assertThat(columns(c, t.getKey())).as(t.getKey()).containsExactlyElementsOf(t.getValue());
      }
      JsonNode col = row(c, "SELECT ver, models, decks, dconf, conf FROM col", rs -> {
        var n = JSON.createObjectNode();
        n.put("ver", rs.getInt(1));
        n.set("models", JSON.readTree(rs.getString(2)));
        n.set("decks", JSON.readTree(rs.getString(3)));
        n.set("dconf", JSON.readTree(rs.getString(4)));
        n.set("conf", JSON.readTree(rs.getString(5)));
        return n;
      });
      assertThat(col.get("ver").asInt()).isEqualTo(11);

      // The deck: named after the title, with a study-options group that exists.
      JsonNode deck = find(col.get("decks"), "name", "二十大报告测验");
      DECK_KEYS.forEach(k -> assertThat(deck.has(k)).as("deck key " + k).isTrue());
      assertThat(deck.get("dyn").asInt()).isZero();
      JsonNode conf = col.get("dconf").get(deck.get("conf").asText());
      assertThat(conf).as("dconf for the deck").isNotNull();
      DECK_CONF_KEYS.forEach(k -> assertThat(conf.has(k)).as("dconf key " + k).isTrue());

      // Two note types of our own: a cloze type and a standard one with the five fields.
      JsonNode cloze = find(col.get("models"), "name", "kaodian 填空");
      JsonNode question = find(col.get("models"), "name", "kaodian 题目");
      assertThat(col.get("models").size()).isEqualTo(2);
      assertThat(cloze.get("type").asInt()).isEqualTo(1);
      assertThat(question.get("type").asInt()).isZero();
      assertThat(fieldNames(cloze)).containsExactly("文本", "解析", "出处");
      assertThat(fieldNames(question)).containsExactly("题干", "选项", "答案", "解析", "出处");
      for (JsonNode model : List.of(cloze, question)) {
        NOTETYPE_KEYS.forEach(k -> assertThat(model.has(k)).as(model.get("name") + " key " + k).isTrue());
        model.get("flds").forEach(f -> FIELD_KEYS.forEach(k -> assertThat(f.has(k)).as("field key " + k).isTrue()));
        model.get("tmpls").forEach(t -> TEMPLATE_KEYS.forEach(k -> assertThat(t.has(k)).as("tmpl key " + k).isTrue()));
        for (String font : List.of("Noto Sans CJK SC", "Source Han Sans SC", "思源黑体", "PingFang SC", "Microsoft YaHei")) {
          assertThat(model.get("css").asText()).contains("\"" + font + "\"");
        }
      }
      assertThat(cloze.get("tmpls").get(0).get("qfmt").asText()).contains("{{cloze:文本}}");
      assertThat(cloze.get("tmpls").get(0).get("afmt").asText()).contains("{{cloze:文本}}");
      assertThat(question.get("tmpls").get(0).get("qfmt").asText()).contains("{{题干}}").contains("{{选项}}");
      assertThat(question.get("tmpls").get(0).get("afmt").asText()).contains("{{答案}}").contains("{{解析}}");

      List<Note> notes = notes(c);
      assertThat(notes).hasSize(items.size());
      Map<String, Item> byGuid = new LinkedHashMap<>();
      items.forEach(i -> byGuid.put(ApkgExporter.guid(i.id()), i));
      assertThat(notes).extracting(Note::guid).containsExactlyInAnyOrderElementsOf(byGuid.keySet());

      for (Note n : notes) {
        Item i = byGuid.get(n.guid);
        List<String> fields = List.of(n.flds.split("\u001f", -1));
        boolean isCloze = i.type() == ItemType.FILL_BLANK;
        assertThat(n.mid).isEqualTo((isCloze ? cloze : question).get("id").asLong());
        assertThat(fields).hasSize(isCloze ? 3 : 5);
        // Tags: type, kind and document, space-separated with Anki's surrounding spaces.
        assertThat(n.tags).startsWith(" ").endsWith(" ");
        assertThat(n.tags.strip().split(" ")).contains("kaodian::type::" + i.type().id(),
            "kaodian::kind::" + i.kind(), "kaodian::doc::" + i.source().document().replaceFirst("\\.txt$", ""));
        // Anki's duplicate check: sfld is the plain first field, csum the first 8 hex digits of its SHA-1.
        assertThat(n.csum).isEqualTo(Long.parseLong(HexFormat.of().formatHex(
            MessageDigest.getInstance("SHA-1").digest(n.sfld.getBytes(StandardCharsets.UTF_8))).substring(0, 8), 16));
        List<Integer> ords = cardOrds(c, n.id, deck.get("id").asLong());
        if (isCloze) {
          // One cloze per blank, numbered from 1 in reading order, each answer in its own cloze.
          List<Integer> numbers = new ArrayList<>();
          List<String> hidden = new ArrayList<>();
          Matcher m = Pattern.compile("\\{\\{c(\\d+)::(.*?)}}").matcher(fields.get(0));
          while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
            hidden.add(org.jsoup.parser.Parser.unescapeEntities(m.group(2), false));
          }
          assertThat(hidden).containsExactlyElementsOf(i.answers());
          assertThat(numbers).isEqualTo(java.util.stream.IntStream.rangeClosed(1, i.answers().size()).boxed().toList());
          assertThat(fields.get(0)).doesNotContain("___");
          // Anki makes one card per cloze number, ord = number - 1 (as genanki's _cloze_cards does).
          assertThat(ords).containsExactlyElementsOf(numbers.stream().map(x -> x - 1).toList());
          assertThat(fields.get(1)).isEqualTo(ApkgExporter.html(i.explanation()));
        } else {
          assertThat(ords).containsExactly(0);
          assertThat(fields.get(3)).isEqualTo(ApkgExporter.html(i.explanation()));
          if (i.type().isChoice()) {
            assertThat(fields.get(2)).startsWith(i.answerLetters());
            for (String o : i.options()) {
              assertThat(fields.get(1)).contains(ApkgExporter.html(o));
            }
          } else {
            assertThat(fields.get(2)).isEqualTo(i.answers().get(0));
          }
        }
      }
      Note hostile = notes.stream().filter(n -> byGuid.get(n.guid).id().equals("evil")).findFirst().orElseThrow();
      assertThat(hostile.flds).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
      int orphans = row(c, "SELECT count(*) FROM cards WHERE nid NOT IN (SELECT id FROM notes)", rs -> rs.getInt(1));
      assertThat(orphans).isZero();
    }
  }

  @Test
  void guidsStayTheSameAcrossRunsAndTheNewerPackageIsNewer(@TempDir Path dir) throws Exception {
    List<Item> items = items();
    Package first = write(items, dir.resolve("first"), FIRST);
    Package second = write(items, dir.resolve("second"), FIRST.plusSeconds(3600));
    Map<String, String> a;
    Map<String, String> b;
    long modA;
    long modB;
    try (Connection c = first.open()) {
      a = guidToFields(c);
      modA = row(c, "SELECT max(mod) FROM notes", rs -> rs.getLong(1));
    }
    try (Connection c = second.open()) {
      b = guidToFields(c);
      modB = row(c, "SELECT min(mod) FROM notes", rs -> rs.getLong(1));
    }
    assertThat(b).isEqualTo(a);
    assertThat(a).hasSize(items.size());
    // Anki updates a note with a known guid only when the incoming note is newer.
    assertThat(modB).isGreaterThan(modA);
    assertThat(ApkgExporter.guid("a")).isNotEqualTo(ApkgExporter.guid("b"));
  }

  @Test
  void aFillInWhoseBlanksAndAnswersDisagreeIsReported(@TempDir Path dir) throws Exception {
    ItemSource src = new ItemSource("d.txt", "t", 0, "s", 0, 1);
    List<String> notes = new ArrayList<>();
    List<Item> items = List.of(
        new Item("x", ItemType.FILL_BLANK, "formula", "甲________乙________。", List.of(), List.of("一"), "e", 1, "r", src),
        new Item("y", ItemType.FILL_BLANK, "formula", "没有空。", List.of(), List.of("一"), "e", 1, "r", src));
    new ApkgExporter(Clock.fixed(FIRST, ZoneOffset.UTC)).export(new ExportRequest(items, dir, "t", "t", 7, 1,
        ExportFixtures.templates(), Map.of(), notes::add));
    assertThat(notes).hasSize(2);
    assertThat(notes.get(0)).contains("x", "1 answers");
    assertThat(notes.get(1)).contains("y", "no blank");
    assertThat(ApkgExporter.cloze("甲________乙________。", List.of("一")).html()).isEqualTo("甲{{c1::一}}乙________。");
  }

  @Test
  void seedItemsMakeOneNotePerItem(@TempDir Path dir) throws Exception {
    List<Item> items = ExportFixtures.items(24);
    Package p = write(items, dir, FIRST);
    try (Connection c = p.open()) {
      assertThat(notes(c)).hasSize(items.size());
      int blanks = items.stream().filter(i -> i.type() == ItemType.FILL_BLANK).mapToInt(i -> i.answers().size()).sum();
      long others = items.stream().filter(i -> i.type() != ItemType.FILL_BLANK).count();
      long cards = row(c, "SELECT count(*) FROM cards", rs -> rs.getLong(1));
      assertThat(cards).isEqualTo(blanks + others);
    }
  }

  static List<Item> items() {
    ItemSource src = new ItemSource("004_report.txt", "二十大报告", 3, "原句", 10, 40);
    return List.of(
        new Item("fb2", ItemType.FILL_BLANK, "formula", "坚持________、________，推进中国式现代化。",
            List.of(), List.of("守正创新", "问题导向"), "原文：坚持守正创新、问题导向。", 0.9, "test", src),
        new Item("fb1", ItemType.FILL_BLANK, "definition", "________是中国式现代化的本质要求之一。",
            List.of(), List.of("全过程人民民主"), "原文：全过程人民民主是…", 0.8, "test", src),
        new Item("sc1", ItemType.SINGLE_CHOICE, "numeric", "应出席代表（　　）。",
            List.of("2556人", "2956人", "3356人", "2756人"), List.of("2956人"), "原文：应出席代表2956人。", 0.7, "test",
            src),
        new Item("mc1", ItemType.MULTIPLE_CHOICE, "formula", "“四个意识”包括（　　）。",
            List.of("政治意识", "大局意识", "核心意识", "忧患意识"), List.of("政治意识", "大局意识", "核心意识"),
            "原文：…", 0.6, "test", src),
        new Item("tf1", ItemType.TRUE_FALSE, "definition", "全过程人民民主是社会主义民主政治的本质属性。",
            List.of(), List.of("正确"), "原文：…", 0.5, "test", src),
        new Item("evil", ItemType.TRUE_FALSE, "definition", "<script>alert(1)</script>是一句话。",
            List.of(), List.of("错误"), "<b>原文</b>", 0.4, "test", src));
  }

  private static Package write(List<Item> items, Path dir, Instant at) throws Exception {
    new ApkgExporter(Clock.fixed(at, ZoneOffset.UTC)).export(
        new ExportRequest(items, dir, "测验", "二十大报告测验", 7, 1, ExportFixtures.templates()));
    Path file = dir.resolve("测验.apkg");
    Map<String, byte[]> entries = new TreeMap<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file), StandardCharsets.UTF_8)) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        entries.put(e.getName(), zip.readAllBytes());
      }
    }
    Path db = dir.resolve("unzipped.anki2");
    Files.write(db, entries.get("collection.anki2"));
    return new Package(entries, db);
  }

  record Package(Map<String, byte[]> entries, Path db) {
    Connection open() throws Exception {
      return DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
    }
  }

  record Note(long id, String guid, long mid, String tags, String flds, String sfld, long csum) {}

  private static List<Note> notes(Connection c) throws Exception {
    List<Note> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT id, guid, mid, tags, flds, sfld, csum FROM notes ORDER BY id")) {
      while (rs.next()) {
        out.add(new Note(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getLong(7)));
      }
    }
    return out;
  }

  private static Map<String, String> guidToFields(Connection c) throws Exception {
    Map<String, String> m = new TreeMap<>();
    notes(c).forEach(n -> m.put(n.guid, n.flds));
    return m;
  }

  private static List<Integer> cardOrds(Connection c, long noteId, long deckId) throws Exception {
    List<Integer> ords = new ArrayList<>();
    try (var ps = c.prepareStatement("SELECT ord, did FROM cards WHERE nid = ? ORDER BY ord")) {
      ps.setLong(1, noteId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          assertThat(rs.getLong(2)).isEqualTo(deckId);
          ords.add(rs.getInt(1));
        }
      }
    }
    return ords;
  }

  private static List<String> columns(Connection c, String table) throws Exception {
    List<String> cols = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
      while (rs.next()) {
        cols.add(rs.getString("name"));
      }
    }
    return cols;
  }

  private static JsonNode find(JsonNode byId, String key, String value) {
    TreeSet<String> seen = new TreeSet<>();
    for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) byId::fields) {
      // Anki keys each object by its id: the key and the id inside must agree.
      assertThat(e.getValue().get("id").asText()).isEqualTo(e.getKey());
      seen.add(e.getValue().get(key).asText());
      if (e.getValue().get(key).asText().equals(value)) {
        return e.getValue();
      }
    }
    throw new AssertionError(value + " not found among " + seen);
  }

  private static List<String> fieldNames(JsonNode model) {
    List<String> names = new ArrayList<>();
    model.get("flds").forEach(f -> names.add(f.get("name").asText()));
    for (int k = 0; k < names.size(); k++) {
      assertThat(model.get("flds").get(k).get("ord").asInt()).isEqualTo(k);
    }
    return names;
  }

  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet rs) throws Exception;
  }

  private static <T> T row(Connection c, String sql, RowReader<T> reader) throws Exception {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).as(sql).isTrue();
      return reader.read(rs);
    }
  }
}
