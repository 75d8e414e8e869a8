package org.kaodian;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.kaodian.extract.Extractor;
import org.kaodian.extract.Lexicon;
import org.kaodian.extract.Statement;
import org.kaodian.ingest.Document;
import org.kaodian.ingest.InputException;
import org.kaodian.ingest.InputProblem;
import org.kaodian.ingest.Ingestor;
import org.kaodian.item.DistractorPool;
import org.kaodian.item.Item;
import org.kaodian.item.ItemGenerator;
import org.kaodian.item.PaperAssembler;
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
  public record Extraction(List<Statement> statements, Lexicon lexicon, List<String> detected, List<Statement> reserve) {
    public Extraction(List<Statement> statements, Lexicon lexicon, List<String> detected) {
      this(statements, lexicon, detected, List.of());
    }

    /**
     * This extraction with at least {@code wanted} statements where the reserve allows: the key
     * statements first, then the best candidates under the threshold. {@code wanted} of
     * {@link Integer#MAX_VALUE} takes no reserve (all means all key statements).
     */
    public Extraction filledTo(int wanted) {
      if (wanted == Integer.MAX_VALUE || statements.size() >= wanted || reserve.isEmpty()) {
        return this;
      }
      List<Statement> all = new ArrayList<>(statements);
      reserve.stream().limit(wanted - statements.size()).forEach(all::add);
      return new Extraction(all, lexicon, detected, reserve.subList(Math.min(reserve.size(), wanted - statements.size()), reserve.size()));
    }
  }

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
          problems.add(new InputProblem(files.get(i).toString(), message(e.getCause()), true));
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
    Extractor.Result r = new Extractor(threshold).run(documents::forEach, false);
    return new Extraction(r.statements(), r.lexicon(), r.detected(), r.reserve());
  }

  /** A streamed run: statements, plus what the CLI reports about the inputs. */
  public record Streamed(Extraction extraction, int documents, long characters, String firstTitle, boolean failed) {}

  /**
   * Extraction straight from files, one document in memory at a time (the next one is read on the
   * second core meanwhile), so a corpus larger than the heap streams through; only statements stay.
   */
  public static Streamed extractFiles(List<Path> paths, double threshold, Consumer<InputProblem> problems,
      Progress progress) {
    List<InputProblem> listed = new ArrayList<>();
    List<Path> files = Ingestor.listInputs(paths, listed::add);
    listed.forEach(problems);
    boolean[] failed = {listed.stream().anyMatch(InputProblem::fatal)};
    int[] docs = {0};
    long[] chars = {0};
    String[] title = {null};
    boolean[] firstPass = {true};
    Extractor.DocumentSource source = consumer -> {
      boolean report = firstPass[0];
      firstPass[0] = false;
      ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kaodian-read");
        t.setDaemon(true);
        return t;
      });
      try {
        Future<Document> next = files.isEmpty() ? null : reader.submit(() -> Ingestor.read(files.get(0)));
        for (int i = 0; i < files.size(); i++) {
          Future<Document> current = next;
          next = i + 1 < files.size() ? submit(reader, files.get(i + 1)) : null;
          Document doc = null;
          try {
            doc = current.get();
          } catch (ExecutionException e) {
            if (report) {
              problems.accept(new InputProblem(files.get(i).toString(), message(e.getCause()), true));
              failed[0] = true;
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          if (doc != null) {
            if (report) {
              docs[0]++;
              chars[0] += doc.length();
              if (title[0] == null) {
                title[0] = doc.title();
              }
            }
            consumer.accept(doc);
          }
          if (report) {
            progress.update(i + 1, files.size(), chars[0]);
          }
        }
      } finally {
        reader.shutdownNow();
        if (report) {
          progress.done();
        }
      }
    };
    Extractor.Result r = new Extractor(threshold).run(source, false);
    return new Streamed(new Extraction(r.statements(), r.lexicon(), r.detected(), r.reserve()), docs[0], chars[0],
        title[0], failed[0]);
  }

  private static Future<Document> submit(ExecutorService reader, Path file) {
    return reader.submit(() -> Ingestor.read(file));
  }

  private static String message(Throwable c) {
    return c instanceof InputException ? c.getMessage()
        : c instanceof OutOfMemoryError ? "file too large for the memory available"
        : "cannot read: " + c;
  }

  /** Reports documents done, for a progress bar. */
  public interface Progress {
    void update(int done, int total, long characters);

    default void done() {}

    Progress NONE = (d, t, c) -> { };
  }

  public static List<Item> items(Extraction extraction, StemRenderer renderer, ItemGenerator.Selection selection,
      long seed) {
    return paper(extraction, renderer, selection, seed).items();
  }

  /** The paper, with the note a teacher gets when the input holds fewer facts than asked for. */
  public static PaperAssembler.Paper paper(Extraction extraction, StemRenderer renderer,
      ItemGenerator.Selection selection, long seed) {
    return new ItemGenerator(renderer).paper(extraction.statements(),
        DistractorPool.of(extraction.statements(), extraction.lexicon(), extraction.detected()), selection, seed);
  }
}
