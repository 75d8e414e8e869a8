package org.kaodian.item;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.kaodian.extract.AnswerSpan;
import org.kaodian.extract.Statement;

/**
 * Assembles one paper as a whole: one fact once, no item whose answer another item shows, types
 * balanced, true and false statements about equally often.
 */
public final class PaperAssembler {
  /**
   * The items of one paper and how far the input went.
   *
   * @param items the items, ordered by score
   * @param asked how many items were asked for ({@code -1}: as many as the input allows)
   * @param distinctFacts how many distinct facts the statements hold
   * @param repeated whether facts were reused to reach the count ({@code --allow-repeats})
   * @param weakFacts facts left out because only weaker statements state them (closing exhortations,
   *     undated figures, pointers; see {@link #lowValue})
   */
  public record Paper(List<Item> items, int asked, int distinctFacts, boolean repeated, int weakFacts) {
    public Paper {
      items = List.copyOf(items);
    }

    public Paper(List<Item> items, int asked, int distinctFacts, boolean repeated) {
      this(items, asked, distinctFacts, repeated, 0);
    }

    /** What a teacher is told when the input is too short for the count; empty when it was not. */
    public Optional<String> shortNote() {
      if (asked < 0 || items.size() >= asked) {
        return Optional.empty();
      }
      return Optional.of("only " + distinctFacts + " distinct facts; wrote " + items.size() + " questions"
          + (weakFacts > 0 ? "; left out " + weakFacts + " weaker statement" + (weakFacts == 1 ? "" : "s")
              + " (exhortations, undated figures, pointers)" : "")
          + (repeated ? "" : " (--allow-repeats reuses facts to reach " + asked + ")"));
    }
  }

  private final Map<ItemType, ItemBuilder> builders = new EnumMap<>(ItemType.class);
  private final StemRenderer renderer;

  public PaperAssembler(StemRenderer renderer) {
    this.renderer = renderer;
    for (ItemBuilder b : List.of(new FillBlankBuilder(), new SingleChoiceBuilder(), new MultipleChoiceBuilder(),
        new TrueFalseBuilder())) {
      builders.put(b.type(), b);
    }
  }

  /** The paper for the ranked statements; the same statements, selection and seed give the same paper. */
  public Paper assemble(List<Statement> statements, DistractorPool pool, ItemGenerator.Selection selection,
      long seed) {
    Random random = new Random(seed);
    Set<String> used = new LinkedHashSet<>();
    Set<String> asked = new LinkedHashSet<>();
    ItemBuilder.Context ctx = new ItemBuilder.Context(pool, renderer, random, Collections.unmodifiableSet(used),
        Collections.unmodifiableSet(asked));
    Map<Statement, Integer> fact = facts(statements);
    int distinct = (int) fact.values().stream().distinct().count();
    List<Item> items = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    if (selection.count() < 0 && selection.allowRepeats()) {
      // Every item the statements allow, as before papers had rules: a bank to draw papers from.
      for (Statement s : statements) {
        for (ItemType t : selection.types()) {
          build(t, s, ctx, selection, random.nextBoolean()).filter(i -> ids.add(i.id())).ifPresent(items::add);
        }
      }
      return new Paper(sorted(items), selection.count(), distinct, true, 0);
    }
    int limit = selection.count() < 0 ? Integer.MAX_VALUE : selection.count();
    Map<ItemType, Integer> made = new EnumMap<>(ItemType.class);
    selection.types().forEach(t -> made.put(t, 0));
    int[] trueFalse = new int[2]; // made true, made false
    Set<Integer> factsUsed = new LinkedHashSet<>();
    Map<String, Set<String>> alsoAsked = new HashMap<>();
    // Likelier printed first (PrintPrior): the ranker's order says which sentences a teacher would test, not
    // which of their questions a teacher prints, so a long paper asks short standing terms before long predicates.
    List<Statement> order = interleaveByDocument(byPrintPrior(statements));
    // Closing exhortations and a ministry's assignments are asked only when nothing better is left.
    Map<Statement, Boolean> low = new HashMap<>();
    order.forEach(s -> low.put(s, lowValue(s)));
    order.sort(Comparator.comparing(low::get));
    int weak = 0;
    if (selection.count() >= 0 && !selection.allowRepeats()) {
      // A paper of a set length is printed as it is: a weaker statement would be the question a teacher
      // crosses out, so it is left out and the short note says so; --allow-repeats or --count all keep it.
      Set<Integer> strong = new LinkedHashSet<>();
      order.stream().filter(s -> !low.get(s)).forEach(s -> strong.add(fact.get(s)));
      weak = (int) order.stream().filter(low::get).map(fact::get).filter(f -> !strong.contains(f)).distinct().count();
      order.removeIf(low::get);
      distinct = strong.size();
    }
    // The answers the paper will likely ask are no options from the start: 十五五 offered beside 十四五 would
    // cost the later question on 十五五 its place (an item may not show another's answer).
    Set<Integer> likely = new HashSet<>();
    for (Statement s : order) {
      if (likely.size() >= limit) {
        break;
      }
      if (likely.add(fact.get(s))) {
        ItemBuilder.hideable(s).map(a -> DistractorPool.normalise(a.text())).filter(a -> !a.isEmpty()).ifPresent(asked::add);
      }
    }
    // A type may run ahead of its share by one only: a statement that can make nothing but a type already
    // over its share waits for a second pass, so statements that make the short types are reached first.
    int typeCount = selection.types().size();
    int cap = limit == Integer.MAX_VALUE ? Integer.MAX_VALUE : (limit + typeCount - 1) / typeCount + 1;
    List<Statement> waiting = new ArrayList<>();
    for (int pass = 0; pass < 2; pass++) {
      boolean secondPass = pass == 1;
      for (Statement s : secondPass ? List.copyOf(waiting) : order) {
        if (items.size() >= limit) {
          break;
        }
        if (factsUsed.contains(fact.get(s))) {
          continue;
        }
        // The type furthest below its share that this statement can make without clashing with the paper.
        List<ItemType> types = new ArrayList<>(selection.types());
        types.sort(Comparator.comparingInt(made::get));
        // Only a parallel list makes a multiple choice: a list goes there first while that type is short.
        if (types.contains(ItemType.MULTIPLE_CHOICE) && !ListSpans.contiguousList(s).isEmpty()) {
          int others = made.entrySet().stream().filter(e -> e.getKey() != ItemType.MULTIPLE_CHOICE)
              .mapToInt(Map.Entry::getValue).max().orElse(0);
          if (made.get(ItemType.MULTIPLE_CHOICE) <= others) {
            types.remove(ItemType.MULTIPLE_CHOICE);
            types.add(0, ItemType.MULTIPLE_CHOICE);
          }
        }
        boolean placed = false;
        boolean capped = false;
        for (ItemType t : types) {
          if (!secondPass && made.get(t) >= cap) {
            capped = true;
            continue;
          }
          Optional<Item> item = Optional.empty();
          // A paper asks true/false only of statements the extractor is sure of; --allow-repeats may still
          // fill up with the others.
          if (t == ItemType.TRUE_FALSE && s.score() < TrueFalseBuilder.MIN_SCORE) {
            continue;
          }
          if (t == ItemType.TRUE_FALSE) {
            boolean wantFalse = trueFalse[1] <= trueFalse[0];
            item = buildOne(t, s, ctx, wantFalse);
            if (item.isEmpty() && Math.abs(trueFalse[wantFalse ? 0 : 1] + 1 - trueFalse[wantFalse ? 1 : 0]) <= 1) {
              item = buildOne(t, s, ctx, !wantFalse);
            }
          } else {
            item = buildOne(t, s, ctx, false);
          }
          if (item.isEmpty() || !ids.add(item.get().id())) {
            continue;
          }
          Item i = item.get();
          Set<String> hidden = hiddenAnswers(s, i);
          if (items.stream().anyMatch(a -> conflict(a, i).isPresent()
              || hidden.stream().anyMatch(x -> shows(a, x))
              || alsoAsked.getOrDefault(a.id(), Set.of()).stream().anyMatch(x -> shows(i, x)))) {
            ids.remove(i.id());
            continue;
          }
          items.add(i);
          alsoAsked.put(i.id(), hidden);
          factsUsed.add(fact.get(s));
          made.merge(t, 1, Integer::sum);
          if (t == ItemType.TRUE_FALSE) {
            trueFalse[isFalse(i) ? 1 : 0]++;
          }
          asked.addAll(asked(i));
          i.distractors().forEach(d -> used.add(DistractorPool.normalise(d.text())));
          placed = true;
          break;
        }
        if (!placed && capped && !secondPass) {
          waiting.add(s);
        }
      }
    }
    boolean repeated = false;
    if (selection.allowRepeats() && items.size() < limit) {
      // Asked for: reuse facts to reach the count; sentences the paper does not have yet come first (their
      // fact was asked or their text shows an answer), then other types of the sentences it has.
      Set<String> have = new LinkedHashSet<>();
      items.forEach(i -> have.add(i.source().sentence()));
      List<Statement> again = new ArrayList<>(order);
      again.sort(Comparator.comparing((Statement s) -> have.contains(s.text())));
      // One item for each sentence the paper lacks before a second type of any: four types of the first such
      // sentences would use up the count and leave later ones out.
      for (Statement s : again) {
        if (have.contains(s.text())) {
          continue;
        }
        for (ItemType t : selection.types()) {
          if (items.size() >= limit) {
            break;
          }
          // A statement that makes no false statement may still make a true one, and the other way round.
          boolean wantFalse = random.nextBoolean();
          Optional<Item> i = build(t, s, ctx, selection, wantFalse).filter(x -> ids.add(x.id()));
          if (i.isEmpty() && t == ItemType.TRUE_FALSE) {
            i = build(t, s, ctx, selection, !wantFalse).filter(x -> ids.add(x.id()));
          }
          if (i.isPresent()) {
            items.add(i.get());
            have.add(s.text());
            repeated = true;
            break;
          }
        }
      }
      for (Statement s : again) {
        for (ItemType t : selection.types()) {
          if (items.size() >= limit) {
            break;
          }
          Optional<Item> i = build(t, s, ctx, selection, random.nextBoolean()).filter(x -> ids.add(x.id()));
          if (i.isPresent()) {
            items.add(i.get());
            repeated = true;
          }
        }
      }
    }
    return new Paper(sorted(items), selection.count(), distinct, repeated, weak);
  }

  private static final java.util.regex.Pattern LOW_VALUE = java.util.regex.Pattern.compile(
      "^(?:让我们|全党全国各族人民要|全党同志|(?:会议|全会|大会)号召)|紧密团结在[^，。]{2,20}周围"
      + "|^[^，。；]{2,14}(?:部|委|局|署|办公室|部门|单位)(?:要|应|应当|负责)"
      // A place or a meeting pointed at, never named: 在这里, 这次会议.
      + "|在这里|这里的|这次(?:会议|全会|大会|考察|学习|集体学习)|本次(?:会议|全会|学习)|^今天|^我(?![们国党军])|^(?:那时|当时|那年|那一年|后来|此后)|^(?:现在|如今)?这些|^(?:[^，。]{1,4}，)?(?:他|她)(?![们国])"
      // A clause cut from a longer sentence that opens on a connective (另一方面，无论是…) has no subject of its own.
      + "|^(?:另一方面|一方面|无论|不论|此外|并且|而且|从而|进而|深刻回答了|回答了|主要包括|具体包括)"
      // How the document itself is laid out (第二板块为分论…安排了12个部分): drafting detail (blind read HH).
      + "|第[一二三四五六七八九十]板块|[0-9一二三四五六七八九十]+个部分(?:构成|组成|。|，)|由[0-9一二三四五六七八九十]+个部分"
      // 一是…: one part of a list whose head is the sentence before; the stem never says what it is a part of (read HH).
      + "|^[一二三四五六七八九十]是"
      // 讲话从…的高度 points at a speech the stem never names (development read C).
      + "|^(?:讲话|报告|这篇讲话|重要讲话)(?=[从对在指强提深])"
      // A list cut short by an ellipsis (发布《…》……) is a fragment of a longer account.
      + "|…。?$"
      // A line opening on a verb of saying (提出加强…) says what someone named before it said; one opening on
      // 带头, 要求 or 团结带领 tells what someone named before it did.
      + "|^(?:提出|强调|指出|认为|表示)(?![：:])|^(?:带头|率先垂范|亲自|团结带领|要求(?![是：:]))"
      // A speaker turning to the hall (大家想一想) is rhetoric, not a statement.
      + "|^(?:大家|同志们|各位)|想一想|试想|多么"
      // A regulation's own scope and procedure (本条例适用于…) is no fact about the field, and 完成本决定提出的
      // 改革任务 points at the document without naming it.
      + "|本(?:条例|办法|规定|意见|决定|准则|细则|规则)|适用于|自发布之日起施行|制定本(?:条例|细则|办法|规定)"
      // A document named only by its kind (《条例》, 《建议》) leaves the student asking which one.
      + "|《(?:条例|建议|意见|决定|规定|办法|细则|通知|纲要)》"
      // How a document was drafted (各方面普遍希望, 《建议》稿, 征求意见) or that it must be studied is no content of it.
      + "|各方面普遍|征求意见|起草组|《建议》稿|建议稿|学习(?:好|宣传)?贯彻(?:好)?[^，。]{0,6}(?:全会|会议|大会)精神"
      // A release note (近日，…印发了《…》) says a document exists, not what it says.
      + "|^近日|(?:近期|近日|日前)发布|印发了《[^》]+》，?并发出通知"
      // A relative year the extractor could not date.
      + "|(?:今年|明年|去年)(?!（)");

  /**
   * Whether a statement is one a teacher asks only for lack of better: a closing exhortation (让我们紧密团结
   * 在…周围，坚定信心…) or a line assigning work to a ministry (国家发展改革委要加强统筹…).
   */
  static boolean lowValue(Statement s) {
    // A numbered line of a few words (（九）实行高水平对外开放，开拓合作共赢新局面。) is a section heading.
    if (ItemBuilder.LIST_NUMBER.matcher(s.text()).lookingAt() && s.text().length() <= 40) {
      return true;
    }
    // A sentence opening on its year (1921年7月，…在上海召开) is a history fact: when and where a meeting was
    // held, or what it adopted, is then the content, not procedure.
    boolean dated = DATED_OPENING.matcher(s.text()).lookingAt();
    if (LOW_VALUE.matcher(s.text()).find() || !dated && MEETING_HELD.matcher(s.text()).find()
        || WEAK_KINDS.stream().filter(k -> !dated || !DATED_FACT_KINDS.contains(k)).anyMatch(s::penalised)) {
      return true;
    }
    Optional<AnswerSpan> hidden = ItemBuilder.hideable(s);
    // 认真贯彻《中华人民共和国证券法》, 制定了《…规划纲要》: a report's task or result line names a law or plan it
    // acts on; the title is no fact to learn there (blind read FF refused 4 of 4). 1950年，我国颁布了《…》 is history.
    if (hidden.isPresent() && hidden.get().type() == org.kaodian.extract.AnswerType.DOCUMENT && !dated
        && ROUTINE_ACT.matcher(s.text().substring(Math.max(0, hidden.get().start() - 8), hidden.get().start())).find()) {
      return true;
    }
    // A long descriptive blank (事关根本的重大问题) has no one wording a student could give.
    if (hidden.isPresent() && hidden.get().type() == org.kaodian.extract.AnswerType.TERM
        && hidden.get().text().length() > 8 && hidden.get().start() > 0 && !s.text().startsWith("是", hidden.get().end())
        && !AnswerForm.isRole(hidden.get().text()) && !STANDARD.contains(hidden.get().text())) {
      return true;
    }
    // An amount or a rate is worth asking when it measures what a report is read for (国内生产总值, 赤字率, 城镇
    // 新增就业…); 中央预算内投资6400亿元 or 普惠小微企业贷款增长50% is a line a teacher skips.
    // The measure is the one named in the figure's own clause: 工业企业利润由上年下降2.3% is no headline for the
    // 国内生产总值能耗 a later clause names (blind read R); 紧急转移安置900多万人次 counts no headline either.
    if (hidden.isPresent() && hidden.get().type() == org.kaodian.extract.AnswerType.NUMBER
        // A count of measures (取消和停征100项收费) is as minor as an amount, unless a headline measure names it.
        // So is a count of people or homes (再解决3200万人的安全饮水问题, 改造农村危房150万户) and a multiple
        // (实现利润增长2.23倍, 比前五年增长1.26倍): blind read EE refused 23 of 26 such figures.
        && hidden.get().text().matches(".*(?:元|%|％|人次|项|条|个|人|名|倍|户|套|吨|斤|公里|千米|亩|平方米)(?:左右|以上|以下|以内|多)?")
        && !HEADLINE.matcher(DistractorPool.clauseBefore(s.text(), hidden.get().start())).find()
        && !(hidden.get().text().matches(".*(?:吨|斤)") && s.text().contains("粮食"))) {
      return true;
    }
    // A figure is true of a time: without its year (比上年 alone) the student cannot tell target from result.
    return hidden.isPresent() && hidden.get().type() == org.kaodian.extract.AnswerType.NUMBER
        && !YEAR.matcher(s.text()).find();
  }

  /** The measures a 政府工作报告 is read for: its headline targets and results. */
  private static final java.util.regex.Pattern HEADLINE = java.util.regex.Pattern.compile(
      "国内生产总值|经济增速|经济增长|贡献率|居民消费价格|城镇新增就业|新增城镇就业|失业率|赤字|特别国债|专项债|一般公共预算|全国财政"
      + "|财政收入|粮食产量|粮食总产量|出席|代表|委员|党员|总人口"
      + "|人均可支配收入|进出口|货物贸易|外资|能耗|研发经费|研究与试验发展|减税|降费|退税|贫困人口|城镇化率|经济总量|国内生产总值"
      + "|社会消费品零售总额|固定资产投资|数字经济|碳排放|森林覆盖率|预期寿命|毛入学率|养老保险|基本医疗保险|最低工资|军费|国防支出"
      + "|预期目标|主要目标");

  /** When and where a meeting was held is procedure, not content. */
  private static final java.util.regex.Pattern MEETING_HELD = java.util.regex.Pattern.compile(
      "[于在][^，。；]{0,24}(?:举行|召开|闭幕|开幕)");

  private static final java.util.regex.Pattern ROUTINE_ACT = java.util.regex.Pattern.compile(
      "(?:贯彻|落实|实施|制定|修订|修改|颁布|出台|印发|执行|审议|起草|编制)(?:了|好|和实施了?)?《$");

  private static final java.util.regex.Pattern DATED_OPENING = java.util.regex.Pattern.compile(
      "(?:1[89]|20)\\d\\d年(?:\\d{1,2}月)?");

  /** Penalties that a year at the sentence's start turns into a history fact. */
  private static final Set<String> DATED_FACT_KINDS = Set.of("narrative of a visit or meeting", "procedural line");

  private static final org.kaodian.extract.Lexicon STANDARD = org.kaodian.extract.Lexicon.standard();

  /** Penalties that leave a statement on the paper only when nothing better is left. */
  private static final List<String> WEAK_KINDS = List.of("local news", "narrative of a visit or meeting",
      "procedural line", "dialogue", "subject in the previous sentence", "minor statistic", "reportage (据介绍, 据了解)");

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile(
      "(?:1[89]|20)\\d\\d年|[一二][〇零九][〇零一二三四五六七八九]{2}年|“?十[一二三四五六]五”?|五年来|十年来|新时代以来|十八大以来"
      + "|改革开放以来|成立以来|建党|届");

  /**
   * What an item asks beyond its answers: the fact a true/false statement judges (稳预期 when the
   * false one says 稳外贸) and every list element a multiple choice hides, options or not.
   */
  private static Set<String> hiddenAnswers(Statement s, Item i) {
    Set<String> out = new LinkedHashSet<>();
    if (i.type() == ItemType.TRUE_FALSE) {
      ItemBuilder.hideable(s).ifPresent(a -> out.add(DistractorPool.normalise(a.text())));
    } else if (i.type() == ItemType.MULTIPLE_CHOICE) {
      ListSpans.contiguousList(s).forEach(a -> out.add(DistractorPool.normalise(a.text())));
    }
    out.removeIf(String::isEmpty);
    return out;
  }

  private static List<Item> sorted(List<Item> items) {
    List<Item> out = new ArrayList<>(items);
    out.sort(Comparator.comparingDouble(Item::score).reversed());
    return out;
  }

  private Optional<Item> buildOne(ItemType type, Statement s, ItemBuilder.Context ctx, boolean makeFalse) {
    Optional<Item> item = type == ItemType.TRUE_FALSE
        ? ((TrueFalseBuilder) builders.get(type)).build(s, ctx, makeFalse)
        : builders.get(type).build(s, ctx);
    return item.filter(i -> ItemChecks.problems(i).isEmpty());
  }

  /** Builds the item; a choice item without good distractors becomes a fill-in when that type is wanted. */
  private Optional<Item> build(ItemType type, Statement s, ItemBuilder.Context ctx, ItemGenerator.Selection selection,
      boolean makeFalse) {
    Optional<Item> item = buildOne(type, s, ctx, makeFalse);
    if (item.isEmpty() && type.isChoice() && selection.count() >= 0 && selection.types().contains(ItemType.FILL_BLANK)) {
      item = buildOne(ItemType.FILL_BLANK, s, ctx, false);
    }
    return item;
  }

  private boolean isFalse(Item i) {
    return i.answers().equals(List.of(renderer.trueFalseWords().get(1)));
  }

  /**
   * The fact a statement states, as a stable key: its parallel list when it has one, else the answer
   * a question would hide.
   */
  public static String factKey(Statement s) {
    List<AnswerSpan> list = ListSpans.contiguousList(s);
    if (!list.isEmpty()) {
      return Item.factKey(s.text().substring(list.get(0).start(), list.get(list.size() - 1).end()));
    }
    Optional<AnswerSpan> hidden = ItemBuilder.hideable(s);
    if (hidden.isPresent()) {
      return Item.factKey(hidden.get().text());
    }
    return Item.factKey(s.answers().isEmpty() ? s.text() : s.answers().get(0).text());
  }

  /**
   * Statements that share an answer are one fact: each statement's fact number, the same for all
   * statements linked through a shared asked answer (两个毫不动摇 in two sentences).
   */
  static Map<Statement, Integer> facts(List<Statement> statements) {
    int[] parent = new int[statements.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<String, Integer> firstWith = new HashMap<>();
    for (int i = 0; i < statements.size(); i++) {
      // What items of the statement would ask: its fact, the answer a blank hides, its list's elements.
      // Other spans (a term the sentence merely mentions) do not make two statements one fact; if an
      // item shows them, the give-away rule keeps the two apart.
      Statement st = statements.get(i);
      Set<String> keys = new LinkedHashSet<>();
      keys.add(factKey(st));
      ItemBuilder.hideable(st).ifPresent(a -> keys.add(Item.factKey(a.text())));
      ListSpans.contiguousList(st).forEach(a -> keys.add(Item.factKey(a.text())));
      keys.removeIf(k -> k.length() < 2);
      for (String k : keys) {
        Integer j = firstWith.putIfAbsent(k, i);
        if (j != null) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    Map<Statement, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < statements.size(); i++) {
      out.putIfAbsent(statements.get(i), root(parent, i));
    }
    return out;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** What an item asks, normalised: its fact, and for fill-ins and choice items its answer texts. */
  public static Set<String> asked(Item i) {
    Set<String> out = new LinkedHashSet<>();
    out.add(i.fact());
    if (i.type() != ItemType.TRUE_FALSE) {
      i.answers().forEach(a -> out.add(DistractorPool.normalise(a)));
    }
    out.removeIf(String::isEmpty);
    return out;
  }

  /**
   * Whether a student reading the item sees the (normalised) answer: a two-character answer only as a
   * word of its own, not inside a longer one (互利 is not shown by 互利合作共赢).
   */
  public static boolean shows(Item i, String answer) {
    if (answer.length() >= 3) {
      return shown(i).contains(answer);
    }
    String raw = i.stem() + "\n" + String.join("\n", i.options());
    return java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(answer) + "(?!\\p{IsHan})").matcher(raw).find();
  }

  /** Everything a student reads in an item (stem and options), normalised. */
  public static String shown(Item i) {
    return DistractorPool.normalise(i.stem() + "\n" + String.join("\n", i.options()));
  }

  /**
   * Why two items do not belong in one paper, or empty when they do: the same fact, or one shows what
   * the other asks.
   */
  public static Optional<String> conflict(Item a, Item b) {
    if (a.fact().equals(b.fact())) {
      return Optional.of("both ask " + a.fact());
    }
    Set<String> askedA = asked(a);
    Set<String> askedB = asked(b);
    for (String x : askedA) {
      if (askedB.contains(x)) {
        return Optional.of("both ask " + x);
      }
      if (shows(b, x)) {
        return Optional.of(b.id() + " shows " + x + ", the answer of " + a.id());
      }
    }
    for (String x : askedB) {
      if (shows(a, x)) {
        return Optional.of(a.id() + " shows " + x + ", the answer of " + b.id());
      }
    }
    return Optional.empty();
  }

  /**
   * Up to {@code n} items of {@code bank}, taken in order, that make a paper together with
   * {@code already}: no two share a fact and none shows another's answer (a mail week).
   */
  public static List<Item> compatible(List<Item> bank, List<Item> already, int n) {
    List<Item> paper = new ArrayList<>(already);
    List<Item> out = new ArrayList<>();
    for (Item i : bank) {
      if (out.size() >= n) {
        break;
      }
      if (paper.stream().noneMatch(p -> p.id().equals(i.id()) || conflict(p, i).isPresent())) {
        paper.add(i);
        out.add(i);
      }
    }
    return out;
  }

  /**
   * The items that make one paper, in their order: an item asking a fact an earlier one asks, or
   * showing an earlier one's answer (or shown by it), is left out and reported to {@code dropped}.
   */
  public static List<Item> onePaper(List<Item> items, java.util.function.BiConsumer<Item, String> dropped) {
    List<Item> out = new ArrayList<>();
    for (Item i : items) {
      Optional<String> why = out.stream().map(p -> conflict(p, i)).flatMap(Optional::stream).findFirst();
      if (why.isPresent()) {
        dropped.accept(i, why.get());
      } else {
        out.add(i);
      }
    }
    return out;
  }

  /** The statements, likelier printed first ({@link PrintPrior}); ties keep the ranker's order. */
  private static List<Statement> byPrintPrior(List<Statement> ranked) {
    PrintPrior prior = PrintPrior.standard();
    Map<Statement, Double> p = new HashMap<>();
    ranked.forEach(s -> p.put(s, prior.probability(s)));
    List<Statement> out = new ArrayList<>(ranked);
    out.sort(Comparator.comparingDouble((Statement s) -> -p.get(s)));
    return out;
  }

  /** Ranked statements taken in turn from each document, so one long document does not fill the quiz. */
  static List<Statement> interleaveByDocument(List<Statement> ranked) {
    Map<String, List<Statement>> byDoc = new LinkedHashMap<>();
    for (Statement s : ranked) {
      byDoc.computeIfAbsent(s.source().document(), k -> new ArrayList<>()).add(s);
    }
    List<Statement> out = new ArrayList<>();
    for (int round = 0; out.size() < ranked.size(); round++) {
      for (List<Statement> list : byDoc.values()) {
        if (round < list.size()) {
          out.add(list.get(round));
        }
      }
    }
    return out;
  }
}
