package org.kaodian.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaodian.item.Item;
import org.kaodian.item.PaperAssembler;
import org.kaodian.render.Templates;
import org.kaodian.store.Store;

/** The mail bank remembers facts: each week is one paper, and a fact comes back only when unused facts ran out. */
class FactMemoryIT {
  @TempDir Path dir;

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"seeds", "src/test/resources/corpus/news_cewc_2019.txt"})
  void eachMailWeekIsOnePaper(String input) throws Exception {
    String yaml = "group: 学习小组\nfrom: teacher@example.org\nmembers:\n  - {name: 张三, email: zhangsan@example.org}\n"
        + "inputs: [" + Path.of(input).toAbsolutePath() + "]\nitems_per_week: 5\n"
        + "store: " + dir.resolve("kaodian.db") + "\noutbox: " + dir.resolve("outbox") + "\n";
    Path group = dir.resolve("group.yaml");
    Files.writeString(group, yaml, StandardCharsets.UTF_8);
    List<String> names = new ArrayList<>(Templates.REQUIRED);
    names.addAll(WeeklyMailer.TEMPLATES);
    Templates templates = Templates.load(Path.of("question-templates"), names);
    for (int w = 47; w < 49; w++) {
      new WeeklyMailer(GroupConfig.load(group), templates, new PrintWriter(new StringWriter(), true),
          Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC))
          .run(new WeeklyMailer.Options("2026-W" + w, false, false));
    }
    try (Store store = Store.open(dir.resolve("kaodian.db"))) {
      Map<String, Item> byId = new HashMap<>();
      store.items(false).forEach(i -> byId.put(i.id(), i));
      for (int w = 47; w < 49; w++) {
        List<Item> week = store.week("学习小组", "2026-W" + w).orElseThrow().stream().map(byId::get).toList();
        assertThat(week).isNotEmpty();
        for (int a = 0; a < week.size(); a++) {
          for (int b = a + 1; b < week.size(); b++) {
            assertThat(PaperAssembler.conflict(week.get(a), week.get(b))).as(input + " week " + w).isEmpty();
          }
        }
      }
    }
  }

  @Test
  void aGroupIsNotAskedAFactAgainUntilUnusedFactsRunOutThenOldestFirst() throws Exception {
    String yaml = "group: 学习小组\nfrom: teacher@example.org\nmembers:\n  - {name: 张三, email: zhangsan@example.org}\n"
        + "inputs: [" + Path.of("src/test/resources/corpus/gov_report_national_2025.txt").toAbsolutePath() + "]\nitems_per_week: 5\n"
        + "store: " + dir.resolve("kaodian.db") + "\noutbox: " + dir.resolve("outbox") + "\n";
    Path group = dir.resolve("group.yaml");
    Files.writeString(group, yaml, StandardCharsets.UTF_8);
    List<String> names = new ArrayList<>(Templates.REQUIRED);
    names.addAll(WeeklyMailer.TEMPLATES);
    Templates templates = Templates.load(Path.of("question-templates"), names);
    List<List<Item>> weeks = new ArrayList<>();
    Set<String> bankFacts;
    Map<String, Item> byId = new HashMap<>();
    for (int w = 40; w < 52; w++) {
      new WeeklyMailer(GroupConfig.load(group), templates, new PrintWriter(new StringWriter(), true),
          Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC))
          .run(new WeeklyMailer.Options("2026-W" + w, false, false));
    }
    try (Store store = Store.open(dir.resolve("kaodian.db"))) {
      store.items(false).forEach(i -> byId.put(i.id(), i));
      bankFacts = new LinkedHashSet<>(byId.values().stream().map(Item::fact).toList());
      for (int w = 40; w < 52; w++) {
        weeks.add(store.week("学习小组", "2026-W" + w).orElseThrow().stream().map(byId::get).toList());
      }
    }
    assertThat(bankFacts.size()).isBetween(6, 12 * 5 - 10); // the bank runs out within the twelve weeks
    Map<String, Integer> firstWeek = new HashMap<>();
    Set<String> asked = new LinkedHashSet<>();
    boolean repeated = false;
    for (int w = 0; w < weeks.size(); w++) {
      List<Item> week = weeks.get(w);
      assertThat(week).hasSize(5);
      for (int a = 0; a < week.size(); a++) {
        for (int b = a + 1; b < week.size(); b++) {
          assertThat(PaperAssembler.conflict(week.get(a), week.get(b))).as("week " + w).isEmpty();
        }
      }
      List<String> again = week.stream().map(Item::fact).filter(asked::contains).toList();
      if (!again.isEmpty() && !repeated) {
        repeated = true;
        // Only once every unused fact was asked, or clashes with this week's items (shows or asks the same) ...
        Set<String> inWeek = new LinkedHashSet<>(week.stream().map(Item::fact).toList());
        for (String f : bankFacts) {
          if (!asked.contains(f) && !inWeek.contains(f)) {
            assertThat(byId.values().stream().filter(i -> i.fact().equals(f)))
                .as("week " + w + ": unused fact " + f + " could have been asked")
                .allMatch(i -> week.stream().anyMatch(x -> PaperAssembler.conflict(x, i).isPresent()));
          }
        }
        // ... and then the oldest: facts of the first weeks come back first.
        assertThat(again).allMatch(f -> firstWeek.get(f) <= 1);
      }
      for (Item i : week) {
        firstWeek.putIfAbsent(i.fact(), w);
        asked.add(i.fact());
      }
    }
    assertThat(repeated).isTrue();
  }
}
