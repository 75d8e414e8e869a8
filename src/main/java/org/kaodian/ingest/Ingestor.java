package org.kaodian.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Entry point of the ingest stage: finds input files, reads them with the right reader, cleans them. */
public final class Ingestor {
  private static final Map<String, DocumentReader> READERS =
      Map.of(
          "txt", new PlainTextReader(),
          "md", new PlainTextReader(),
          "docx", new DocxReader(),
          "pdf", new PdfReader(),
          "html", new HtmlReader(),
          "htm", new HtmlReader());

  /** Whether kaodian has a reader for this file name's extension. */
  public static boolean supports(Path file) {
    return READERS.containsKey(extension(file));
  }

  /**
   * Expands the given paths (files, or folders searched recursively) into the supported files, in a
   * stable order; problems (missing paths, skipped files, empty folders) go to {@code problems}.
   */
  public static List<Path> listInputs(List<Path> paths, Consumer<InputProblem> problems) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        problems.accept(new InputProblem(p.toString(), "no such file or folder", true));
      } else if (Files.isDirectory(p)) {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).sorted().forEach(f -> {
            if (supports(f)) {
              found.add(f);
            } else if (!f.getFileName().toString().startsWith(".")) {
              problems.accept(new InputProblem(f.toString(), "skipped: unsupported file type", false));
            }
          });
        } catch (IOException | java.io.UncheckedIOException e) {
          problems.accept(new InputProblem(p.toString(), "cannot list folder: " + e.getMessage(), true));
        }
        if (found.isEmpty()) {
          problems.accept(new InputProblem(p.toString(),
              "folder holds no readable .txt, .md, .docx, .pdf or .html files", true));
        }
        files.addAll(found);
      } else if (supports(p)) {
        files.add(p);
      } else {
        problems.accept(new InputProblem(p.toString(),
            "unsupported file type (use .txt, .md, .docx, .pdf or .html)", true));
      }
    }
    return files;
  }

  /**
   * Reads and cleans one file.
   *
   * @throws InputException naming what is wrong; the caller adds the file name
   */
  public static Document read(Path file) throws InputException {
    DocumentReader reader = READERS.get(extension(file));
    if (reader == null) {
      throw new InputException("unsupported file type");
    }
    if (!Files.isReadable(file)) {
      throw new InputException("file is not readable");
    }
    String raw = reader.read(file);
    return fromText(file.getFileName().toString(), raw);
  }

  /** Cleans raw text into a document; public so that tests and other sources can skip the file system. */
  public static Document fromText(String name, String raw) throws InputException {
    List<TextCleaner.Block> blocks = TextCleaner.clean(raw);
    if (blocks.stream().noneMatch(b -> !b.heading())) {
      throw new InputException(blocks.isEmpty() ? "no text found (empty file)" : "no body text found, only headings");
    }
    Document doc = Document.of(name, "",
        blocks.stream().map(TextCleaner.Block::text).toList(),
        blocks.stream().map(TextCleaner.Block::heading).toList());
    String title = TitleFinder.documentTitle(doc);
    return new Document(name, title.isEmpty() ? name.replaceFirst("\\.[^.]+$", "") : title, doc.paragraphs());
  }

  private static String extension(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
