package org.kaodian;

import java.nio.file.Path;
import java.util.List;
import org.kaodian.ingest.Document;

/** The seed texts, read once per test JVM. */
public final class Seeds {
  private static List<Document> documents;
  private static Pipeline.Extraction extraction;

  private Seeds() {}

  public static synchronized List<Document> documents() {
    if (documents == null) {
      Pipeline.Ingested in = Pipeline.ingest(List.of(Path.of("seeds")));
      if (in.failed()) {
        throw new IllegalStateException("seeds did not read: " + in.problems());
      }
      documents = in.documents();
    }
    return documents;
  }

  public static synchronized Pipeline.Extraction extraction() {
    if (extraction == null) {
      extraction = Pipeline.extract(documents(), org.kaodian.extract.Extractor.DEFAULT_THRESHOLD);
    }
    return extraction;
  }
}
