package org.kaodian.item;

import java.util.LinkedHashSet;
import java.util.List;
import org.kaodian.extract.Statement;

/** Entry point of the item stage: the items of one paper from ranked statements (see {@link PaperAssembler}). */
public final class ItemGenerator {
  /**
   * How many items of which types; {@code count < 0} means as many as the statements allow.
   *
   * @param allowRepeats whether a fact may be asked twice to reach the count ({@code --allow-repeats});
   *     with {@code count < 0} it means every item of every type the statements allow (an item bank)
   */
  public record Selection(int count, List<ItemType> types, boolean allowRepeats) {
    public static final int ALL = -1;

    public Selection {
      if (types.isEmpty()) {
        throw new IllegalArgumentException("at least one item type is needed");
      }
      types = List.copyOf(new LinkedHashSet<>(types));
    }

    /** A paper without repeated facts. */
    public Selection(int count, List<ItemType> types) {
      this(count, types, false);
    }
  }

  private final PaperAssembler assembler;

  public ItemGenerator(StemRenderer renderer) {
    this.assembler = new PaperAssembler(renderer);
  }

  /** Items ordered by score; the same statements, selection and seed give the same items. */
  public List<Item> generate(List<Statement> statements, DistractorPool pool, Selection selection, long seed) {
    return paper(statements, pool, selection, seed).items();
  }

  /** The paper with what the teacher is told when the input is short. */
  public PaperAssembler.Paper paper(List<Statement> statements, DistractorPool pool, Selection selection, long seed) {
    return assembler.assemble(statements, pool, selection, seed);
  }

  /** Ranked statements taken in turn from each document, so one long document does not fill the quiz. */
  static List<Statement> interleaveByDocument(List<Statement> ranked) {
    return PaperAssembler.interleaveByDocument(ranked);
  }
}
