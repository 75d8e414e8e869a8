package org.kaodian.item;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.kaodian.extract.Statement;

/** Entry point of the item stage: picks statements, balances types and documents, builds items. */
public final class ItemGenerator {
  /** How many items of which types; {@code count < 0} means every item that can be made. */
  public record Selection(int count, List<ItemType> types) {
    public static final int ALL = -1;

    public Selection {
      if (types.isEmpty()) {
        throw new IllegalArgumentException("at least one item type is needed");
      }
      types = List.copyOf(new LinkedHashSet<>(types));
    }
  }

  private final Map<ItemType, ItemBuilder> builders = new EnumMap<>(ItemType.class);
  private final StemRenderer renderer;

  public ItemGenerator(StemRenderer renderer) {
    this.renderer = renderer;
    for (ItemBuilder b : List.of(new FillBlankBuilder(), new SingleChoiceBuilder(), new MultipleChoiceBuilder(),
        new TrueFalseBuilder())) {
      builders.put(b.type(), b);
    }
  }

  /** Items ordered by score; the same statements, selection and seed give the same items. */
  public List<Item> generate(List<Statement> statements, DistractorPool pool, Selection selection, long seed) {
    Random random = new Random(seed);
    ItemBuilder.Context ctx = new ItemBuilder.Context(pool, renderer, random);
    List<Item> items = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    if (selection.count() < 0) {
      for (Statement s : statements) {
        for (ItemType t : selection.types()) {
          build(t, s, ctx, selection).ifPresent(i -> add(i, items, ids));
        }
      }
    } else {
      Map<ItemType, Integer> made = new EnumMap<>(ItemType.class);
      selection.types().forEach(t -> made.put(t, 0));
      // One quiz asks about a fact once: the same answer reported in two articles is skipped the second time.
      Set<String> asked = new LinkedHashSet<>();
      List<Statement> order0 = interleaveByDocument(statements);
      List<Statement> fresh = new ArrayList<>();
      List<Statement> repeats = new ArrayList<>();
      for (Statement s : order0) {
        (asked.add(s.answers().get(0).text()) ? fresh : repeats).add(s);
      }
      fresh.addAll(repeats);
      for (Statement s : fresh) {
        if (items.size() >= selection.count()) {
          break;
        }
        // The type furthest below its share that this statement can make.
        List<ItemType> order = new ArrayList<>(selection.types());
        order.sort(Comparator.comparingInt(made::get));
        boolean done = false;
        for (ItemType t : order) {
          Optional<Item> item = builders.get(t).build(s, ctx).filter(i -> ItemChecks.problems(i).isEmpty());
          if (item.isPresent() && add(item.get(), items, ids)) {
            made.merge(t, 1, Integer::sum);
            done = true;
            break;
          }
        }
        if (!done) {
          build(order.get(0), s, ctx, selection).filter(i -> add(i, items, ids))
              .ifPresent(i -> made.merge(i.type(), 1, Integer::sum));
        }
      }
    }
    items.sort(Comparator.comparingDouble(Item::score).reversed());
    return items;
  }

  /** Builds the item; a choice item without good distractors becomes a fill-in when that type is wanted. */
  private Optional<Item> build(ItemType type, Statement s, ItemBuilder.Context ctx, Selection selection) {
    Optional<Item> item = builders.get(type).build(s, ctx).filter(i -> ItemChecks.problems(i).isEmpty());
    if (item.isEmpty() && type.isChoice() && selection.count() >= 0 && selection.types().contains(ItemType.FILL_BLANK)) {
      item = builders.get(ItemType.FILL_BLANK).build(s, ctx).filter(i -> ItemChecks.problems(i).isEmpty());
    }
    return item;
  }

  private static boolean add(Item item, List<Item> items, Set<String> ids) {
    if (!ids.add(item.id())) {
      return false;
    }
    items.add(item);
    return true;
  }

  /** Ranked statements taken in turn from each document, so one long document does not fill the quiz. */
  static List<Statement> interleaveByDocument(List<Statement> ranked) {
    Map<String, List<Statement>> byDoc = new LinkedHashMap<>();
    for (Statement s : ranked) {
      byDoc.computeIfAbsent(s.source().document(), k -> new ArrayList<>()).add(s);
    }
    List<Statement> out = new ArrayList<>();
    for (int round = 0; out.size() < ranked.size(); round++) {
      for (List<Statement> list : byDoc.values()) {
        if (round < list.size()) {
          out.add(list.get(round));
        }
      }
    }
    return out;
  }
}
