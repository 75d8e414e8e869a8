package org.kaodian.export;

import java.nio.file.Path;
import java.util.List;
import org.kaodian.Pipeline;
import org.kaodian.Seeds;
import org.kaodian.item.Item;
import org.kaodian.item.ItemGenerator;
import org.kaodian.item.ItemType;
import org.kaodian.render.Templates;

/** Items from the seeds and the shipped templates, for exporter tests. */
final class ExportFixtures {
  private ExportFixtures() {}

  static Templates templates() throws Exception {
    return Templates.load(Path.of("question-templates"));
  }

  static List<Item> items(int n) throws Exception {
    return Pipeline.items(Seeds.extraction(), templates(), new ItemGenerator.Selection(n, List.of(ItemType.values())), 7);
  }
}
