package org.kaodian.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
 * @param settings per-format settings from the command line (e.g. {@code kaoshibao.blank-separator})
 * @param notes where an exporter reports what it had to change (a shortened stem, a skipped item)
 */
public record ExportRequest(List<Item> items, Path dir, String name, String title, long seed, int versions,
    Templates templates, Map<String, String> settings, Consumer<String> notes) {
  public ExportRequest {
    items = List.copyOf(items);
    settings = Map.copyOf(settings);
  }

  public ExportRequest(List<Item> items, Path dir, String name, String title, long seed, int versions,
      Templates templates) {
    this(items, dir, name, title, seed, versions, templates, Map.of(), note -> { });
  }

  public String setting(String key, String fallback) {
    return settings.getOrDefault(key, fallback);
  }
}
