package org.kaodian.item;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rows of a tab-separated data file shipped with the item package, without its comments and blank lines. */
final class DataFile {
  private DataFile() {}

  /**
   * Each row's fields; a row with another number of fields than {@code fields} is an error naming the file, the
   * expected {@code format} and the row.
   */
  static List<String[]> rows(String resource, int fields, String format) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != fields) {
          throw new IllegalStateException(resource + ": expected " + format + ", got: " + line);
        }
        out.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
