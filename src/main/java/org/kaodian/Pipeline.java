package org.kaodian;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.kaodian.extract.Extractor;
import org.kaodian.extract.Lexicon;
import org.kaodian.extract.Statement;
import org.kaodian.ingest.Document;
import org.kaodian.ingest.InputException;
import org.kaodian.ingest.InputProblem;
import org.kaodian.ingest.Ingestor;
import org.kaodian.item.Item;
import org.kaodian.item.ItemGenerator;
import org.kaodian.item.StemRenderer;

/** The one way a document becomes items: ingest → extract → items, used by the CLI, mailer and bench. */
public final class Pipeline {
  /** Documents read, with the problems met on the way (bad files do not stop the others). */
  public record Ingested(List<Document> documents, List<InputProblem> problems) {
    public boolean failed() {
      return problems.stream().anyMatch(InputProblem::fatal);
    }
  }

  /** The statements of a run and the lexicon they were found with. */
  public record Extraction(List<Statement> statements, Lexicon lexicon) {}

  private Pipeline() {}

  /** Reads every input; files are read in parallel but returned in a stable order. */
  public static Ingested ingest(List<Path> paths) {
    List<InputProblem> problems = new ArrayList<>();
    List<Path> files = Ingestor.listInputs(paths, problems::add);
    List<Document> docs = new ArrayList<>();
    int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "kaodian-ingest");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Document>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(pool.submit(() -> Ingestor.read(f)));
      }
      for (int i = 0; i < files.size(); i++) {
        try {
          docs.add(futures.get(i).get());
        } catch (ExecutionException e) {
          Throwable c = e.getCause();
          String msg = c instanceof InputException ? c.getMessage()
              : c instanceof OutOfMemoryError ? "file too large for the memory available"
              : "cannot read: " + c;
          problems.add(new InputProblem(files.get(i).toString(), msg, true));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          problems.add(new InputProblem(files.get(i).toString(), "interrupted", true));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new Ingested(docs, problems);
  }

  public static Extraction extract(List<Document> documents, double threshold) {
    Lexicon lexicon = Extractor.prepareLexicon(documents);
    return new Extraction(new Extractor(threshold).extract(documents, lexicon), lexicon);
  }

  public static List<Item> items(Extraction extraction, StemRenderer renderer, ItemGenerator.Selection selection,
      long seed) {
    return new ItemGenerator(renderer).generate(extraction.statements(), extraction.lexicon(), selection, seed);
  }
}
