package org.kaodian.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kaodian.item.ItemType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A study group's settings, read from a YAML group file (and its roster) into typed values and
 * checked before anything is sent: every problem is reported with the file and line.
 *
 * @param file the group file
 * @param group the group's name
 * @param from the sender: address, and display name when the file gives one
 * @param members who receives the quiz, one per identity, in file order
 * @param inputs files or folders the questions come from (relative to the working folder)
 * @param itemsPerWeek how many questions a week
 * @param types which item types
 * @param day send day
 * @param time send time
 * @param zone time zone of day and time
 * @param smtp SMTP settings, or null to write .eml files to the outbox
 * @param store SQLite file, or a JDBC URL when it starts with {@code jdbc:}
 * @param outbox folder for .eml files when there is no SMTP server
 * @param seed seed for choosing and shuffling
 * @param warnings things merged or ignored on the way, each with file and line
 */
public record GroupConfig(Path file, String group, InternetAddress from, List<Member> members, List<String> inputs,
    int itemsPerWeek, List<ItemType> types, DayOfWeek day, LocalTime time, ZoneId zone, Smtp smtp, String store,
    Path outbox, long seed, List<String> warnings) {

  public static final List<String> DEFAULT_INPUTS = List.of("seeds");
  public static final int DEFAULT_ITEMS_PER_WEEK = 5;
  public static final DayOfWeek DEFAULT_DAY = DayOfWeek.MONDAY;
  public static final LocalTime DEFAULT_TIME = LocalTime.of(8, 0);
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
  public static final String DEFAULT_STORE = "exports/kaodian.db";
  public static final String DEFAULT_OUTBOX = "exports/outbox";
  public static final int DEFAULT_SEED = 7;
  public static final Security DEFAULT_SECURITY = Security.STARTTLS;
  public static final int DEFAULT_RETRIES = 3;
  public static final int DEFAULT_RETRY_DELAY_MS = 2000;
  public static final int DEFAULT_TIMEOUT_MS = 30_000;

  @Override
  public InternetAddress from() {
    return (InternetAddress) from.clone();
  }

  /** The sender's bare address. */
  public String fromAddress() {
    return from.getAddress();
  }

  /** One recipient: a display name (maybe empty), one mailbox, and where in which file it was given. */
  public record Member(String name, InternetAddress address, String where) {
    @Override
    public InternetAddress address() {
      return (InternetAddress) address.clone();
    }

    /** The bare address as written (case kept). */
    public String email() {
      return address.getAddress();
    }

    /** Who this member is for the send log: the address with case ignored. */
    public String id() {
      return Mailbox.identity(address);
    }
  }

  /** How the connection to the SMTP server is protected. */
  public enum Security {
    STARTTLS(587), SSL(465), NONE(25);

    private final int defaultPort;

    Security(int defaultPort) {
      this.defaultPort = defaultPort;
    }

    /** The port used when the group file names none. */
    public int defaultPort() {
      return defaultPort;
    }

    /** The group file's spelling: starttls, ssl, none. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Security fromKey(String key) {
      for (Security s : values()) {
        if (s.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
          return s;
        }
      }
      throw new IllegalArgumentException("smtp.security must be "
          + Arrays.stream(values()).map(Security::key).collect(Collectors.joining(", ")).replaceFirst(", (\\w+)$", " or $1"));
    }
  }

  /** How to reach the SMTP server; the password comes from an environment variable or a file only. */
  public record Smtp(String host, int port, Security security, String user, String passwordEnv, Path passwordFile,
      int retries, long retryDelayMillis, int timeoutMillis) {
    /** Reads the password; never printed, never taken from the command line. */
    public String password() throws IOException {
      if (passwordEnv != null) {
        String p = System.getenv(passwordEnv);
        if (p == null) {
          throw new IOException("environment variable " + passwordEnv + " (smtp.password_env) is not set");
        }
        return p;
      }
      if (passwordFile != null) {
        return Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
      }
      return null;
    }
  }

  private static final Set<String> TOP_KEYS = Set.of("group", "from", "members", "roster", "inputs", "items_per_week",
      "types", "send", "smtp", "store", "outbox", "seed");
  private static final Set<String> SEND_KEYS = Set.of("day", "time", "zone");
  private static final Set<String> SMTP_KEYS = Set.of("host", "port", "security", "user", "password_env",
      "password_file", "retries", "retry_delay_ms", "timeout_ms");
  private static final Set<String> MEMBER_KEYS = Set.of("name", "email");

  /** Reads and checks a group file. */
  public static GroupConfig load(Path file) throws ConfigException {
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Node root;
    try (java.io.Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      root = new Yaml(new LoaderOptions()).compose(r);
    } catch (IOException e) {
      throw new ConfigException(List.of(file + ": cannot read group file: " + e.getMessage()));
    } catch (RuntimeException e) {
      throw new ConfigException(List.of(file + ": not valid YAML: " + e.getMessage().replace('\n', ' ')));
    }
    if (!(root instanceof MappingNode map)) {
      throw new ConfigException(List.of(file + ": the group file must be a YAML mapping (key: value lines)"));
    }
    Fields reader = new Fields(file, problems);
    Map<String, Node> top = reader.mapping(map, TOP_KEYS, "");
    String group = reader.text(top, "group", null, true);
    InternetAddress from = reader.address(top.get("from"), "from");
    Members members = new Members(warnings);
    if (top.get("members") instanceof SequenceNode seq) {
      for (Node m : seq.getValue()) {
        if (m instanceof MappingNode mm) {
          Map<String, Node> fields = reader.mapping(mm, MEMBER_KEYS, "members.");
          String name = reader.text(fields, "name", "", false);
          InternetAddress email = reader.address(fields.get("email"), "members.email");
          if (email != null) {
            members.add(name, email, reader.where(m));
          }
        } else {
          problems.add(reader.at(m) + "each member needs name and email: {name: 张三, email: zhangsan@example.org}");
        }
      }
    } else if (top.containsKey("members")) {
      problems.add(reader.at(top.get("members")) + "members must be a list");
    }
    if (top.containsKey("roster")) {
      Path roster = file.toAbsolutePath().getParent().resolve(reader.text(top, "roster", "", true));
      roster(roster, reader, top.get("roster"), members);
    }
    if (members.byId.isEmpty() && problems.isEmpty()) {
      problems.add(file + ": the group has no members (add members: or roster:)");
    }
    List<String> inputs = new ArrayList<>();
    Node in = top.get("inputs");
    if (in instanceof SequenceNode s) {
      s.getValue().forEach(n -> inputs.add(reader.scalar(n)));
    } else if (in instanceof ScalarNode sc) {
      inputs.add(sc.getValue());
    } else {
      inputs.addAll(DEFAULT_INPUTS);
    }
    int perWeek = reader.integer(top, "items_per_week", DEFAULT_ITEMS_PER_WEEK, 1, 100);
    List<ItemType> types = new ArrayList<>();
    if (top.get("types") instanceof SequenceNode s) {
      for (Node n : s.getValue()) {
        try {
          types.add(ItemType.fromId(reader.scalar(n)));
        } catch (IllegalArgumentException e) {
          problems.add(reader.at(n) + e.getMessage());
        }
      }
    } else {
      types.addAll(List.of(ItemType.values()));
    }
    DayOfWeek day = DEFAULT_DAY;
    LocalTime time = DEFAULT_TIME;
    ZoneId zone = DEFAULT_ZONE;
    if (top.get("send") instanceof MappingNode sm) {
      Map<String, Node> send = reader.mapping(sm, SEND_KEYS, "send.");
      try {
        if (send.containsKey("day")) {
          day = DayOfWeek.valueOf(reader.scalar(send.get("day")).toUpperCase(Locale.ROOT));
        }
      } catch (IllegalArgumentException e) {
        problems.add(reader.at(send.get("day")) + "send.day must be MONDAY … SUNDAY");
      }
      try {
        if (send.containsKey("time")) {
          time = LocalTime.parse(reader.scalar(send.get("time")));
        }
      } catch (RuntimeException e) {
        problems.add(reader.at(send.get("time")) + "send.time must look like \"08:00\"");
      }
      try {
        if (send.containsKey("zone")) {
          zone = ZoneId.of(reader.scalar(send.get("zone")));
        }
      } catch (RuntimeException e) {
        problems.add(reader.at(send.get("zone")) + "send.zone must be a time zone such as Asia/Shanghai");
      }
    }
    Smtp smtp = null;
    if (top.get("smtp") instanceof MappingNode sm) {
      Map<String, Node> s = reader.mapping(sm, SMTP_KEYS, "smtp.");
      Security security = DEFAULT_SECURITY;
      if (s.containsKey("security")) {
        try {
          security = Security.fromKey(reader.text(s, "security", DEFAULT_SECURITY.key(), false));
        } catch (IllegalArgumentException e) {
          problems.add(reader.at(s.get("security")) + e.getMessage());
        }
      }
      String pwFile = reader.text(s, "password_file", null, false);
      smtp = new Smtp(reader.text(s, "host", null, true), reader.integer(s, "port", security.defaultPort(), 1, 65535),
          security, reader.text(s, "user", null, false), reader.text(s, "password_env", null, false),
          pwFile == null ? null : file.toAbsolutePath().getParent().resolve(pwFile),
          reader.integer(s, "retries", DEFAULT_RETRIES, 0, 10),
          reader.integer(s, "retry_delay_ms", DEFAULT_RETRY_DELAY_MS, 0, 600000),
          reader.integer(s, "timeout_ms", DEFAULT_TIMEOUT_MS, 100, 600000));
    }
    String store = reader.text(top, "store", DEFAULT_STORE, false);
    String outboxDir = reader.text(top, "outbox", DEFAULT_OUTBOX, false);
    long seed = reader.integer(top, "seed", DEFAULT_SEED, Integer.MIN_VALUE, Integer.MAX_VALUE);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new GroupConfig(file, group, from, List.copyOf(members.byId.values()), List.copyOf(inputs), perWeek,
        List.copyOf(types), day, time, zone, smtp, store, Path.of(outboxDir).resolve(safeName(group)), seed,
        List.copyOf(warnings));
  }

  /** A folder name for the group: characters file systems disallow become '-'. */
  static String safeName(String group) {
    return group.replaceAll("[\\\\/:*?\"<>|\\s]+", "-");
  }

  /** Members by identity; a second entry for the same identity is merged into the first with a warning. */
  private static final class Members {
    final Map<String, Member> byId = new LinkedHashMap<>();
    final List<String> warnings;

    Members(List<String> warnings) {
      this.warnings = warnings;
    }

    void add(String name, InternetAddress mailbox, String where) {
      // A display name in the address ("张三 <a@b>") stands when no separate name is given.
      String display = name == null || name.isBlank() ? nullToEmpty(mailbox.getPersonal()) : name.strip();
      Member m = new Member(display, Mailbox.of(mailbox.getAddress(), display), where);
      Member first = byId.putIfAbsent(m.id(), m);
      if (first != null) {
        warnings.add(where + ": " + m.email() + " is the same member as " + first.email() + " at " + first.where()
            + " (addresses are compared ignoring case); merged, keeping " + first.where());
      }
    }

    private static String nullToEmpty(String s) {
      return s == null ? "" : s;
    }
  }

  private static void roster(Path csv, Fields reader, Node at, Members members) {
    String text;
    try {
      text = Files.readString(csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      reader.problems.add(reader.at(at) + "cannot read roster " + csv + " (a CSV with name,email columns): " + e.getMessage());
      return;
    }
    if (text.startsWith("\uFEFF")) {
      text = " " + text.substring(1); // a spreadsheet's byte-order mark; a blank keeps the offsets
    }
    // Record numbers skip empty lines; offsets do not, so problems name the line an editor shows.
    int[] lineStarts = lineStarts(text);
    try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build()
        .parse(new StringReader(text))) {
      if (!parser.getHeaderMap().containsKey("email")) {
        reader.problems.add(csv + ":1: the roster needs an email column (header line: name,email)");
        return;
      }
      for (CSVRecord rec : parser) {
        String where = csv + ":" + lineOf(lineStarts, rec.getCharacterPosition());
        String name = rec.isMapped("name") && rec.isSet("name") ? rec.get("name") : "";
        String email = rec.isSet("email") ? rec.get("email") : "";
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
          reader.problems.add(where + ": line break or control character in a name");
          continue;
        }
        try {
          members.add(name, Mailbox.parse(email), where);
        } catch (AddressException e) {
          reader.problems.add(where + ": " + e.getMessage());
        }
      }
    } catch (IOException | RuntimeException e) {
      reader.problems.add(reader.at(at) + "cannot read roster " + csv + " (a CSV with name,email columns): " + e.getMessage());
    }
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The 1-based line holding character {@code offset}. */
  private static int lineOf(int[] lineStarts, long offset) {
    int i = Arrays.binarySearch(lineStarts, (int) offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** Reads values from YAML nodes, noting every problem with file and line. */
  private static final class Fields {
    private final Path file;
    private final List<String> problems;

    Fields(Path file, List<String> problems) {
      this.file = file;
      this.problems = problems;
    }

    String where(Node n) {
      return file + ":" + (n == null ? 0 : n.getStartMark().getLine() + 1);
    }

    String at(Node n) {
      return where(n) + ": ";
    }

    Map<String, Node> mapping(MappingNode map, Set<String> allowed, String prefix) {
      Map<String, Node> out = new LinkedHashMap<>();
      for (NodeTuple t : map.getValue()) {
        String key = scalar(t.getKeyNode());
        if (!allowed.contains(key)) {
          problems.add(at(t.getKeyNode()) + "unknown key '" + prefix + key + "' (known: "
              + String.join(", ", allowed.stream().sorted().toList()) + ")");
        } else {
          out.put(key, t.getValueNode());
        }
      }
      return out;
    }

    String scalar(Node n) {
      if (n instanceof ScalarNode s) {
        return s.getValue();
      }
      problems.add(at(n) + "expected a single value");
      return "";
    }

    String text(Map<String, Node> map, String key, String fallback, boolean required) {
      Node n = map.get(key);
      if (n == null) {
        if (required) {
          problems.add(file + ": missing required key '" + key + "'");
        }
        return fallback;
      }
      String v = scalar(n);
      if (v.matches("(?s).*[\\r\\n].*")) {
        problems.add(at(n) + "'" + key + "' must not contain a line break (it would end up in a mail header)");
      }
      return v;
    }

    int integer(Map<String, Node> map, String key, int fallback, int min, int max) {
      Node n = map.get(key);
      if (n == null) {
        return fallback;
      }
      try {
        int v = Integer.parseInt(scalar(n).strip());
        if (v < min || v > max) {
          problems.add(at(n) + key + " must be between " + min + " and " + max);
        }
        return v;
      } catch (NumberFormatException e) {
        problems.add(at(n) + key + " must be a whole number");
        return fallback;
      }
    }

    InternetAddress address(Node n, String key) {
      if (n == null) {
        problems.add(file + ": missing required key '" + key + "'");
        return null;
      }
      String v = scalar(n);
      if (v.matches("(?s).*[\\r\\n].*")) {
        problems.add(at(n) + key + " must not contain a line break (header injection)");
        return null;
      }
      try {
        return Mailbox.parse(v);
      } catch (AddressException e) {
        problems.add(at(n) + e.getMessage() + " in " + key);
        return null;
      }
    }
  }
}
