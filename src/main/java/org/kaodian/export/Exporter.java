package org.kaodian.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes one output format; returns the files it wrote. */
public interface Exporter {
  List<Path> export(ExportRequest request) throws IOException;
}
