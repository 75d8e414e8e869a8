package org.kaodian.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.nodes.Entities;
import org.kaodian.item.Item;
import org.kaodian.item.ItemType;
import org.kaodian.render.Templates;

/**
 * Anki package ({@code <name>.apkg}): a legacy schema-11 collection with kaodian's own two note
 * types, which Anki, AnkiDroid and AnkiMobile import by opening the file.
 */
public final class ApkgExporter implements Exporter {
  public static final String CLOZE_TYPE = "kaodian 填空";
  public static final String QUESTION_TYPE = "kaodian 题目";
  public static final List<String> CLOZE_FIELDS = List.of("文本", "解析", "出处");
  public static final List<String> QUESTION_FIELDS = List.of("题干", "选项", "答案", "解析", "出处");
  /** Phones rarely have the desktop CJK fonts; this stack finds a good one on each platform. */
  public static final String FONT_STACK =
      "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"思源黑体\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif";
  /**
   * Note type ids are fixed: Anki matches an imported note type to the one already in the
   * collection by id (and field and template names), so a re-import reuses it.
   */
  static final long CLOZE_TYPE_ID = 1764547200001L;
  static final long QUESTION_TYPE_ID = 1764547200002L;
  static final long DEFAULT_DECK_ID = 1L;
  static final long DEFAULT_CONF_ID = 1L;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern BLANK = Pattern.compile("_{3,}");
  private static final char FIELD_SEPARATOR = '\u001f';
  // Anki's own guid alphabet (base 91 of the printable ASCII that needs no quoting in its search syntax).
  private static final String BASE91 =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

  private final Clock clock;

  public ApkgExporter() {
    this(Clock.systemUTC());
  }

  /** The clock stamps notes: Anki updates an existing note on re-import only when the incoming one is newer. */
  public ApkgExporter(Clock clock) {
    this.clock = clock;
  }

  @Override
  public List<Path> export(ExportRequest r) throws IOException {
    Path file = r.dir().resolve(r.name() + ".apkg");
    Path db = Files.createTempFile("kaodian-", ".anki2");
    try {
      writeCollection(db, r);
      byte[] collection = Files.readAllBytes(db);
      long millis = clock.millis();
      AtomicFiles.write(file, out -> {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
          entry(zip, "collection.anki2", collection, millis);
          // No pictures or sounds: an empty media map, as Anki writes for a text-only deck.
          entry(zip, "media", "{}".getBytes(StandardCharsets.UTF_8), millis);
        }
      });
    } finally {
      Files.deleteIfExists(db);
    }
    return List.of(file);
  }

  private static void entry(ZipOutputStream zip, String name, byte[] content, long millis) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTime(millis);
    zip.putNextEntry(e);
    zip.write(content);
    zip.closeEntry();
  }

  private void writeCollection(Path db, ExportRequest r) throws IOException {
    long millis = clock.millis();
    long secs = millis / 1000;
    String deckName = r.setting("apkg.deck", r.title());
    long deckId = deckId(deckName);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String sql : schema()) {
          s.executeUpdate(sql);
        }
      }
      try (PreparedStatement col = c.prepareStatement("INSERT INTO col VALUES (1,?,?,?,11,0,0,0,?,?,?,?,'{}')")) {
        col.setLong(1, secs - secs % 86400);
        col.setLong(2, millis);
        col.setLong(3, millis);
        col.setString(4, JSON.writeValueAsString(conf(deckId)));
        col.setString(5, JSON.writeValueAsString(models(r.templates(), deckId, secs)));
        col.setString(6, JSON.writeValueAsString(decks(deckId, deckName, secs)));
        col.setString(7, JSON.writeValueAsString(Map.of(String.valueOf(DEFAULT_CONF_ID), deckConf(secs))));
        col.executeUpdate();
      }
      writeNotes(c, r, deckId, millis, secs);
      c.commit();
    } catch (SQLException e) {
      throw new IOException("cannot write the Anki collection: " + e.getMessage(), e);
    }
  }

  private static void writeNotes(Connection c, ExportRequest r, long deckId, long millis, long secs)
      throws SQLException {
    Templates t = r.templates();
    List<String> trueFalse = t.trueFalseWords();
    Set<String> guids = new HashSet<>();
    try (PreparedStatement note = c.prepareStatement("INSERT INTO notes VALUES (?,?,?,?,-1,?,?,?,?,0,'')");
        PreparedStatement card = c.prepareStatement(
            "INSERT INTO cards VALUES (?,?,?,?,?,-1,0,0,?,0,0,0,0,0,0,0,0,'')")) {
      long id = millis;
      int position = 0;
      for (Item i : r.items()) {
        String guid = guid(i.id());
        if (!guids.add(guid)) {
          r.notes().accept("apkg: item " + i.id() + " appears twice; the package has it once");
          continue;
        }
        List<String> fields;
        long typeId;
        int cards;
        if (i.type() == ItemType.FILL_BLANK) {
          Cloze cloze = cloze(i.stem(), i.answers());
          if (cloze.count() == 0) {
            r.notes().accept("apkg: fill-in " + i.id() + " has no blank (____) in its stem; left out of the package");
            continue;
          }
          if (cloze.count() != i.answers().size() || BLANK.matcher(cloze.html()).find()) {
            r.notes().accept("apkg: fill-in " + i.id() + " has " + i.answers().size() + " answers for a different"
                + " number of blanks; " + cloze.count() + " became clozes");
          }
          fields = List.of(cloze.html(), html(i.explanation()), html(source(i)));
          typeId = CLOZE_TYPE_ID;
          cards = cloze.count();
        } else {
          fields = List.of(html(i.stem()), options(i, trueFalse), html(answer(i)), html(i.explanation()),
              html(source(i)));
          typeId = QUESTION_TYPE_ID;
          cards = 1;
        }
        long noteId = id++;
        String sortField = plain(fields.get(0));
        note.setLong(1, noteId);
        note.setString(2, guid);
        note.setLong(3, typeId);
        note.setLong(4, secs);
        note.setString(5, " " + String.join(" ", tags(i)) + " ");
        note.setString(6, String.join(String.valueOf(FIELD_SEPARATOR), fields));
        note.setString(7, sortField);
        note.setLong(8, checksum(sortField));
        note.executeUpdate();
        position++;
        // A cloze note has one card per cloze number (ord = number - 1); a question note one card.
        for (int ord = 0; ord < cards; ord++) {
          card.setLong(1, id++);
          card.setLong(2, noteId);
          card.setLong(3, deckId);
          card.setInt(4, ord);
          card.setLong(5, secs);
          card.setInt(6, position);
          card.executeUpdate();
        }
      }
    }
  }

  /** The stem with one numbered cloze per blank, and how many clozes it has. */
  record Cloze(String html, int count) {}

  static Cloze cloze(String stem, List<String> answers) {
    Matcher m = BLANK.matcher(stem);
    StringBuilder sb = new StringBuilder();
    int k = 0;
    int last = 0;
    while (m.find() && k < answers.size()) {
      sb.append(html(stem.substring(last, m.start())));
      // "}}" and "::" inside an answer would end the cloze or start a hint: break them up.
      String answer = html(answers.get(k)).replace("}}", "} }").replace("::", ": :");
      k++;
      sb.append("{{c").append(k).append("::").append(answer).append("}}");
      last = m.end();
    }
    sb.append(html(stem.substring(last)));
    return new Cloze(sb.toString(), k);
  }

  private static String options(Item i, List<String> trueFalse) {
    if (i.type() == ItemType.TRUE_FALSE) {
      return html(String.join(" / ", trueFalse));
    }
    List<String> lines = new ArrayList<>();
    for (int k = 0; k < i.options().size(); k++) {
      lines.add((char) ('A' + k) + ". " + html(i.options().get(k)));
    }
    return String.join("<br>", lines);
  }

  private static String answer(Item i) {
    if (i.type().isChoice()) {
      return i.answerLetters() + "（" + String.join("、", i.answers()) + "）";
    }
    return String.join("；", i.answers());
  }

  private static String source(Item i) {
    return i.source().title().isBlank() ? i.source().document() : "《" + i.source().title() + "》";
  }

  /** Tags for the browser's sidebar: kaodian::type::…, kaodian::kind::…, kaodian::doc::… (no spaces in a tag). */
  static List<String> tags(Item i) {
    String doc = i.source().document().replaceFirst("\\.[^.]+$", "");
    List<String> tags = new ArrayList<>();
    tags.add("kaodian::type::" + i.type().id());
    if (!i.kind().isBlank()) {
      tags.add("kaodian::kind::" + tag(i.kind()));
    }
    if (!doc.isBlank()) {
      tags.add("kaodian::doc::" + tag(doc));
    }
    return tags;
  }

  private static String tag(String s) {
    return s.strip().replaceAll("[\\s\"]+", "_");
  }

  /** HTML for a field: escaped, line breaks as {@code <br>}. */
  static String html(String s) {
    return Entities.escape(s).replace("\r", "").replace("\n", "<br>");
  }

  /** The field as Anki's sort field and checksum see it: tags removed, entities decoded. */
  static String plain(String html) {
    return org.jsoup.parser.Parser.unescapeEntities(html.replaceAll("<[^>]*>", ""), false);
  }

  /** Anki's duplicate checksum: the first 8 hex digits of the SHA-1 of the plain first field. */
  static long checksum(String plain) {
    byte[] d = digest("SHA-1", plain);
    return ((d[0] & 0xffL) << 24) | ((d[1] & 0xffL) << 16) | ((d[2] & 0xffL) << 8) | (d[3] & 0xffL);
  }

  /** The note's guid: derived from the item id only, so the same item keeps its note across packages. */
  public static String guid(String itemId) {
    BigInteger n = new BigInteger(1, java.util.Arrays.copyOf(digest("SHA-256", "kaodian:" + itemId), 8));
    StringBuilder sb = new StringBuilder();
    BigInteger base = BigInteger.valueOf(BASE91.length());
    do {
      BigInteger[] qr = n.divideAndRemainder(base);
      sb.append(BASE91.charAt(qr[1].intValue()));
      n = qr[0];
    } while (n.signum() > 0);
    return sb.reverse().toString();
  }

  /** A deck id from the name, so every package of the same title goes to the same deck. */
  static long deckId(String name) {
    byte[] d = digest("SHA-256", "deck:" + name);
    long v = 0;
    for (int k = 0; k < 6; k++) {
      v = (v << 8) | (d[k] & 0xff);
    }
    return 1_000_000_000_000L + v % 1_000_000_000_000L;
  }

  private static byte[] digest(String algorithm, String text) {
    try {
      return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
  }

  private static List<String> schema() throws IOException {
    try (InputStream in = ApkgExporter.class.getResourceAsStream("anki-collection-v11.sql")) {
      if (in == null) {
        throw new IOException("anki-collection-v11.sql missing from the jar");
      }
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
      List<String> out = new ArrayList<>();
      for (String s : sql.split(";")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
      return out;
    }
  }

  private static Map<String, Object> conf(long deckId) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("activeDecks", List.of(deckId));
    m.put("curDeck", deckId);
    m.put("curModel", String.valueOf(CLOZE_TYPE_ID));
    m.put("addToCur", true);
    m.put("collapseTime", 1200);
    m.put("dueCounts", true);
    m.put("estTimes", true);
    m.put("newBury", true);
    m.put("newSpread", 0);
    m.put("nextPos", 1);
    m.put("sortBackwards", false);
    m.put("sortType", "noteFld");
    m.put("timeLim", 0);
    return m;
  }

  private static Map<String, Object> decks(long deckId, String name, long secs) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(String.valueOf(DEFAULT_DECK_ID), deck(DEFAULT_DECK_ID, "Default", secs));
    m.put(String.valueOf(deckId), deck(deckId, name, secs));
    return m;
  }

  private static Map<String, Object> deck(long id, String name, long secs) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("name", name);
    m.put("mod", secs);
    m.put("usn", -1);
    m.put("desc", "");
    m.put("dyn", 0);
    m.put("conf", DEFAULT_CONF_ID);
    m.put("collapsed", false);
    m.put("browserCollapsed", false);
    m.put("extendNew", 0);
    m.put("extendRev", 0);
    for (String k : List.of("newToday", "revToday", "lrnToday", "timeToday")) {
      m.put(k, List.of(0, 0));
    }
    return m;
  }

  /** Anki's default study options, written out because a schema-11 reader expects every key. */
  private static Map<String, Object> deckConf(long secs) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", DEFAULT_CONF_ID);
    m.put("mod", secs);
    m.put("name", "Default");
    m.put("usn", -1);
    m.put("maxTaken", 60);
    m.put("autoplay", true);
    m.put("timer", 0);
    m.put("replayq", true);
    m.put("dyn", false);
    m.put("new", Map.of("bury", false, "delays", List.of(1.0, 10.0), "initialFactor", 2500,
        "ints", List.of(1, 4, 0), "order", 1, "perDay", 20));
    m.put("rev", Map.of("bury", false, "ease4", 1.3, "ivlFct", 1.0, "maxIvl", 36500, "perDay", 200,
        "hardFactor", 1.2));
    m.put("lapse", Map.of("delays", List.of(10.0), "leechAction", 1, "leechFails", 8, "minInt", 1, "mult", 0.0));
    return m;
  }

  private static Map<String, Object> models(Templates t, long deckId, long secs) {
    String explanation = t.label("explanation", "解析");
    String source = t.label("source", "出处");
    String back = "{{#解析}}<div class=\"explanation\"><span class=\"label\">" + Entities.escape(explanation)
        + "</span>{{解析}}</div>{{/解析}}"
        + "{{#出处}}<div class=\"source\"><span class=\"label\">" + Entities.escape(source)
        + "</span>{{出处}}</div>{{/出处}}";
    Map<String, Object> cloze = model(CLOZE_TYPE_ID, CLOZE_TYPE, 1, CLOZE_FIELDS, "填空",
        "{{cloze:文本}}", "{{cloze:文本}}<hr id=\"answer\">" + back, deckId, secs);
    String answer = t.label("answer", "答案");
    Map<String, Object> question = model(QUESTION_TYPE_ID, QUESTION_TYPE, 0, QUESTION_FIELDS, "题目",
        "<div class=\"stem\">{{题干}}</div>{{#选项}}<div class=\"options\">{{选项}}</div>{{/选项}}",
        "{{FrontSide}}<hr id=\"answer\"><div class=\"answer\"><span class=\"label\">" + Entities.escape(answer)
            + "</span>{{答案}}</div>" + back, deckId, secs);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(String.valueOf(CLOZE_TYPE_ID), cloze);
    m.put(String.valueOf(QUESTION_TYPE_ID), question);
    return m;
  }

  private static Map<String, Object> model(long id, String name, int type, List<String> fields, String template,
      String qfmt, String afmt, long deckId, long secs) {
    List<Object> flds = new ArrayList<>();
    for (int k = 0; k < fields.size(); k++) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("name", fields.get(k));
      f.put("ord", k);
      f.put("sticky", false);
      f.put("rtl", false);
      f.put("font", "Noto Sans CJK SC");
      f.put("size", 20);
      f.put("media", List.of());
      flds.add(f);
    }
    Map<String, Object> tmpl = new LinkedHashMap<>();
    tmpl.put("name", template);
    tmpl.put("ord", 0);
    tmpl.put("qfmt", qfmt);
    tmpl.put("afmt", afmt);
    tmpl.put("bqfmt", "");
    tmpl.put("bafmt", "");
    tmpl.put("did", null);
    tmpl.put("bfont", "");
    tmpl.put("bsize", 0);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("name", name);
    m.put("type", type);
    m.put("mod", secs);
    m.put("usn", -1);
    m.put("sortf", 0);
    m.put("did", deckId);
    m.put("tmpls", List.of(tmpl));
    m.put("flds", flds);
    m.put("css", css());
    m.put("latexPre", "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n"
        + "\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n");
    m.put("latexPost", "\\end{document}");
    m.put("latexsvg", false);
    // The front needs its first field (题干 or 文本): without it Anki makes no card.
    m.put("req", List.of(List.of(0, "all", List.of(0))));
    m.put("tags", List.of());
    m.put("vers", List.of());
    return m;
  }

  private static String css() {
    return ".card { font-family: " + FONT_STACK + "; font-size: 20px; line-height: 1.7; text-align: left;"
        + " color: #1f2328; background: #fff; padding: 0 6px; }\n"
        + ".nightMode .card, .night_mode .card { color: #e6e6e6; background: #1e1e1e; }\n"
        + ".cloze { font-weight: bold; color: #0b57d0; }\n"
        + ".options { margin-top: .6em; }\n"
        + ".answer { font-weight: bold; color: #1a7f37; }\n"
        + ".explanation { margin-top: .6em; font-size: .9em; }\n"
        + ".source { margin-top: .4em; font-size: .8em; color: #6e7781; }\n"
        + ".label { margin-right: .5em; color: #6e7781; font-weight: normal; }\n";
  }
}
