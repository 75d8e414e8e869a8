package org.kaodian.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.synonym.Synonym;
import com.hankcs.hanlp.dictionary.CoreSynonymDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.common.CommonSynonymDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The one adapter over HanLP: segmentation with POS and names, custom terms, and synonym groups. */
public final class Segmenter {
  private static final Set<String> INSERTED = ConcurrentHashMap.newKeySet();
  /**
   * Short strings (a subject, a list element, an answer) are segmented again and again by the
   * detectors; remembered until the dictionary changes.
   */
  private static final Map<String, List<Token>> SHORT = new ConcurrentHashMap<>();
  private static final int SHORT_LENGTH = 16;
  private static final int SHORT_ENTRIES = 50_000;
  private static volatile Segment segment;

  private Segmenter() {}

  private static Segment segment() {
    Segment s = segment;
    if (s == null) {
      synchronized (Segmenter.class) {
        if (segment == null) {
          HanLP.Config.enableDebug(false);
          segment = HanLP.newSegment().enableCustomDictionary(true).enableNameRecognize(true)
              .enableOffset(true);
        }
        s = segment;
      }
    }
    return s;
  }

  /** Adds terms that must stay whole (political formulas, quoted terms); idempotent. */
  public static void addTerms(Collection<String> terms) {
    segment();
    for (String t : terms) {
      if (t.length() >= 2 && t.length() <= 16 && INSERTED.add(t)) {
        // A political term must win over the core dictionary's split of it.
        CustomDictionary.insert(t, "nz 1024");
        SHORT.clear();
      }
    }
  }

  /** Segments a sentence into tokens with offsets into {@code text}. */
  public static List<Token> segment(String text) {
    if (text.length() > SHORT_LENGTH) {
      return analyse(text);
    }
    List<Token> known = SHORT.get(text);
    if (known == null) {
      known = List.copyOf(analyse(text));
      if (SHORT.size() >= SHORT_ENTRIES) {
        SHORT.clear();
      }
      SHORT.put(text, known);
    }
    return known;
  }

  private static List<Token> analyse(String text) {
    List<Term> terms = segment().seg(text);
    List<Token> out = new ArrayList<>(terms.size());
    int cursor = 0;
    for (Term t : terms) {
      int at = text.indexOf(t.word, cursor);
      if (at < 0) {
        at = cursor;
      }
      String pos = t.nature == null ? "x" : t.nature.toString();
      if (INSERTED.contains(t.word)) {
        pos = "nz";
      }
      out.add(new Token(t.word, pos, at));
      cursor = at + t.word.length();
    }
    return out;
  }

  /** Words HanLP lists as siblings (its {@code #} groups): same kind, different meaning. */
  public static List<String> siblings(String word) {
    CommonSynonymDictionary.SynonymItem item = CoreSynonymDictionary.get(word);
    if (item == null || item.type != Synonym.Type.LIKE) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Synonym s : item.synonymList) {
      if (!s.realWord.equals(word)) {
        out.add(s.realWord);
      }
    }
    return out;
  }

  /** Whether HanLP lists the two words as true synonyms (its {@code =} groups). */
  public static boolean synonyms(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    CommonSynonymDictionary.SynonymItem item = CoreSynonymDictionary.get(a);
    if (item == null || item.type != Synonym.Type.EQUAL) {
      return false;
    }
    return item.synonymList.stream().anyMatch(s -> s.realWord.equals(b));
  }
}
