package org.kaodian.mail;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kaodian.Pipeline;
import org.kaodian.extract.Extractor;
import org.kaodian.item.Item;
import org.kaodian.item.ItemGenerator;
import org.kaodian.item.ItemType;
import org.kaodian.item.PaperAssembler;
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
          List.of(ItemType.values()), true), cfg.seed());
      int added = store.addItems(all, false);
      if (added > 0) {
        log.println("item bank: " + added + " new items");
      }
    } else {
      log.println("item bank: using the teacher-reviewed items only");
    }
    List<Item> bank = store.items(reviewed).stream().filter(i -> cfg.types().contains(i.type())).toList();
    // The bank remembers facts, not only items: a fact the group was asked (as any item) waits until
    // every unused fact has been asked, and then the facts asked longest ago come first.
    Map<String, Item> byId = new LinkedHashMap<>();
    bank.forEach(i -> byId.put(i.id(), i));
    Map<String, Integer> lastAsked = new HashMap<>();
    List<String> history = store.itemIdsInWeekOrder(cfg.group());
    for (int k = 0; k < history.size(); k++) {
      Item i = byId.get(history.get(k));
      if (i != null) {
        lastAsked.put(i.fact(), k);
      }
    }
    List<Item> fresh = bank.stream().filter(i -> !lastAsked.containsKey(i.fact())).toList();
    List<Item> chosen = new ArrayList<>(pick(fresh, cfg.itemsPerWeek(), List.of()));
    if (chosen.size() < cfg.itemsPerWeek()) {
      List<Item> again = new ArrayList<>(bank.stream().filter(i -> lastAsked.containsKey(i.fact())).toList());
      again.sort(Comparator.comparingInt((Item i) -> lastAsked.get(i.fact())));
      chosen.addAll(pick(again, cfg.itemsPerWeek() - chosen.size(), chosen));
    }
    if (chosen.isEmpty()) {
      throw new IOException("no items for " + cfg.group() + ": the inputs " + cfg.inputs() + " gave no key statements");
    }
    if (!record) {
      return chosen;
    }
    return itemsById(store, store.recordWeek(cfg.group(), week, chosen.stream().map(Item::id).toList()));
  }

  /**
   * Items in the candidates' order, types taken in turn so a week mixes them, making one paper with
   * {@code already}: one fact once, no item showing another's answer.
   */
  private static List<Item> pick(List<Item> candidates, int n, List<Item> already) {
    List<Item> out = new ArrayList<>();
    List<Item> paper = new ArrayList<>(already);
    Map<ItemType, List<Item>> byType = new LinkedHashMap<>();
    candidates.forEach(i -> byType.computeIfAbsent(i.type(), k -> new ArrayList<>()).add(i));
    boolean progress = true;
    while (out.size() < n && progress) {
      progress = false;
      for (List<Item> list : byType.values()) {
        while (!list.isEmpty()) {
          Item i = list.remove(0);
          if (!PaperAssembler.compatible(List.of(i), paper, 1).isEmpty()) {
            out.add(i);
            paper.add(i);
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

  private static List<Item> itemsById(Store store, List<String> ids) throws SQLException, IOException {
    Map<String, Item> all = new LinkedHashMap<>();
    store.items(false).forEach(i -> all.put(i.id(), i));
    List<Item> out = new ArrayList<>();
    ids.forEach(id -> Optional.ofNullable(all.get(id)).ifPresent(out::add));
    return out;
  }
}
