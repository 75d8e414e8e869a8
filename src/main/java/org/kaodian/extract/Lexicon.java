package org.kaodian.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The political lexicon: shipped standing formulas and terms plus terms quoted in the input. */
public final class Lexicon {
  /** Category of a lexicon entry. */
  public enum Category { FORMULA, PROGRAMME, TERM, LIST, QUOTED }

  private static final Pattern QUOTED = Pattern.compile("“([^“”]{2,12})”");
  /** Numbered formulas such as 两个确立 or 三个区分开来, and short numbered ones like 三农. */
  static final Pattern NUMBERED =
      Pattern.compile("[一二两三四五六七八九十]+个[\\p{IsHan}]{1,8}|[一二两三四五六七八九十双][\\p{IsHan}]{1,3}");

  private final Map<String, Category> entries;
  private final Map<Category, List<String>> byCategory = new java.util.concurrent.ConcurrentHashMap<>();
  private volatile com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie<String> standing;

  /** An automaton over standing terms; read-only once built, so lexicons with the same terms share it. */
  private record Standing(java.util.Set<String> terms,
      com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie<String> trie) {}

  private static volatile Standing lastStanding;

  private Lexicon(Map<String, Category> entries) {
    this.entries = entries;
  }

  /** The shipped lexicon alone. */
  public static Lexicon standard() {
    Map<String, Category> map = new LinkedHashMap<>();
    try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.tsv")) {
      if (in == null) {
        throw new IllegalStateException("lexicon.tsv missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        map.put(parts[0].strip(), Category.valueOf(parts[1].strip().toUpperCase(java.util.Locale.ROOT)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Lexicon(map);
  }

  /**
   * This lexicon plus the terms quoted in {@code texts}: a quoted term joins when it is a numbered
   * formula or is quoted at least twice (single quotations are often metaphors: “牛鼻子”).
   */
  public Lexicon withQuotedTermsFrom(Collection<String> texts) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    texts.forEach(t -> countQuoted(t, counts));
    return withQuotedCounts(counts);
  }

  /** Adds the terms quoted in {@code text} to running counts, for documents read one at a time. */
  public static void countQuoted(String text, Map<String, Integer> counts) {
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      counts.merge(m.group(1).strip(), 1, Integer::sum);
    }
  }

  /** This lexicon plus the quoted terms whose counts qualify them (see {@link #withQuotedTermsFrom}). */
  public Lexicon withQuotedCounts(Map<String, Integer> counts) {
    Map<String, Category> map = new LinkedHashMap<>(entries);
    counts.forEach((term, n) -> {
      boolean clean = term.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
      if (clean && (n >= 2 || isNumberedFormula(term)) && !map.containsKey(term)) {
        // A numbered term found only in the input is a formula when counted (三个务实); otherwise its
        // weight is unknown (“三八”, “一老一小”), so it ranks like a programme name.
        map.put(term, !isNumberedFormula(term) ? Category.QUOTED : term.contains("个") ? Category.FORMULA : Category.PROGRAMME);
      }
    });
    return new Lexicon(map);
  }

  /** One occurrence of a lexicon term in a text. */
  public record Hit(String term, Category category, int start, int end) {}

  /**
   * Every occurrence of a standing formula or term in {@code text}, found in one scan (an
   * Aho-Corasick automaton built once per lexicon), not one search per entry.
   */
  public List<Hit> standingTermsIn(String text) {
    var trie = standing;
    if (trie == null) {
      java.util.TreeMap<String, String> dict = new java.util.TreeMap<>();
      entries.forEach((t, c) -> {
        if (c == Category.FORMULA || c == Category.TERM) {
          dict.put(t, t);
        }
      });
      // Each batch of documents makes a new lexicon, mostly with the same standing terms; building an
      // automaton allocates tens of MB, so the last one is kept for the same terms.
      Standing last = lastStanding;
      if (last != null && last.terms().equals(dict.keySet())) {
        trie = last.trie();
      } else {
        trie = new com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie<>();
        if (!dict.isEmpty()) {
          trie.build(dict);
        }
        lastStanding = new Standing(java.util.Set.copyOf(dict.keySet()), trie);
      }
      standing = trie;
    }
    List<Hit> hits = new java.util.ArrayList<>();
    if (trie.size() > 0) {
      trie.parseText(text, (begin, end, term) -> hits.add(new Hit(term, entries.get(term), begin, end)));
    }
    return hits;
  }

  public static boolean isNumberedFormula(String term) {
    return NUMBERED.matcher(term).matches();
  }

  public boolean contains(String term) {
    return entries.containsKey(term);
  }

  public Category category(String term) {
    return entries.get(term);
  }

  /** Every entry that segmentation must keep whole. */
  public Set<String> terms() {
    return entries.keySet();
  }

  /** Entries of one category, in lexicon order. */
  public List<String> terms(Category category) {
    // Asked for every sentence by the formula detector: computed once per lexicon.
    return byCategory.computeIfAbsent(category,
        c -> entries.entrySet().stream().filter(e -> e.getValue() == c).map(Map.Entry::getKey).toList());
  }
}
