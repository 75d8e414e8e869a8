package org.kaodian.item;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.kaodian.extract.AnswerSpan;
import org.kaodian.extract.Source;
import org.kaodian.extract.Statement;

/** Makes one type of item from a statement, or nothing when the statement does not suit the type. */
public interface ItemBuilder {
  /**
   * What every builder needs: distractors, the templates, the run's seeded randomness, and what the
   * paper so far shows.
   *
   * @param used distractors the paper already offers (live view; fresh ones are preferred)
   * @param asked answers the paper already asks (live view; never offered as a distractor)
   */
  record Context(DistractorPool pool, StemRenderer renderer, Random random, Set<String> used, Set<String> asked) {
    public Context(DistractorPool pool, StemRenderer renderer, Random random) {
      this(pool, renderer, random, Set.of(), Set.of());
    }

    /** The distractor slot for an answer of the statement, with the paper's used and asked terms. */
    DistractorPool.Slot slot(Statement s, AnswerSpan answer, List<String> siblings) {
      return new DistractorPool.Slot(answer, s.text(), s.source().document(), siblings, used, asked);
    }
  }

  ItemType type();

  Optional<Item> build(Statement statement, Context context);

  /** The blank shown for an answer: underscores roughly twice its width, within 6–16. */
  static String blank(String answer) {
    return "_".repeat(Math.max(6, Math.min(16, answer.length() * 2 + 2)));
  }

  /** The first half of a paired construction: 只要…就, 如果…就, 虽然…但, 不仅…而且, 既…也 (既定 and 一如既往 are words). */
  java.util.regex.Pattern PAIRED_OPENING = java.util.regex.Pattern.compile("只要|如果|假如|虽然|尽管|不仅|不但|一旦|既(?![定往])");

  /** A list number opening a sentence: （三）, 三、. */
  java.util.regex.Pattern LIST_NUMBER = java.util.regex.Pattern.compile(
      "^(?:（[一二三四五六七八九十]{1,3}）|（\\d{1,3}）|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}，|第[一二三四五六七八九十百]{1,4}条[\\s　]+)");

  /** The choice-item bracket that replaces the answer in the stem. */
  String CHOICE_GAP = "（　　）";

  /**
   * The first answer that can be hidden: appears once, leaves most of the sentence visible and is a
   * thing to remember, not a bare ranking word ({@code 根本}) that other words fit as well.
   */
  static Optional<AnswerSpan> hideable(Statement s) {
    // A thing before a role: in X是…的必然选择 many roles fit the gap, only X fits its own.
    List<AnswerSpan> order = new java.util.ArrayList<>(s.answers());
    order.sort(java.util.Comparator.comparing((AnswerSpan a) -> AnswerForm.isRole(a.text()))
        .thenComparing(a -> figureBesideIt(s, a)));
    for (AnswerSpan a : order) {
      String text = s.text();
      boolean once = text.indexOf(a.text()) == text.lastIndexOf(a.text());
      boolean subject = a.start() == 0 || StemCues.COPULA_AFTER.matcher(text).region(a.end(), text.length()).lookingAt();
      // ____是国家治理的重要方面: many subjects fit a weak predicate, so the subject is no blank there.
      if (subject && AnswerForm.weakPredicate(text.substring(a.end()))) {
        continue;
      }
      // 合作应该是双向的: what is said of the subject is only a quality, so the sentence asks nothing.
      if (subject && StemCues.QUALITY_PREDICATE.matcher(text.substring(a.end())).lookingAt()) {
        continue;
      }
      // 实事求是地提出…: a term used as an adverb is no thing the sentence says (blind read GG).
      if (StemCues.ADVERB_AFTER.matcher(text).region(a.end(), text.length()).lookingAt()) {
        continue;
      }
      // 完成“十五”任务、为“十一五”…: the plan beside it gives the plan away (blind read GG).
      if (InputEra.isPlanOrdinal(a.text()) && InputEra.otherPlanIn(text, a)) {
        continue;
      }
      // “十三五”时期 dates what the sentence says; the plan is not its point (blind read FF).
      if (InputEra.isPlanOrdinal(a.text()) && StemCues.PERIOD_AFTER.matcher(text).region(a.end(), text.length()).lookingAt()) {
        continue;
      }
      // 每50公斤 is the basis a price is quoted on, not a figure to remember (blind read T).
      if (a.type() == org.kaodian.extract.AnswerType.NUMBER && a.start() > 0 && text.charAt(a.start() - 1) == '每') {
        continue;
      }
      // 颁布实施2011-2020年中国农村扶贫开发纲要: the end of a span of years in a name is looked up, not learnt (blind read U).
      if ((a.type() == org.kaodian.extract.AnswerType.DATE || a.type() == org.kaodian.extract.AnswerType.NUMBER)
          && a.start() >= 2 && "-—–~至到".indexOf(text.charAt(a.start() - 1)) >= 0 && Character.isDigit(text.charAt(a.start() - 2))) {
        continue;
      }
      // 《中共中央、国务院关于抓好“三农”领域重点工作…的意见》: a word inside a title is looked up, not learnt (read Z).
      if (insideTitle(text, a)) {
        continue;
      }
      // 早发现、早报告、早隔离、早治疗“四早”: a count whose members the sentence lists is read off it (read AA).
      if (countOfListedMembers(text, a)) {
        continue;
      }
      // 党的二十大…，____第三次全体会议 for 二十届中央委员会: the sentence names the number already (blind read X).
      if (a.type() == org.kaodian.extract.AnswerType.NUMBER && numberShownElsewhere(text, a)) {
        continue;
      }
      // 中央政府的心同香港同胞的心也是____的: between 是 and a closing 的 stands a quality (完全连通, 充满曲折和艰辛),
      // which other words fit as well; a rank (政治标准是第一位的) is the exception (1 of 7 such blanks printable).
      if (qualityAfterCopula(text, a)) {
        continue;
      }
      // 《关于进一步激励广大干部新时代新担当新作为的意见》: a title that long is looked up, not learnt (in the blind
      // reads no title of 18 characters or more was printable, 4 of 11 shorter ones were).
      if (a.type() == org.kaodian.extract.AnswerType.DOCUMENT && a.text().length() > StemCues.LONGEST_TITLE_ASKED) {
        continue;
      }
      if (once && a.text().length() * 3 <= text.length() && a.text().length() >= 2
          && !AnswerForm.isWeakBlank(a.text()) && (subject || !AnswerForm.isBareWord(a.text()))) {
        return Optional.of(withoutSharedModifier(text, a));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a figure the statement could ask stands in the answer's own clause: in 中央财政用于“三农”的投入拟安排
   * 9884.5亿元 the figure is what a student must remember, and 三农 a word anyone fills in (blind read U).
   */
  static boolean figureBesideIt(Statement s, AnswerSpan a) {
    if (a.type() == org.kaodian.extract.AnswerType.NUMBER || a.type() == org.kaodian.extract.AnswerType.DATE) {
      return false;
    }
    String text = s.text();
    return s.answers().stream().anyMatch(f -> f.type() == org.kaodian.extract.AnswerType.NUMBER
        && sameClause(text, a.start(), f.start()));
  }

  private static boolean sameClause(String text, int from, int to) {
    for (int i = Math.min(from, to); i < Math.max(from, to); i++) {
      if ("，。；！？：".indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The answer without a modifier a parallel clause repeats: in 政治属性是党组织的根本属性，政治功能是党组织的基本功能
   * the blank is 根本属性, since 党组织的 stands in the next clause and a blank over it asks nothing.
   */
  static AnswerSpan withoutSharedModifier(String text, AnswerSpan a) {
    int de = a.text().lastIndexOf('的');
    if (de < 2 || a.text().length() - de - 1 < 2) {
      return a;
    }
    String modifier = a.text().substring(0, de + 1);
    int elsewhere = text.indexOf("是" + modifier);
    while (elsewhere >= 0 && elsewhere + 1 >= a.start() && elsewhere + 1 < a.end()) {
      elsewhere = text.indexOf("是" + modifier, elsewhere + 1);
    }
    if (elsewhere < 0) {
      return a;
    }
    return new AnswerSpan(a.text().substring(de + 1), a.type(), a.start() + de + 1, a.end());
  }

  /** Whether a numbered formula (四早) stands beside as many members of it as its number says. */
  static boolean countOfListedMembers(String text, AnswerSpan a) {
    var m = StemCues.NUMBERED_FORMULA.matcher(a.text());
    if (!m.matches()) {
      return false;
    }
    int n = NumberForms.fromChinese(m.group(1).replace('两', '二'));
    String member = m.group(2);
    String rest = text.substring(0, a.start()) + "\u0000" + text.substring(a.end());
    // Members listed open their parts (早发现、早报告…); 代表 twice in a sentence lists no 三个代表.
    int seen = 0;
    for (int at = rest.indexOf(member); at >= 0; at = rest.indexOf(member, at + 1)) {
      if (at == 0 || "、，：“\u0000".indexOf(rest.charAt(at - 1)) >= 0) {
        seen++;
      }
    }
    return n >= 2 && seen >= n;
  }

  /** Whether the answer is a part of a title in 《》, not the whole title. */
  static boolean insideTitle(String text, AnswerSpan a) {
    int open = text.lastIndexOf('《', a.start() - 1);
    if (open < 0 || text.lastIndexOf('》', a.start() - 1) > open) {
      return false;
    }
    int close = text.indexOf('》', a.end());
    boolean whole = open == a.start() - 1 && close == a.end();
    return close >= 0 && !whole;
  }

  /** Whether a term's number (二十 of 二十届中央委员会) stands elsewhere in the sentence as its congress (二十大, 二十届). */
  static boolean numberShownElsewhere(String text, AnswerSpan a) {
    var m = StemCues.TERM_NUMBER.matcher(a.text());
    if (!m.find()) {
      return false;
    }
    String rest = text.substring(0, a.start()) + "\u0000" + text.substring(a.end());
    return rest.contains(m.group(1) + "大") || rest.contains(m.group(1) + "届");
  }

  /** Whether the answer stands between 是 and a 的 that closes its clause, and is no rank (第一位). */
  static boolean qualityAfterCopula(String text, AnswerSpan a) {
    // The closing 的 inside the answer (合作应该是双向的) or after it (是完全连通的).
    boolean deInside = a.text().endsWith("的") && a.text().length() >= 3;
    int after = deInside ? a.end() : a.end() + 1;
    return a.start() > 0 && text.charAt(a.start() - 1) == '是' && (deInside || text.startsWith("的", a.end()))
        && (after >= text.length() || "，。；！？".indexOf(text.charAt(after)) >= 0) && !a.text().startsWith("第");
  }

  static String replace(String text, AnswerSpan span, String with) {
    return text.substring(0, span.start()) + with + text.substring(span.end());
  }

  static Map<String, Object> model(Statement s, String sentence, int blanks) {
    Source src = s.source();
    Map<String, Object> m = new LinkedHashMap<>();
    // A list number the sentence kept from its paragraph ((三), 二、) is not part of the question.
    // 主要表现在，产业升级有新进展: the phrase that led into a list of results is no part of the one asked.
    m.put("sentence", StemCues.LEAD_INTO_RESULTS.matcher(LIST_NUMBER.matcher(sentence).replaceFirst("")).replaceFirst("$1"));
    m.put("original", s.text());
    m.put("kind", s.kind().id());
    m.put("blankCount", blanks);
    // A title quoting a title (中共中央印发《…条例》) is cited inside 《》, so the inner marks become 〈〉.
    String title = src.title().replace('《', '〈').replace('》', '〉');
    m.put("source", Map.of("title", title, "document", src.document(), "paragraph", src.paragraph()));
    return m;
  }

  static Item item(ItemType type, Statement s, String stem, List<String> options, List<String> answers,
      StemRenderer renderer) {
    return item(type, s, stem, options, answers, List.of(), renderer);
  }

  static Item item(ItemType type, Statement s, String stem, List<String> options, List<String> answers,
      List<Distractor> distractors, StemRenderer renderer) {
    Source src = s.source();
    String explanation = renderer.explanation(model(s, s.text(), 0));
    String id = id(type.id() + "\u0000" + s.text() + "\u0000" + String.join("\u0001", answers) + "\u0000" + stem);
    return new Item(id, type, s.kind().id(), stem, options, answers, explanation, s.score(), s.reason(),
        new ItemSource(src.document(), src.title(), src.paragraph(), s.text(), src.start(), src.end()),
        PaperAssembler.factKey(s), distractors);
  }

  /** The longest choice stem printed whole; a longer sentence is cut to the clause around its gap. */
  int MAX_CHOICE_STEM = 100;

  /** The sentence with a gap, cut after the gap's clause when it is too long; empty when that is still too long. */
  static Optional<String> gapClause(String sentence) {
    int at = sentence.indexOf(CHOICE_GAP);
    if (at < 0) {
      return Optional.of(sentence);
    }
    String own = ownSentence(sentence, at);
    return leadClause(own, own.indexOf(CHOICE_GAP) + CHOICE_GAP.length(), MAX_CHOICE_STEM);
  }

  /**
   * The sentence the first gap is in, when the text is a quoted passage of several (一方水土养一方人，…。作为一地的
   * 党政领导，…。绍兴历史文化深厚，____。): the sentences before it are no part of the question.
   */
  static String ownSentence(String text, int firstGap) {
    int start = 0;
    for (int i = firstGap - 1; i >= 0; i--) {
      if ("。！？".indexOf(text.charAt(i)) >= 0) {
        start = i + 1;
        break;
      }
    }
    return start > 0 && firstGap - start >= 4 ? text.substring(start) : text;
  }

  /**
   * The sentence from its start to the end of the comma part at {@code end}, grown by the parts after
   * it while within {@code max}; the whole sentence when it is short enough. The start is always
   * kept, because it holds the subject (党的十六大以后，…的中国共产党人，团结带领…); a sentence whose
   * gap lies too far in (beyond 1.3 × max) is empty: it does not make a question that stands alone.
   */
  /** Whether the text's last comma part that opens a topic (对那些…的干部) has no part after it saying what is done. */
  static boolean openTopic(String text) {
    String[] parts = text.split("，");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (StemCues.OPEN_TOPIC.matcher(parts[i]).lookingAt()) {
        for (int k = i + 1; k < parts.length; k++) {
          if (StemCues.TOPIC_PREDICATE.matcher(parts[k]).lookingAt()) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  static Optional<String> leadClause(String sentence, int end, int max) {
    // …精神，遵循下列原则：坚持依规依法，… or …，主要基于两方面考虑：一方面，…: what follows the colon is the first of
    // a list or of two sides the stem cannot hold, so the stem ends before the clause that announces them.
    var listLead = StemCues.LIST_LEAD.matcher(sentence);
    if (listLead.find(Math.min(end, sentence.length()))) {
      sentence = sentence.substring(0, listLead.start()) + "。";
    }
    if (sentence.length() <= max) {
      return Optional.of(sentence);
    }
    int to = end;
    while (to < sentence.length() && "，；。！？".indexOf(sentence.charAt(to)) < 0) {
      to++;
    }
    if (to > max * 13 / 10) {
      return Optional.empty();
    }
    while (to < sentence.length() && "；。！？".indexOf(sentence.charAt(to)) < 0) {
      int next = to + 1;
      while (next < sentence.length() && "，；。！？".indexOf(sentence.charAt(next)) < 0) {
        next++;
      }
      // A short last part is often the predicate (…敢作善为抓落实，内在要求是一贯的): kept a little over max.
      boolean shortLast = next >= sentence.length() - 1 && next - to <= 12 && next + 1 <= max * 13 / 10;
      // A part ending on 的 leaves its noun outside (the last part has none to leave): stop before it.
      boolean last = next >= sentence.length() - 1;
      if (next + 1 > max && !shortLast || !last && sentence.substring(to, next).endsWith("的")) {
        break;
      }
      to = next;
    }
    String out = sentence.substring(0, to).strip().replaceAll("[，：、]$", "");
    // 只要我们…, cut before its 就…, says nothing: a condition or concession needs its second half.
    boolean halfOfAPair = to < sentence.length() - 1 && PAIRED_OPENING.matcher(out).find();
    // A clause ending on 后 or 时 (经党组讨论决定后) waits for its main clause: cut there, it reads as false.
    boolean subordinate = to < sentence.length() - 1 && out.matches(".*(?:后|时|之前|以前|以来|期间|过程中)$");
    boolean cutOnDe = to < sentence.length() - 1 && out.endsWith("的");
    // 发挥宪法在坚持…，促进…等方面的重要作用 cut before 等方面 leaves its 在 open.
    boolean openFrame = to < sentence.length() - 1 && out.contains("在") && sentence.substring(to).contains("方面");
    // 对那些…的“三拍”干部 cut before its 要及时调整 names whom the sentence deals with, not what it says of them.
    boolean openTopic = to < sentence.length() - 1 && openTopic(out);
    // 这篇讲话，是在…关头，冲破…的禁锢 cut before …的宣言书: a 是 opening on a circumstance (是在, 是从) has its
    // complement further on, and the cut leaves the copula without one (blind read U).
    boolean openCopula = to < sentence.length() - 1 && StemCues.COPULA_BEFORE_CIRCUMSTANCE.matcher(out).find();
    // …，为全面建成社会主义现代化强国、实现第二个百年奋斗目标 cut before 而努力奋斗: the purpose waits for its verb (read X).
    boolean openPurpose = to < sentence.length() - 1 && StemCues.PURPOSE_OPENED.matcher(out).find()
        && StemCues.PURPOSE_CLOSED.matcher(sentence.substring(to)).find();
    // A cut stem over the limit buries its gap (1 of 7 stems of 100 characters or more was printable in reads P to W,
    // 6 of 10 of 95–99): only a whole sentence may run a little over, when its short last part completes it.
    boolean whole = to >= sentence.length() - 1;
    boolean tooLong = out.length() + 1 > max + (whole ? 10 : 0);
    return cutOnDe || openFrame || openTopic || openCopula || openPurpose || halfOfAPair || subordinate || tooLong ? Optional.empty() : Optional.of(out + "。");
  }

  /** The sentence with blanks, cut after the last blank's clause when too long; empty when still too long. */
  static Optional<String> blankClause(String sentence) {
    int first = sentence.indexOf("___");
    if (first >= 0) {
      sentence = ownSentence(sentence, first);
    }
    int last = sentence.lastIndexOf("___");
    if (last < 0) {
      return Optional.of(sentence);
    }
    int end = last;
    while (end < sentence.length() && sentence.charAt(end) == '_') {
      end++;
    }
    return leadClause(sentence, end, MAX_CHOICE_STEM);
  }

  /** The other elements of the parallel list the answer belongs to, or none. */
  static List<String> siblings(Statement s, AnswerSpan answer) {
    List<AnswerSpan> list = ListSpans.contiguousList(s);
    if (list.stream().noneMatch(a -> a.start() == answer.start())) {
      return List.of();
    }
    return list.stream().filter(a -> a.start() != answer.start()).map(AnswerSpan::text).toList();
  }

  static String id(String content) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
