package org.kaodian.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kaodian.Pipeline;
import org.kaodian.text.Sentence;
import org.kaodian.text.SentenceSplitter;

/** Development tool: milliseconds each evidence detector and the other per-sentence steps take on the seeds. */
public final class DetectorTimer {
  private DetectorTimer() {}

  public static void main(String[] args) {
    var docs = Pipeline.ingest(List.of(Path.of("seeds"))).documents();
    Lexicon lex = Lexicon.standard();
    org.kaodian.text.Segmenter.addTerms(lex.terms());
    List<Sentence> sentences = new ArrayList<>();
    docs.forEach(d -> sentences.addAll(SentenceSplitter.split(d)));
    for (int pass = 0; pass < 3; pass++) {
      StringBuilder sb = new StringBuilder();
      long a0 = System.nanoTime();
      for (Sentence s : sentences) {
        Framing.analyze(s, lex);
      }
      sb.append(String.format("analyze %.0f ms; ", (System.nanoTime() - a0) / 1e6));
      for (StatementDetector d : Extractor.standardDetectors()) {
        long t0 = System.nanoTime();
        for (Sentence s : sentences) {
          d.detect(Framing.analyze(s, lex));
        }
        sb.append(String.format("%s %.0f ms; ", d.getClass().getSimpleName(), (System.nanoTime() - t0) / 1e6));
      }
      long t0 = System.nanoTime();
      for (Sentence s : sentences) {
        Rejections.penalties(Framing.analyze(s, lex));
      }
      sb.append(String.format("penalties %.0f ms; ", (System.nanoTime() - t0) / 1e6));
      t0 = System.nanoTime();
      for (Sentence s : sentences) {
        org.kaodian.text.Segmenter.segment(s.text());
      }
      sb.append(String.format("segment %.0f ms", (System.nanoTime() - t0) / 1e6));
      System.out.println(sb);
    }
  }
}
