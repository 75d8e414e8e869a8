package org.kaodian.item;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.kaodian.Pipeline;
import org.kaodian.ingest.Document;
import org.kaodian.ingest.InputException;
import org.kaodian.ingest.Ingestor;
import org.kaodian.render.Templates;

class RandomTextPropertyTest {
  private static final Templates TEMPLATES;

  static {
    try {
      TEMPLATES = Templates.load(Path.of("question-templates"));
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Property(tries = 150)
  void randomUnicodeNeverMakesExtractorOrItemBuilderThrow(@ForAll @StringLength(max = 400) String text) {
    Document doc;
    try {
      doc = Ingestor.fromText("random.txt", text + "。国内生产总值增长" + text.length() % 9 + "%左右。");
    } catch (InputException e) {
      return; // rejected with a message: that is the right outcome for junk
    }
    var ex = Pipeline.extract(List.of(doc), 0.0);
    Pipeline.items(ex, TEMPLATES, new ItemGenerator.Selection(ItemGenerator.Selection.ALL, List.of(ItemType.values())), 1);
  }
}
