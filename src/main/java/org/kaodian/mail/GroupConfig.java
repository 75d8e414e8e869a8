package org.kaodian.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
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
 * A study group's settings, read from a YAML group file and checked before anything is sent: every
 * problem is reported with the file and line.
 *
 * @param file the group file
 * @param group the group's name
 * @param from the sender address
 * @param members who receives the quiz
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
 */
public record GroupConfig(Path file, String group, String from, List<Member> members, List<String> inputs,
    int itemsPerWeek, List<ItemType> types, DayOfWeek day, LocalTime time, ZoneId zone, Smtp smtp, String store,
    Path outbox, long seed) {

  /** One recipient. */
  public record Member(String name, String email) {}

  /** How to reach the SMTP server; the password comes from an environment variable or a file only. */
  public record Smtp(String host, int port, String security, String user, String passwordEnv, Path passwordFile,
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
    String from = reader.address(top.get("from"), "from");
    List<Member> members = new ArrayList<>();
    if (top.get("members") instanceof SequenceNode seq) {
      for (Node m : seq.getValue()) {
        if (m instanceof MappingNode mm) {
          Map<String, Node> fields = reader.mapping(mm, MEMBER_KEYS, "members.");
          String name = reader.text(fields, "name", "", false);
          String email = reader.address(fields.get("email"), "members.email");
          if (email != null) {
            members.add(new Member(name, email));
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
      members.addAll(roster(roster, reader, top.get("roster")));
    }
    if (members.isEmpty() && problems.isEmpty()) {
      problems.add(file + ": the group has no members (add members: or roster:)");
    }
    List<String> inputs = new ArrayList<>();
    Node in = top.get("inputs");
    if (in instanceof SequenceNode s) {
      s.getValue().forEach(n -> inputs.add(reader.scalar(n)));
    } else if (in instanceof ScalarNode sc) {
      inputs.add(sc.getValue());
    } else {
      inputs.add("seeds");
    }
    int perWeek = reader.integer(top, "items_per_week", 5, 1, 100);
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
    DayOfWeek day = DayOfWeek.MONDAY;
    LocalTime time = LocalTime.of(8, 0);
    ZoneId zone = ZoneId.of("Asia/Shanghai");
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
      String security = reader.text(s, "security", "starttls", false).toLowerCase(Locale.ROOT);
      if (!Set.of("starttls", "ssl", "none").contains(security)) {
        problems.add(reader.at(s.get("security")) + "smtp.security must be starttls, ssl or none");
      }
      int defaultPort = security.equals("ssl") ? 465 : security.equals("none") ? 25 : 587;
      String pwFile = reader.text(s, "password_file", null, false);
      smtp = new Smtp(reader.text(s, "host", null, true), reader.integer(s, "port", defaultPort, 1, 65535), security,
          reader.text(s, "user", null, false), reader.text(s, "password_env", null, false),
          pwFile == null ? null : file.toAbsolutePath().getParent().resolve(pwFile),
          reader.integer(s, "retries", 3, 0, 10), reader.integer(s, "retry_delay_ms", 2000, 0, 600000),
          reader.integer(s, "timeout_ms", 30000, 100, 600000));
    }
    String store = reader.text(top, "store", "exports/kaodian.db", false);
    String outboxDir = reader.text(top, "outbox", "exports/outbox", false);
    long seed = reader.integer(top, "seed", 7, Integer.MIN_VALUE, Integer.MAX_VALUE);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new GroupConfig(file, group, from, List.copyOf(members), List.copyOf(inputs), perWeek, List.copyOf(types),
        day, time, zone, smtp, store, Path.of(outboxDir).resolve(safeName(group)), seed);
  }

  /** A folder name for the group: characters file systems disallow become '-'. */
  static String safeName(String group) {
    return group.replaceAll("[\\\\/:*?\"<>|\\s]+", "-");
  }

  private static List<Member> roster(Path csv, Fields reader, Node at) {
    List<Member> out = new ArrayList<>();
    try (var r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
        String name = rec.isMapped("name") ? rec.get("name") : "";
        String email = rec.isMapped("email") ? rec.get("email") : "";
        String where = csv + ":" + (rec.getRecordNumber() + 1) + ": ";
        if (name.matches("(?s).*[\\r\\n].*")) {
          reader.problems.add(where + "line break in a name");
        } else {
          try {
            new InternetAddress(email, true).validate();
            out.add(new Member(name.strip(), email.strip()));
          } catch (AddressException e) {
            reader.problems.add(where + "invalid e-mail address '" + email + "'");
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      reader.problems.add(reader.at(at) + "cannot read roster " + csv + " (a CSV with name,email columns): " + e.getMessage());
    }
    return out;
  }

  /** Reads values from YAML nodes, noting every problem with file and line. */
  private static final class Fields {
    private final Path file;
    private final List<String> problems;

    Fields(Path file, List<String> problems) {
      this.file = file;
      this.problems = problems;
    }

    String at(Node n) {
      return file + ":" + (n == null ? 0 : n.getStartMark().getLine() + 1) + ": ";
    }

    Map<String, Node> mapping(MappingNode map, Set<String> allowed, String prefix) {
      Map<String, Node> out = new LinkedHashMap<>();
      for (NodeTuple t : map.getValue()) {
        String key = scalar(t.getKeyNode());
        if (!allowed.contains(key)) {
          problems.add(at(t.getKeyNode()) + "unknown key '" + prefix + key + "' (known: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
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

    String address(Node n, String key) {
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
        new InternetAddress(v, true).validate();
        return v.strip();
      } catch (AddressException e) {
        problems.add(at(n) + "invalid e-mail address '" + v + "' in " + key);
        return null;
      }
    }
  }
}
