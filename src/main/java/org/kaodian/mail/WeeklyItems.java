package org.kaodian.mail;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kaodian.Pipeline;
import org.kaodian.extract.Extractor;
import org.kaodian.item.Item;
import org.kaodian.item.ItemGenerator;
import org.kaodian.item.ItemType;
import org.kaodian.render.Templates;
import org.kaodian.store.Store;

/** Chooses a group's items for a week from the item bank, and finds last week's for the answers. */
final class WeeklyItems {
  /** A week's quiz and the week before it (null and empty when there was none). */
  record QuizWeek(String week, List<Item> quiz, String previousWeek, List<Item> lastWeek) {}

  private final GroupConfig cfg;
  private final Templates templates;
  private final PrintWriter log;

  WeeklyItems(GroupConfig cfg, Templates templates, PrintWriter log) {
    this.cfg = cfg;
    this.templates = templates;
    this.log = log;
  }

  /**
   * The week's quiz: the one recorded if the week exists, else new items the group has not had,
   * recorded when {@code record} (the first run to record a week wins; others read its choice).
   */
  QuizWeek choose(Store store, String week, boolean record) throws SQLException, IOException {
    List<Item> quiz = itemsOf(store, week, record);
    Optional<String> prev = store.previousWeek(cfg.group(), week);
    List<Item> last = prev.isPresent() ? itemsById(store, store.week(cfg.group(), prev.get()).orElseThrow()) : List.of();
    return new QuizWeek(week, quiz, prev.orElse(null), last);
  }

  private List<Item> itemsOf(Store store, String week, boolean record) throws SQLException, IOException {
    Optional<List<String>> existing = store.week(cfg.group(), week);
    if (existing.isPresent()) {
      return itemsById(store, existing.get());
    }
    boolean reviewed = store.hasReviewedItems();
    if (!reviewed) {
      var ex = Pipeline.extractFiles(cfg.inputs().stream().map(Path::of).toList(), Extractor.DEFAULT_THRESHOLD,
          p -> log.println((p.fatal() ? "error: " : "note: ") + p), Pipeline.Progress.NONE).extraction();
      List<Item> all = Pipeline.items(ex, templates, new ItemGenerator.Selection(ItemGenerator.Selection.ALL,
          List.of(ItemType.values())), cfg.seed());
      int added = store.addItems(all, false);
      if (added > 0) {
        log.println("item bank: " + added + " new items");
      }
    } else {
      log.println("item bank: using the teacher-reviewed items only");
    }
    List<Item> bank = store.items(reviewed).stream().filter(i -> cfg.types().contains(i.type())).toList();
    Set<String> used = store.usedItemIds(cfg.group());
    // Items on sentences the group has not met yet come first; other types of a met sentence after.
    Set<String> metSentences = new HashSet<>();
    bank.stream().filter(i -> used.contains(i.id())).forEach(i -> metSentences.add(i.source().sentence()));
    List<Item> fresh = new ArrayList<>(bank.stream().filter(i -> !used.contains(i.id())).toList());
    fresh.sort(Comparator.comparing((Item i) -> metSentences.contains(i.source().sentence())));
    List<Item> chosen = pick(fresh, cfg.itemsPerWeek());
    if (chosen.size() < cfg.itemsPerWeek()) {
      // The bank is used up: start again from the items sent longest ago.
      List<Item> again = new ArrayList<>();
      for (String id : used) {
        bank.stream().filter(i -> i.id().equals(id) && !chosen.contains(i)).findFirst().ifPresent(again::add);
      }
      List<Item> more = new ArrayList<>(chosen);
      for (Item i : again) {
        if (more.size() < cfg.itemsPerWeek() && more.stream().noneMatch(x -> sameSentence(x, i))) {
          more.add(i);
        }
      }
      chosen.clear();
      chosen.addAll(more);
    }
    if (chosen.isEmpty()) {
      throw new IOException("no items for " + cfg.group() + ": the inputs " + cfg.inputs() + " gave no key statements");
    }
    if (!record) {
      return chosen;
    }
    return itemsById(store, store.recordWeek(cfg.group(), week, chosen.stream().map(Item::id).toList()));
  }

  /** Best items first, one per source sentence, types taken in turn so a week mixes them. */
  private static List<Item> pick(List<Item> candidates, int n) {
    List<Item> out = new ArrayList<>();
    Map<ItemType, List<Item>> byType = new LinkedHashMap<>();
    candidates.forEach(i -> byType.computeIfAbsent(i.type(), k -> new ArrayList<>()).add(i));
    boolean progress = true;
    while (out.size() < n && progress) {
      progress = false;
      for (List<Item> list : byType.values()) {
        while (!list.isEmpty()) {
          Item i = list.remove(0);
          if (out.stream().noneMatch(x -> sameSentence(x, i))) {
            out.add(i);
            progress = true;
            break;
          }
        }
        if (out.size() >= n) {
          break;
        }
      }
    }
    return out;
  }

  private static boolean sameSentence(Item a, Item b) {
    return a.source().sentence().equals(b.source().sentence());
  }

  private static List<Item> itemsById(Store store, List<String> ids) throws SQLException, IOException {
    Map<String, Item> all = new LinkedHashMap<>();
    store.items(false).forEach(i -> all.put(i.id(), i));
    List<Item> out = new ArrayList<>();
    ids.forEach(id -> Optional.ofNullable(all.get(id)).ifPresent(out::add));
    return out;
  }
}
