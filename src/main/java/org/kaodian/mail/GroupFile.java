package org.kaodian.mail;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The group file as written, bound by Jackson's YAML module: every value is text with its line, and
 * every key the records do not know or shape they do not expect is noted as a problem (with the
 * line) instead of stopping at the first, so {@link GroupConfig} can report them all at once.
 */
final class GroupFile {
  private GroupFile() {}

  /** A scalar value (null when it was not a scalar and that is already reported) and its 1-based line. */
  record Text(String value, int line) {}

  // Plain classes rather than records: Jackson builds records through their constructor and hands
  // unknown keys over only afterwards, from a buffer without line numbers. Read once, never changed.

  /** The top level; keys are the fields in snake_case (itemsPerWeek is items_per_week). */
  static final class Raw {
    Text group;
    Text from;
    List<RawMember> members;
    Text roster;
    List<Text> inputs;
    Text itemsPerWeek;
    List<Text> types;
    RawSend send;
    RawSmtp smtp;
    RawImap imap;
    Text partialCredit;
    Text store;
    Text outbox;
    Text seed;
  }

  static final class RawMember {
    Text name;
    Text email;
    Text leaderboard;
  }

  static final class RawSend {
    Text day;
    Text time;
    Text zone;
  }

  static final class RawSmtp {
    Text host;
    Text port;
    Text security;
    Text user;
    Text passwordEnv;
    Text passwordFile;
    Text retries;
    Text retryDelayMs;
    Text timeoutMs;
  }

  static final class RawImap {
    Text host;
    Text port;
    Text security;
    Text user;
    Text passwordEnv;
    Text passwordFile;
    Text folder;
    Text timeoutMs;
  }

  /** What each record is called in messages, and the prefix of its keys. */
  private static final Map<Class<?>, String> PREFIX = Map.of(RawSend.class, "send.", RawSmtp.class, "smtp.",
      RawImap.class, "imap.", RawMember.class, "members.");
  private static final Map<Class<?>, String> SHAPE = Map.of(Raw.class, "the group file must be a YAML mapping (key: value lines)",
      RawMember.class, "each member needs name and email: {name: 张三, email: zhangsan@example.org}",
      RawSend.class, "send must be a mapping such as {day: MONDAY, time: \"08:00\", zone: Asia/Shanghai}",
      RawSmtp.class, "smtp must be a mapping such as {host: smtp.example.org, security: starttls}",
      RawImap.class, "imap must be a mapping such as {host: imap.example.org, security: ssl, user: teacher}");

  /** Reads the file; problems are added to {@code problems} and the raw values returned (null if unreadable). */
  static Raw read(Path file, String text, List<String> problems) throws IOException {
    if (text.isBlank()) {
      problems.add(file + ": the group file is empty; " + SHAPE.get(Raw.class));
      return null;
    }
    SimpleModule texts = new SimpleModule().addDeserializer(Text.class, new TextDeserializer(file, problems));
    YAMLMapper mapper = YAMLMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
        // "inputs: seeds" and "inputs: [seeds]" mean the same.
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .addModule(texts)
        .addHandler(new Problems(file, problems))
        .build();
    try {
      Raw raw = mapper.readValue(text, Raw.class);
      if (raw == null && problems.isEmpty()) {
        problems.add(file + ": " + SHAPE.get(Raw.class));
      }
      return raw;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      problems.add(file + ":" + line + ": not valid YAML: " + e.getOriginalMessage().replaceAll("\\s+", " "));
      return null;
    }
  }

  /** Drops the nulls that stand for list entries already reported as problems. */
  static <T> List<T> present(List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }

  private static int line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }

  /** Any scalar becomes text; a list or mapping where one value belongs is a problem. */
  private static final class TextDeserializer extends StdDeserializer<Text> {
    private final transient Path file;
    private final transient List<String> problems;

    TextDeserializer(Path file, List<String> problems) {
      super(Text.class);
      this.file = file;
      this.problems = problems;
    }

    @Override
    public Text deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      int line = line(p);
      if (p.currentToken().isScalarValue()) {
        return new Text(p.getText(), line);
      }
      String key = p.getParsingContext().getParent() == null ? null : p.getParsingContext().getParent().getCurrentName();
      problems.add(file + ":" + line + ": " + (key == null ? "" : key + ": ") + "expected a single value");
      p.skipChildren();
      return new Text(null, line); // reported here; a null value tells the checks to say nothing more
    }
  }

  private static final class Problems extends DeserializationProblemHandler {
    private final Path file;
    private final List<String> problems;

    Problems(Path file, List<String> problems) {
      this.file = file;
      this.problems = problems;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
        Object beanOrClass, String propertyName) throws IOException {
      Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
      Collection<Object> known = deserializer.getKnownPropertyNames();
      TreeSet<String> names = new TreeSet<>();
      known.forEach(k -> names.add(String.valueOf(k)));
      problems.add(file + ":" + line(p) + ": unknown key '" + PREFIX.getOrDefault(type, "") + propertyName
          + "' (known: " + String.join(", ", names) + ")");
      p.skipChildren();
      return true;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
        String failureMsg) throws IOException {
      problems.add(file + ":" + line(p) + ": " + shape(targetType.getRawClass(), p));
      p.skipChildren();
      return null;
    }

    @Override
    public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
        ValueInstantiator valueInsts, JsonParser p, String msg) throws IOException {
      problems.add(file + ":" + line(p) + ": " + shape(instClass, p));
      p.skipChildren();
      return null;
    }

    private static String shape(Class<?> type, JsonParser p) {
      String s = SHAPE.get(type);
      if (s != null) {
        return s;
      }
      String key = p.getParsingContext().getCurrentName();
      return (key == null ? "value" : key) + " has the wrong shape (a list or mapping where it does not belong)";
    }
  }
}
