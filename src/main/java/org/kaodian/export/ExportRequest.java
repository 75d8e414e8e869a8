package org.kaodian.export;

import java.nio.file.Path;
import java.util.List;
import org.kaodian.item.Item;
import org.kaodian.render.Templates;

/**
 * Everything an exporter needs.
 *
 * @param items the items, in the order to show them
 * @param dir output folder
 * @param name base name of the files ({@code <name>-student.docx}, {@code <name>.xlsx})
 * @param title worksheet and deck title
 * @param seed the run's seed, recorded and used for any shuffling
 * @param versions how many worksheet versions (A卷, B卷, …) to write
 * @param templates the wording
 */
public record ExportRequest(List<Item> items, Path dir, String name, String title, long seed, int versions,
    Templates templates) {
  public ExportRequest {
    items = List.copyOf(items);
  }
}
