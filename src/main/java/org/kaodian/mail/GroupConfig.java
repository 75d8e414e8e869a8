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
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kaodian.item.ItemType;

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
 * @param imap where members' replies are read, or null when the group does not collect replies
 * @param partialCredit whether a multiple-choice answer with some right letters and no wrong one earns part of the point
 */
public record GroupConfig(Path file, String group, InternetAddress from, List<Member> members, List<String> inputs,
    int itemsPerWeek, List<ItemType> types, DayOfWeek day, LocalTime time, ZoneId zone, Smtp smtp, String store,
    Path outbox, long seed, List<String> warnings, Imap imap, boolean partialCredit) {
  public static final String DEFAULT_FOLDER = "INBOX";

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

  /**
   * One recipient: a display name (maybe empty), one mailbox, where in which file it was given, and
   * whether the leaderboard may show the name ({@code leaderboard: false} shows 匿名).
   */
  public record Member(String name, InternetAddress address, String where, boolean leaderboard) {
    public Member(String name, InternetAddress address, String where) {
      this(name, address, where, true);
    }

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

  /** How to read replies from the group's mailbox over IMAP; the password as for SMTP. */
  public record Imap(String host, int port, Security security, String user, String passwordEnv, Path passwordFile,
      String folder, int timeoutMillis) {
    /** Reads the password; never printed, never taken from the command line. */
    public String password() throws IOException {
      if (passwordEnv != null) {
        String p = System.getenv(passwordEnv);
        if (p == null) {
          throw new IOException("environment variable " + passwordEnv + " (imap.password_env) is not set");
        }
        return p;
      }
      return passwordFile == null ? null : Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
    }

    /** IMAP's ports: 993 for ssl, 143 for starttls and none. */
    static int defaultPort(Security s) {
      return s == Security.SSL ? 993 : 143;
    }
  }

  /** Reads and checks a group file. */
  public static GroupConfig load(Path file) throws ConfigException {
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    GroupFile.Raw raw;
    try {
      raw = GroupFile.read(file, Files.readString(file, StandardCharsets.UTF_8), problems);
    } catch (IOException e) {
      throw new ConfigException(List.of(file + ": cannot read group file: " + e.getMessage()));
    }
    if (raw == null) {
      throw new ConfigException(problems);
    }
    Checks c = new Checks(file, problems);
    String group = c.text(raw.group, "group", null, true);
    InternetAddress from = c.address(raw.from, "from");
    Members members = new Members(warnings);
    for (GroupFile.RawMember m : GroupFile.present(raw.members)) {
      if (m.email == null) {
        problems.add(file + ":" + (m.name == null ? 0 : m.name.line()) + ": each member needs an email");
        continue;
      }
      InternetAddress email = c.address(m.email, "members.email");
      if (email != null) {
        members.add(c.text(m.name, "name", "", false), email, file + ":" + m.email.line(),
            c.bool(m.leaderboard, "members.leaderboard", true));
      }
    }
    if (raw.roster != null) {
      Path roster = file.toAbsolutePath().getParent().resolve(c.text(raw.roster, "roster", "", true));
      roster(roster, c, raw.roster, members);
    }
    if (members.byId.isEmpty() && problems.isEmpty()) {
      problems.add(file + ": the group has no members (add members: or roster:)");
    }
    List<String> inputs = GroupFile.present(raw.inputs).stream().map(GroupFile.Text::value).toList();
    int perWeek = c.integer(raw.itemsPerWeek, "items_per_week", DEFAULT_ITEMS_PER_WEEK, 1, 100);
    List<ItemType> types = new ArrayList<>();
    for (GroupFile.Text t : GroupFile.present(raw.types)) {
      try {
        types.add(ItemType.fromId(t.value()));
      } catch (IllegalArgumentException e) {
        problems.add(c.at(t) + e.getMessage());
      }
    }
    DayOfWeek day = DEFAULT_DAY;
    LocalTime time = DEFAULT_TIME;
    ZoneId zone = DEFAULT_ZONE;
    GroupFile.RawSend send = raw.send;
    if (send != null) {
      try {
        day = send.day == null ? day : DayOfWeek.valueOf(send.day.value().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(c.at(send.day) + "send.day must be MONDAY … SUNDAY");
      }
      try {
        time = send.time == null ? time : LocalTime.parse(send.time.value().strip());
      } catch (RuntimeException e) {
        problems.add(c.at(send.time) + "send.time must look like \"08:00\"");
      }
      try {
        zone = send.zone == null ? zone : ZoneId.of(send.zone.value().strip());
      } catch (RuntimeException e) {
        problems.add(c.at(send.zone) + "send.zone must be a time zone such as Asia/Shanghai");
      }
    }
    Smtp smtp = null;
    GroupFile.RawSmtp s = raw.smtp;
    if (s != null) {
      Security security = DEFAULT_SECURITY;
      try {
        security = s.security == null ? security : Security.fromKey(s.security.value());
      } catch (IllegalArgumentException e) {
        problems.add(c.at(s.security) + e.getMessage());
      }
      String pwFile = c.text(s.passwordFile, "password_file", null, false);
      smtp = new Smtp(c.text(s.host, "smtp.host", null, true), c.integer(s.port, "port", security.defaultPort(), 1, 65535),
          security, c.text(s.user, "user", null, false), c.text(s.passwordEnv, "password_env", null, false),
          pwFile == null ? null : file.toAbsolutePath().getParent().resolve(pwFile),
          c.integer(s.retries, "retries", DEFAULT_RETRIES, 0, 10),
          c.integer(s.retryDelayMs, "retry_delay_ms", DEFAULT_RETRY_DELAY_MS, 0, 600000),
          c.integer(s.timeoutMs, "timeout_ms", DEFAULT_TIMEOUT_MS, 100, 600000));
    }
    Imap imap = null;
    GroupFile.RawImap i = raw.imap;
    if (i != null) {
      Security security = Security.SSL;
      try {
        security = i.security == null ? security : Security.fromKey(i.security.value());
      } catch (IllegalArgumentException e) {
        problems.add(c.at(i.security) + e.getMessage().replace("smtp.", "imap."));
      }
      String host = c.text(i.host, "imap.host", null, true);
      if (security == Security.NONE && host != null && !Mailbox.isLoopback(host)) {
        // A password in clear text across a network: only a test server on this machine may do without TLS.
        problems.add(c.at(i.security) + "imap.security none is only allowed for a server on this machine"
            + " (127.0.0.1, ::1, localhost); use ssl or starttls for " + host);
      }
      String pwFile = c.text(i.passwordFile, "imap.password_file", null, false);
      imap = new Imap(host, c.integer(i.port, "imap.port", Imap.defaultPort(security), 1, 65535), security,
          c.text(i.user, "imap.user", null, false), c.text(i.passwordEnv, "imap.password_env", null, false),
          pwFile == null ? null : file.toAbsolutePath().getParent().resolve(pwFile),
          c.text(i.folder, "imap.folder", DEFAULT_FOLDER, false),
          c.integer(i.timeoutMs, "imap.timeout_ms", DEFAULT_TIMEOUT_MS, 100, 600000));
    }
    boolean partialCredit = c.bool(raw.partialCredit, "partial_credit", false);
    String store = c.text(raw.store, "store", DEFAULT_STORE, false);
    String outboxDir = c.text(raw.outbox, "outbox", DEFAULT_OUTBOX, false);
    long seed = c.integer(raw.seed, "seed", DEFAULT_SEED, Integer.MIN_VALUE, Integer.MAX_VALUE);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new GroupConfig(file, group, from, List.copyOf(members.byId.values()),
        inputs.isEmpty() ? DEFAULT_INPUTS : inputs, perWeek, types.isEmpty() ? List.of(ItemType.values()) : List.copyOf(types),
        day, time, zone, smtp, store, Path.of(outboxDir).resolve(safeName(group)), seed, List.copyOf(warnings), imap,
        partialCredit);
  }

  /** A folder name for the group: characters file systems disallow become '-'. */
  public static String safeName(String group) {
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
      add(name, mailbox, where, true);
    }

    void add(String name, InternetAddress mailbox, String where, boolean leaderboard) {
      // A display name in the address ("张三 <a@b>") stands when no separate name is given.
      String display = name == null || name.isBlank() ? nullToEmpty(mailbox.getPersonal()) : name.strip();
      Member m = new Member(display, Mailbox.of(mailbox.getAddress(), display), where, leaderboard);
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

  private static void roster(Path csv, Checks reader, GroupFile.Text at, Members members) {
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

  /** Turns raw values into typed ones, noting every problem with file and line. */
  private static final class Checks {
    private final Path file;
    private final List<String> problems;

    Checks(Path file, List<String> problems) {
      this.file = file;
      this.problems = problems;
    }

    String at(GroupFile.Text t) {
      return file + ":" + (t == null ? 0 : t.line()) + ": ";
    }

    String text(GroupFile.Text t, String key, String fallback, boolean required) {
      if (t == null || t.value() == null) {
        if (required && t == null) {
          problems.add(file + ": missing required key '" + key + "'");
        }
        return fallback;
      }
      String v = t.value();
      if (v.matches("(?s).*[\\r\\n].*")) {
        problems.add(at(t) + "'" + key + "' must not contain a line break (it would end up in a mail header)");
      }
      return v;
    }

    int integer(GroupFile.Text t, String key, int fallback, int min, int max) {
      if (t == null || t.value() == null) {
        return fallback;
      }
      try {
        int v = Integer.parseInt(t.value().strip());
        if (v < min || v > max) {
          problems.add(at(t) + key + " must be between " + min + " and " + max);
        }
        return v;
      } catch (NumberFormatException e) {
        problems.add(at(t) + key + " must be a whole number");
        return fallback;
      }
    }

    boolean bool(GroupFile.Text t, String key, boolean fallback) {
      if (t == null || t.value() == null) {
        return fallback;
      }
      String v = t.value().strip().toLowerCase(Locale.ROOT);
      if (v.equals("true") || v.equals("yes")) {
        return true;
      }
      if (v.equals("false") || v.equals("no")) {
        return false;
      }
      problems.add(at(t) + key + " must be true or false");
      return fallback;
    }

    InternetAddress address(GroupFile.Text t, String key) {
      if (t == null || t.value() == null) {
        if (t == null) {
          problems.add(file + ": missing required key '" + key + "'");
        }
        return null;
      }
      if (t.value().matches("(?s).*[\\r\\n].*")) {
        problems.add(at(t) + key + " must not contain a line break (header injection)");
        return null;
      }
      try {
        return Mailbox.parse(t.value());
      } catch (AddressException e) {
        problems.add(at(t) + e.getMessage() + " in " + key);
        return null;
      }
    }
  }
}
