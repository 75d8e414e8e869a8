package org.kaodian.export.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kaodian.export.AtomicFiles;
import org.kaodian.export.ExportRequest;
import org.kaodian.export.FormulaGuard;

/** A CSV import template: fixed lead rows, then one row per choice item; quoting by Commons CSV. */
abstract class CsvProfile extends AppProfile {
  /** The rows above the data, exactly as the app's template has them. */
  protected abstract List<List<String>> leadRows();

  /** The cells of one item, or null to leave it out. */
  protected abstract List<String> cells(DeckRow row, int number);

  @Override
  protected void write(List<DeckRow> rows, Path file, ExportRequest r) throws IOException {
    AtomicFiles.write(file, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").build())) {
        for (List<String> lead : leadRows()) {
          csv.printRecord(lead);
        }
        int n = 1;
        for (DeckRow row : rows) {
          List<String> c = cells(row, n);
          if (c != null) {
            csv.printRecord(c.stream().map(FormulaGuard::neutralise).toList());
            n++;
          }
        }
        csv.flush();
      }
    });
  }
}
