package org.kaodian.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.kaodian.ingest.Document;
import org.kaodian.ingest.Ingestor;
import org.kaodian.text.Sentence;
import org.kaodian.text.SentenceSplitter;

/**
 * Draws the blind development set: body sentences at random, stratified per document by whether
 * they hold a figure, a quotation or a copula, each assigned to the dev or the held-out half by a
 * coin of the same seed. Run once per batch of documents; see {@code devset/README.md}.
 *
 * <p>Usage: {@code DevSetSampler SEED PER_DOCUMENT OUT.tsv FILE...}; with {@code -Dexclude=A.tsv,B.tsv}
 * sentences already in those sets are never drawn again, and {@code -Dhalf=dev} puts every drawn
 * sentence in that half (a later draw that only adds training sentences).
 */
public final class DevSetSampler {
  static final Pattern FIGURE = Pattern.compile("\\d|[一二三四五六七八九十百千万亿两〇零][一二三四五六七八九十百千万亿〇零点]*(?:年|%|个|人|元|项|次|届|周年|倍)|百分之");
  static final Pattern QUOTE = Pattern.compile("[“《「]");
  static final Pattern COPULA = Pattern.compile("是");

  private DevSetSampler() {}

  static String stratum(String text) {
    if (FIGURE.matcher(text).find()) {
      return "figure";
    }
    if (QUOTE.matcher(text).find()) {
      return "quote";
    }
    if (COPULA.matcher(text).find()) {
      return "copula";
    }
    return "other";
  }

  public static void main(String[] args) throws Exception {
    long seed = Long.parseLong(args[0]);
    int perDoc = Integer.parseInt(args[1]);
    Path out = Path.of(args[2]);
    List<String> rows = new ArrayList<>();
    java.util.Set<String> excluded = new java.util.HashSet<>();
    for (String f : System.getProperty("exclude", "").split(",")) {
      if (!f.isBlank()) {
        for (String line : Files.readAllLines(Path.of(f), StandardCharsets.UTF_8)) {
          String[] cols = line.split("\t");
          for (String c : cols) {
            if (c.length() >= 8) {
              excluded.add(c);
            }
          }
        }
      }
    }
    String fixedHalf = System.getProperty("half");
    for (int i = 3; i < args.length; i++) {
      Path file = Path.of(args[i]);
      Random random = new Random(seed ^ file.getFileName().toString().hashCode());
      Document doc = Ingestor.read(file);
      Map<String, List<Sentence>> strata = new LinkedHashMap<>();
      for (String s : List.of("figure", "quote", "copula", "other")) {
        strata.put(s, new ArrayList<>());
      }
      for (Sentence s : SentenceSplitter.split(doc)) {
        if (!s.heading() && s.text().codePointCount(0, s.text().length()) >= 8
            && !excluded.contains(s.text())) {
          strata.get(stratum(s.text())).add(s);
        }
      }
      strata.values().forEach(l -> Collections.shuffle(l, random));
      // Equal quotas per stratum, the unused quota of a small stratum passed on to the others.
      Map<String, Integer> quota = new LinkedHashMap<>();
      int left = perDoc;
      List<String> open = new ArrayList<>(strata.keySet());
      while (left > 0 && !open.isEmpty()) {
        int share = Math.max(1, left / open.size());
        for (String s : new ArrayList<>(open)) {
          int have = quota.getOrDefault(s, 0);
          int take = Math.min(share, Math.min(left, strata.get(s).size() - have));
          quota.put(s, have + take);
          left -= take;
          if (quota.get(s) >= strata.get(s).size()) {
            open.remove(s);
          }
        }
      }
      for (var e : strata.entrySet()) {
        List<Sentence> picked = e.getValue().subList(0, quota.getOrDefault(e.getKey(), 0));
        for (int k = 0; k < picked.size(); k++) {
          Sentence s = picked.get(k);
          // Alternate halves within each stratum after the shuffle, starting at random.
          String half = ((k + random.nextInt(2)) % 2 == 0) ? "dev" : "heldout";
          if (fixedHalf != null) {
            half = fixedHalf;
          }
          rows.add(String.join("\t", doc.name(), Integer.toString(s.paragraph()), e.getKey(), half,
              doc.title().replace('\t', ' '), s.text()));
        }
      }
    }
    Files.write(out, rows, StandardCharsets.UTF_8);
  }
}
