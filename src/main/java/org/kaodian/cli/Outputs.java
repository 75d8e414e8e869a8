package org.kaodian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.kaodian.export.ExportFormat;
import org.kaodian.export.ExportRequest;

/** Writes the chosen formats, reporting each file; one failing format does not stop the others. */
final class Outputs {
  private Outputs() {}

  /** Returns false when any format failed. */
  static boolean write(List<ExportFormat> formats, ExportRequest request, PrintWriter err) {
    boolean ok = true;
    for (ExportFormat f : formats) {
      try {
        for (Path p : f.exporter().export(request)) {
          err.println("wrote " + p);
        }
        Timing.mark(err, f.id() + " written");
      } catch (IOException | RuntimeException e) {
        err.println("error: writing " + f.id() + " failed: " + e.getMessage());
        ok = false;
      }
    }
    return ok;
  }
}
