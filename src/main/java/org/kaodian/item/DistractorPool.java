package org.kaodian.item;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.kaodian.extract.AnswerSpan;
import org.kaodian.extract.AnswerType;
import org.kaodian.extract.Lexicon;
import org.kaodian.extract.Source;
import org.kaodian.extract.Statement;
import org.kaodian.text.Segmenter;
import org.kaodian.text.Token;

/**
 * Wrong answers of the same type and form as a right one, drawn first from the input documents and
 * then from the lexicon and HanLP's sibling groups.
 */
public final class DistractorPool {
  private static final Pattern COUNTED = Pattern.compile("^([一二两三四五六七八九十]+)个(.+)$");
  /** 三农, 四风, 一国两制: a number and a few characters; 一年 or 三次 is a count, not a formula. */
  private static final Pattern NUMBERED_SHORT = Pattern.compile("^[一二两三四五六七八九十双](?![年月日次个项届]$)[\\p{IsHan}]{1,3}$");

  /**
   * What the texts name only to condemn (文化大革命, 台独): put in a statement's praise it is absurd, so it is
   * never an option nor a swap (培养文化大革命勇气 for 培养自我革命勇气).
   */
  private static final Set<String> NEVER_OFFERED = Set.of("文化大革命", "文革", "大跃进", "台独", "港独", "藏独", "疆独",
      "“台独”", "分裂主义", "恐怖主义", "极端主义", "邪教", "霸权主义", "强权政治", "单边主义", "保护主义", "四风", "形式主义",
      "官僚主义", "享乐主义", "奢靡之风", "七个有之", "台湾独立", "两个中国", "一中一台");

  private static final java.util.regex.Pattern REGION = java.util.regex.Pattern.compile(
      "京津冀|长三角|粤港澳|长江|黄河|雄安|海南|西部|东北|中部|东部|两岸|港澳|香港|澳门|台湾|成渝|大湾区|沿海|边疆|革命老区");

  private static final java.util.regex.Pattern OPPOSED = java.util.regex.Pattern.compile(
      "(?:反对|抵制|防止|杜绝|克服|纠正|整治|破除|摒弃|遏制|根除|力戒|防范|避免|严禁|禁止|打击|惩治)[^，。；]{0,12}$");

  /** When the input can have been written: no later term, plan or formulation is offered. */
  private InputEra era = InputEra.of("");

  /** Sets of the revolution's years: their members stand beside a modern task only absurdly (武装斗争 for 党的建设). */
  private static final Set<String> HISTORICAL_SETS = Set.of("新民主主义革命的三大法宝", "三大战役");
  private static final java.util.regex.Pattern REVOLUTION_YEARS = java.util.regex.Pattern.compile(
      "新民主主义革命|土地革命|抗日战争|解放战争|井冈山|延安|长征|三大法宝|辽沈|淮海|平津|19[234]\\d年");
  /** Whether the input tells of the revolution's years, where those sets belong. */
  private boolean tellsOfRevolution;

  /** Whether a candidate belongs only to sets of the revolution's years. */
  private static boolean onlyHistorical(String c) {
    return FAMILIES.entrySet().stream().anyMatch(e -> e.getValue().contains(c)) && FAMILIES.entrySet().stream()
        .filter(e -> e.getValue().contains(c)).allMatch(e -> HISTORICAL_SETS.contains(e.getKey()));
  }

  /** The part of the clause before the gap at {@code at}: from the last comma or stop before it. */
  static String clauseBefore(String text, int at) {
    int from = at;
    while (from > 0 && "，。；：！？".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    return text.substring(from, at);
  }

  private final Set<String> persons = new LinkedHashSet<>();
  private final Set<String> places = new LinkedHashSet<>();
  private final Set<String> organizations = new LinkedHashSet<>();
  private final Set<String> formulas = new LinkedHashSet<>();
  private final Set<String> terms = new LinkedHashSet<>();
  /** Role nouns (根本任务, 重要支撑): offered only for a role, never for a named thing (应有之义 for 公平正义). */
  private final Set<String> roles = new LinkedHashSet<>();
  /** Where each input-drawn candidate was first seen: its document's file name and title. */
  private final Map<String, Source> seenIn = new HashMap<>();
  /** Candidates from the standing-formulation list ({@code forms.tsv}), by head word. */
  private static final Map<String, List<String>> FORMS = load("forms.tsv");
  /** Named sets and series ({@code families.tsv}): 五位一体 → 经济建设、政治建设…, 五年规划 → 十三五、十四五…. */
  private static final Map<String, List<String>> FAMILIES = load("families.tsv");
  private static final Set<String> FORM_TERMS = java.util.stream.Stream.concat(FORMS.values().stream(),
      FAMILIES.values().stream()).flatMap(List::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** Candidates the political lexicon gave (not the input). */
  private final Set<String> fromLexicon = new HashSet<>();

  /** Everything else the input says (sentences detectors fired on), for the "also true" check. */
  private String context = "";

  /**
   * Collects candidates from the statements' texts and answers, then from the lexicon.
   *
   * @param context other sentences of the input: a candidate that reads true there is refused
   */
  /** Titles and verbs that stand next to a real name: HanLP also tags 依宪 (依宪治国) or 向中 as persons. */
  private static final java.util.regex.Pattern NAME_CONTEXT = java.util.regex.Pattern.compile(
      "^(?:同志|总书记|主席|总理|委员长|书记|先生|指出|强调|表示|说|提出|在|同|会见|主持|出席|、|，)");
  private static final java.util.regex.Pattern TITLE_BEFORE = java.util.regex.Pattern.compile(
      "(?:总书记|主席|总理|委员长|同志|书记|代表|委员|航天员|院士|、)$");

  private static boolean namedInContext(String text, Token t) {
    return NAME_CONTEXT.matcher(text.substring(Math.min(text.length(), t.end()))).find()
        || TITLE_BEFORE.matcher(text.substring(0, t.start())).find();
  }

  public static DistractorPool of(List<Statement> statements, Lexicon lexicon, List<String> context) {
    DistractorPool pool = new DistractorPool();
    pool.context = String.join("\n", context);
    pool.era = InputEra.of(pool.context);
    pool.tellsOfRevolution = REVOLUTION_YEARS.matcher(pool.context).find();
    for (Statement s : statements) {
      for (Token t : Segmenter.segment(s.text())) {
        if (t.word().length() >= 2) {
          if (t.isPerson() && t.word().length() <= 4 && namedInContext(s.text(), t)) {
            pool.persons.add(t.word());
          } else if (t.isPlace()) {
            pool.places.add(t.word());
          } else if (t.isOrganization()) {
            pool.organizations.add(t.word());
          } else if (t.word().length() >= 4 && FORMS.keySet().stream().anyMatch(h -> t.word().endsWith(h))) {
            pool.terms.add(t.word()); // a standing …倡议 or …战略 the input names
          } else {
            continue;
          }
          pool.seenIn.putIfAbsent(t.word(), s.source());
        }
      }
      for (AnswerSpan a : s.answers()) {
        if (a.type() == AnswerType.FORMULA) {
          pool.formulas.add(a.text());
        } else if ((a.type() == AnswerType.TERM || a.type() == AnswerType.DOCUMENT) && a.text().length() <= 12) {
          pool.terms.add(a.text());
        } else {
          continue;
        }
        pool.seenIn.putIfAbsent(a.text(), s.source());
      }
    }
    for (String role : org.kaodian.extract.DefinitionStatementDetector.ROLES.split("\\|")) {
      pool.roles.add(role);
    }
    for (String term : lexicon.terms()) {
      pool.fromLexicon.add(term);
      Lexicon.Category c = lexicon.category(term);
      if (c == Lexicon.Category.FORMULA || c == Lexicon.Category.PROGRAMME
          || c == Lexicon.Category.QUOTED && Lexicon.isNumberedFormula(term)) {
        pool.formulas.add(term);
      } else if (c == Lexicon.Category.TERM && !term.contains("，") && !term.contains("是") && term.length() <= 12) {
        pool.terms.add(term);
      } else if (c == Lexicon.Category.LIST) {
        for (String el : term.split("、")) {
          String e = el.replaceAll("^[^“]*“|”.*$", "");
          pool.formulas.add(e);
          pool.fromLexicon.add(e);
        }
      }
    }
    return pool;
  }

  /**
   * Up to {@code n} distractors for the answer, chosen with {@code random} among the most plausible;
   * fewer (possibly none) when no good ones exist.
   *
   * @param alsoTrue the source sentence: a candidate found in it would also be right
   */
  public List<String> distractors(AnswerSpan answer, String alsoTrue, int n, Random random) {
    return pick(new Slot(answer, alsoTrue, "", List.of(), Set.of(), Set.of()), n, random).stream()
        .map(Distractor::text).toList();
  }

  /**
   * Where a distractor goes and what it must avoid.
   *
   * @param answer the right answer
   * @param sentence the source sentence: a candidate found in it would also be right
   * @param document the source document's file name: candidates from it come first (same field)
   * @param siblings the other elements when the answer is one element of a parallel list
   * @param used distractors the paper already shows (offered after fresh ones)
   * @param asked answers other items of the paper ask (never offered: the option would give them away)
   */
  public record Slot(AnswerSpan answer, String sentence, String document, List<String> siblings, Set<String> used,
      Set<String> asked) {
    public Slot {
      siblings = List.copyOf(siblings);
    }
  }

  private static final java.util.regex.Pattern ROAD_VERB = java.util.regex.Pattern.compile("(?:走|沿着|开辟|开创|探索)[^，。；]{0,3}$");

  private static final java.util.regex.Pattern QUALITY = java.util.regex.Pattern.compile("\\p{IsHan}{1,3}性");

  /** Distractors of the answer's own form for the slot, each saying where it came from. */
  public List<Distractor> pick(Slot slot, int n, Random random) {
    AnswerSpan answer = slot.answer();
    String alsoTrue = slot.sentence();
    Form form = form(answer, slot.siblings());
    // A list whose elements share no lead or head (稳中求进、以进促稳、先立后破; 不折不扣、雷厉风行、求真务实)
    // has no form a distractor could keep: any other phrase is from another field and spotted at once.
    if (!slot.siblings().isEmpty() && form.prefix().isEmpty() && form.suffix().isEmpty()
        && answer.type() != AnswerType.NUMBER && answer.type() != AnswerType.DATE) {
      return List.of();
    }
    // A quality (原则性, 纲领性) is no fact that excludes the others: 根本性 or 全局性 beside them is arguably true too.
    if (QUALITY.matcher(answer.text()).matches()) {
      return List.of();
    }
    // What the text opposes (坚决反对形式主义、官僚主义) has no distractor: the other evils are never offered, and a
    // good thing in that slot (反对爱国主义) is absurd.
    int gap = alsoTrue.indexOf(answer.text());
    if (NEVER_OFFERED.contains(answer.text()) || slot.siblings().stream().anyMatch(NEVER_OFFERED::contains)
        || gap > 0 && OPPOSED.matcher(clauseBefore(alsoTrue, gap)).find()) {
      return List.of();
    }
    AnswerForm.Bound bound = answer.type() == AnswerType.NUMBER || answer.type() == AnswerType.DATE
        ? AnswerForm.bound(alsoTrue, answer.text()) : null;
    List<String> candidates = bound == null ? candidates(answer, form) : NumberForms.nearBothSides(answer.text());
    int at = alsoTrue.indexOf(answer.text());
    String before = at < 0 ? "" : alsoTrue.substring(Math.max(0, at - 6), at);
    String after = at < 0 ? "" : alsoTrue.substring(at + answer.text().length(), Math.min(alsoTrue.length(), at + answer.text().length() + 6));
    // Tiers: 0 the same document (same field), 1 another input document, 2 the lists kaodian carries.
    List<List<Distractor>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    List<Distractor> stale = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    seen.add(normalise(answer.text()));
    // Only the most plausible few are ever offered, so the costlier checks stop once there are enough.
    boolean figure = answer.type() == AnswerType.NUMBER || answer.type() == AnswerType.DATE;
    int wanted = figure ? n + 1 : Math.max(n * 2, 6);
    int found = 0;
    boolean wordLike = answer.type() == AnswerType.TERM || answer.type() == AnswerType.FORMULA
        || answer.type() == AnswerType.DOCUMENT;
    // 走（　　）, 沿着（　　）前进: the verb asks for a road, so 中国特色社会主义文化 beside 中国特色社会主义道路 is
    // ruled out by the grammar alone (blind reads JJ and KK); only other roads are offered.
    boolean road = answer.text().endsWith("道路") && ROAD_VERB.matcher(before).find();
    for (String c : candidates) {
      if (found >= wanted) {
        break;
      }
      String norm = normalise(c);
      if (norm.isEmpty() || !seen.add(norm) || alsoTrue.contains(c) || overlaps(answer.text(), c)
          || !form.admits(c, kindred(answer.text(), c)) || bound != null && !bound.admits(c)
          || slot.asked().stream().anyMatch(norm::contains)
          // A sibling is right in the slot too: never it, nor its other name or a part of it.
          || slot.siblings().stream().anyMatch(x -> normalise(x).equals(norm) || overlaps(x, c)
              || Segmenter.synonyms(x, c) || AnswerForm.sameFactInOtherWords(x, c))
          || Segmenter.synonyms(answer.text(), c) || AnswerForm.sameFactInOtherWords(answer.text(), c)
          || AnswerForm.isFragment(c) || NEVER_OFFERED.contains(c) || trueElsewhere(c, before, after)
          // 加强（　　） offered 加强作风建设 would read 加强加强…: the slot's own verb is never repeated.
          || before.length() >= 2 && c.startsWith(before.substring(before.length() - 2))
          // 以人民为中心 read as 以 + answer: the candidate must keep the 为 the 以 asks for (never 以毛泽东思想).
          || before.endsWith("以") && answer.text().contains("为") && !c.contains("为")
          || answer.type() == AnswerType.TERM && !standing(answer.text()) && standing(c)
          // No term that has not been (二十二届中央委员会 while the input knows 二十届 at most, 十五五 in a 2016
          // report), nor one put forward after the input (两个确立 in a 2011 report: blind read U).
          || era.postdates(c)
          // Nor a set of the revolution's years in a modern text (统一战线、武装斗争 for 党的建设 in a reform decision: read X).
          || !tellsOfRevolution && onlyHistorical(c)
          // A principle among principles (稳中求进 → 以进促稳), never a list element of another field (普惠小微).
          || answer.type() == AnswerType.FORMULA && form.prefix().isEmpty() && form.suffix().isEmpty()
              && known(answer.text()) != known(c)
          || wordLike && !AnswerForm.sameLeadClass(answer.text(), c) || wordLike && !startsAWord(c)
          // The list's own name is no element of it (四个自信 among 道路自信、理论自信).
          || !form.suffix().isEmpty() && c.matches("[一二两三四五六七八九十]+个.*") && c.endsWith(form.suffix())
          // A region's strategy only for a region's (京津冀协同发展 beside 高质量发展 is spotted at once).
          || wordLike && REGION.matcher(c).find() != REGION.matcher(answer.text()).find()
          || road && !c.endsWith("道路")) {
        continue;
      }
      found++;
      Source src = seenIn.get(c);
      // Another member of the answer's own set is the closest field there is, wherever it was seen.
      int tier = kindred(answer.text(), c) || src != null && src.document().equals(slot.document()) ? 0 : src == null ? 2 : 1;
      String from = origin(c, answer.text(), src, tier, figure) + form.why() + (bound == null ? "" : "; keeps the range " + bound.phrase());
      Distractor d = new Distractor(c, from);
      (slot.used().contains(norm) ? stale : tiers.get(tier)).add(d);
    }
    List<Distractor> out = new ArrayList<>();
    for (List<Distractor> tier : tiers) {
      // Figures are generated nearest first; the shuffle only varies which side comes first.
      Collections.shuffle(tier, random);
      out.addAll(tier);
    }
    out.addAll(stale);
    return out.subList(0, Math.min(n, out.size()));
  }

  private String origin(String c, String answer, Source src, int tier, boolean figure) {
    if (figure) {
      return "nearby value of the same unit and precision";
    }
    if (src == null) {
      String set = FAMILIES.entrySet().stream().filter(e -> e.getValue().contains(c) && e.getValue().contains(answer))
          .map(Map.Entry::getKey)
          .findFirst().orElse(null);
      return set != null ? "another member of the set " + set + " (families.tsv)"
          : fromLexicon.contains(c) ? "the political lexicon"
          : FORM_TERMS.contains(c) ? "kaodian's list of standing formulations (forms.tsv)"
          : "another parallel list of the input with the same lead";
    }
    String where = src.title() == null || src.title().isBlank() ? src.document() : "《" + src.title() + "》";
    return (tier == 0 ? "the same document, " : "another input document, ") + where;
  }

  /** What a distractor must share with the answer; {@link #why()} says it in words for items.json. */
  private record Form(String prefix, String suffix, int parts, int minLength, int maxLength, Set<String> heads,
      String inner) {
    Form(String prefix, String suffix, int parts, int minLength, int maxLength, Set<String> heads) {
      this(prefix, suffix, parts, minLength, maxLength, heads, "");
    }

    boolean admits(String c) {
      return admits(c, false);
    }

    /** As {@link #admits(String)}; a member of the answer's own set keeps its own head (新发展理念 for 新发展格局). */
    boolean admits(String c, boolean kin) {
      return c.startsWith(prefix) && c.endsWith(suffix) && !c.equals(prefix + suffix)
          && c.length() >= prefix.length() + suffix.length()
          && c.substring(prefix.length(), c.length() - suffix.length()).contains(inner)
          && AnswerForm.parts(c) == parts
          && c.length() >= minLength && c.length() <= maxLength
          // A …倡议 among list elements none of which is one stands out by its form.
          && (suffix.isEmpty() && !kin ? FORMS.keySet().stream().filter(h -> !h.endsWith("…") && c.endsWith(h))
              .allMatch(heads::contains) : true);
    }

    String why() {
      StringBuilder sb = new StringBuilder();
      if (!prefix.isEmpty()) {
        sb.append("; same lead ").append(prefix).append("……");
      }
      if (!suffix.isEmpty()) {
        sb.append("; same head ……").append(suffix);
      }
      if (!inner.isEmpty()) {
        sb.append("; same ……").append(inner).append("…… inside");
      }
      if (parts > 1) {
        sb.append("; same ").append(parts).append(" parallel parts");
      }
      return sb.toString();
    }
  }

  /**
   * The form for an answer: a list element keeps the affix its siblings share (讲…, 稳…, …倡议) and
   * their length; a term keeps its head word (…战略); a list answer keeps its number of parts.
   */
  private static Form form(AnswerSpan answer, List<String> siblings) {
    String a = answer.text();
    int parts = AnswerForm.parts(a);
    int any = Integer.MAX_VALUE;
    if (answer.type() == AnswerType.NUMBER || answer.type() == AnswerType.DATE
        || answer.type() == AnswerType.PERSON || answer.type() == AnswerType.PLACE) {
      return new Form("", "", 1, 0, any, Set.of());
    }
    if (!siblings.isEmpty()) {
      List<String> all = new ArrayList<>(siblings);
      all.add(a);
      String prefix = AnswerForm.sharedPrefix(all);
      String suffix = AnswerForm.sharedSuffix(all);
      // List elements are of one length or close: a distractor keeps within their lengths.
      int min = all.stream().mapToInt(String::length).min().orElse(0);
      int max = all.stream().mapToInt(String::length).max().orElse(any);
      Set<String> heads = new HashSet<>();
      for (String e : all) {
        FORMS.keySet().stream().filter(e::endsWith).forEach(heads::add);
      }
      boolean shortAffix = prefix.length() + suffix.length() <= 2;
      return new Form(prefix, suffix, parts, shortAffix ? min : 0, shortAffix ? max : any, heads,
          sharedInner(all, prefix.length(), suffix.length()));
    }
    if (answer.type() == AnswerType.TERM || answer.type() == AnswerType.DOCUMENT
        || answer.type() == AnswerType.ORGANIZATION || answer.type() == AnswerType.FORMULA) {
      String head = AnswerForm.head(a);
      if (!FORMS.containsKey(head) && answer.type() != AnswerType.DOCUMENT) {
        // HanLP keeps 新发展理念 one word and cuts 总体国家安全观 at 安全观: the head is then the longest key it ends with.
        head = FORMS.keySet().stream().filter(h -> !h.endsWith("…") && a.endsWith(h) && a.length() > h.length())
            .max(Comparator.comparingInt(String::length)).orElse(head);
      }
      if (FORMS.containsKey(head) || answer.type() == AnswerType.DOCUMENT && !head.isEmpty()) {
        return new Form("", head, parts, 0, any, Set.of(head));
      }
    }
    Set<String> heads = new HashSet<>();
    FORMS.keySet().stream().filter(a::endsWith).forEach(heads::add);
    return new Form("", "", parts, 0, any, heads);
  }

  /**
   * What every element holds between the shared lead and head, two characters or more: 党中央提倡的坚决响应、
   * 党中央决定的坚决执行 share …的坚决…, and a distractor without it stands out; empty when they share none.
   */
  static String sharedInner(List<String> elements, int prefix, int suffix) {
    List<String> middles = new ArrayList<>();
    for (String e : elements) {
      if (e.length() < prefix + suffix) {
        return "";
      }
      middles.add(e.substring(prefix, e.length() - suffix));
    }
    String shortest = middles.stream().min(java.util.Comparator.comparingInt(String::length)).orElse("");
    for (int len = shortest.length() - 1; len >= 2; len--) {
      for (int i = 0; i + len <= shortest.length(); i++) {
        String piece = shortest.substring(i, i + len);
        if (middles.stream().allMatch(m -> m.contains(piece))) {
          return piece;
        }
      }
    }
    return "";
  }

  private List<String> candidates(AnswerSpan answer, Form form) {
    List<String> kin = kin(answer.text());
    if (kin.isEmpty()) {
      return others(answer, form);
    }
    List<String> out = new ArrayList<>(kin);
    others(answer, form).stream().filter(c -> !out.contains(c)).forEach(out::add);
    return out;
  }

  /**
   * The other members of every set the answer belongs to (政治建设 → 经济建设… of 五位一体 and 思想建设… of 党的建设),
   * in the file's order.
   */
  static List<String> kin(String answer) {
    List<String> out = new ArrayList<>();
    for (List<String> members : FAMILIES.values()) {
      if (members.contains(answer)) {
        members.stream().filter(m -> !m.equals(answer) && !out.contains(m)).forEach(out::add);
      }
    }
    return out;
  }

  /** Whether two terms are members of one named set. */
  static boolean kindred(String a, String b) {
    return FAMILIES.values().stream().anyMatch(m -> m.contains(a) && m.contains(b));
  }

  private static final Set<String> COUNTRIES = Set.of("俄罗斯", "日本", "印度", "巴西", "南非", "越南", "老挝", "柬埔寨", "朝鲜",
      "古巴", "埃及", "新加坡", "巴基斯坦", "哈萨克斯坦", "印度尼西亚", "马来西亚", "蒙古", "伊朗", "土耳其", "以色列", "意大利",
      "西班牙", "加拿大", "澳大利亚", "新西兰", "阿根廷", "墨西哥", "沙特阿拉伯", "乌克兰", "白俄罗斯", "欧盟");

  /** Whether a place is a country (中国, 美国, 俄罗斯) rather than a city, a province or a region. */
  static boolean country(String place) {
    return COUNTRIES.contains(place) || place.length() >= 2 && place.length() <= 4 && place.endsWith("国")
        && !place.matches(".*(?:全国|祖国|各国|本国|外国|大国|强国|省国)");
  }

  private List<String> others(AnswerSpan answer, Form form) {
    String a = answer.text();
    List<String> forms = new ArrayList<>(FORMS.getOrDefault(form.suffix(), List.of()));
    if (!form.prefix().isEmpty()) {
      forms.addAll(FORMS.getOrDefault(form.prefix() + "…", List.of()));
      forms.addAll(led(form.prefix(), a.length()));
    }
    return switch (answer.type()) {
      case NUMBER, DATE -> NumberForms.near(a);
      case PERSON -> ranked(a, persons, Segmenter.siblings(a));
      // A country for a country, a city or a province for one (汕头 and 台湾 offered for 中国: blind read V).
      case PLACE -> ranked(a, places, Segmenter.siblings(a)).stream().filter(c -> country(c) == country(a)).toList();
      case ORGANIZATION -> ranked(a, organizations, Segmenter.siblings(a));
      case FORMULA -> form.suffix().isEmpty() && form.prefix().isEmpty() ? formulaCandidates(a)
          : ranked(a, union(formulas, terms, forms), List.of());
      case TERM, DOCUMENT -> form.suffix().isEmpty() && form.prefix().isEmpty()
          ? termCandidates(a, AnswerForm.isRole(a) ? union(roles, terms, List.of()) : terms)
          : ranked(a, union(terms, formulas, forms), List.of());
    };
  }

  /**
   * Elements of other parallel lists in the input with the same lead and length (稳规模 for 稳增长):
   * the input's own vocabulary of that form.
   */
  private List<String> led(String prefix, int length) {
    if (length - prefix.length() < 1 || length > 8) {
      return List.of();
    }
    Pattern p = Pattern.compile("(?<=[、，“])" + Pattern.quote(prefix) + "[\\p{IsHan}]{" + (length - prefix.length())
        + "}(?=[、，。；”])");
    List<String> out = new ArrayList<>();
    var m = p.matcher(context);
    while (m.find() && out.size() < 40) {
      if (!out.contains(m.group())) {
        out.add(m.group());
      }
    }
    return out;
  }

  private static Set<String> union(Set<String> a, Set<String> b, List<String> c) {
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    out.addAll(c);
    return out;
  }

  private static Map<String, List<String>> load(String resource) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String[] f : DataFile.rows(resource, 2, "name<TAB>term、term…")) {
      out.put(f[0], List.of(f[1].split("、")));
    }
    return out;
  }

  /**
   * A term for a term of the same head: 绿色生产力 ↔ 新质生产力, 关键一年 ↔ 开局之年. Terms with another
   * head word (一带一路 for 关键一年) would be absurd, so they are not offered.
   */
  private static List<String> termCandidates(String a, Set<String> pool) {
    List<String> same = new ArrayList<>();
    // The head word, not only the last character: 谱系 is no 关系, 应有之义 no 正义.
    String head = AnswerForm.parts(a) > 1 ? "" : AnswerForm.head(a);
    if (head.isEmpty() && AnswerForm.parts(a) == 1 && a.length() >= 3) {
      head = a.substring(a.length() - 2); // one word to HanLP (协商民主): its last two characters
    }
    for (String t : pool) {
      // A list answer is compared by its parts: 开放包容、合作共赢 for 永久睦邻友好、互利合作共赢.
      int slack = AnswerForm.parts(a) > 1 ? 2 * AnswerForm.parts(a) : 3;
      if (t.length() >= 2 && a.length() >= 2 && Math.abs(t.length() - a.length()) <= slack
          && t.charAt(t.length() - 1) == a.charAt(a.length() - 1)
          && (head.isEmpty() || t.endsWith(head) && t.length() > head.length())) {
        same.add(t);
      }
    }
    // HanLP's sibling groups are too loose for abstract terms (科学技术 → 雕虫小技); not used here.
    return ranked(a, same, List.of());
  }

  /** A formula for a formula of the same shape: 两个确立 ↔ 两个维护, 三农 ↔ 三北, 稳中求进 ↔ 以进促稳. */
  private List<String> formulaCandidates(String a) {
    List<String> same = new ArrayList<>();
    var counted = COUNTED.matcher(a);
    for (String f : formulas) {
      if (counted.matches()) {
        if (COUNTED.matcher(f).matches()) {
          same.add(f);
        }
      } else if (NUMBERED_SHORT.matcher(a).matches()) {
        // Of the same length, and sharing a character: 九二共识 beside 八项规定 or 五位一体 is ruled out by
        // its field, while 十三五 beside 十四五 or 六保 beside 六稳 is not.
        if (NUMBERED_SHORT.matcher(f).matches() && !COUNTED.matcher(f).matches() && AnswerForm.sameRepeats(a, f)
            && f.length() == a.length() && sharesAMorpheme(a, f)) {
          same.add(f);
        }
      } else if (!COUNTED.matcher(f).matches() && !NUMBERED_SHORT.matcher(f).matches()
          && Math.abs(f.length() - a.length()) <= 1 && AnswerForm.sameRepeats(a, f)) {
        same.add(f);
      }
    }
    return ranked(a, same, List.of());
  }

  /**
   * Whether two short numbered formulas belong together: they share a character that is no numeral (一国两制
   * and 两国一制), or they are short and open on the same numeral (六稳, 六保; 十四五, 十三五). 一国两制 and 两学一做
   * share only numerals and are from different fields.
   */
  static boolean sharesAMorpheme(String a, String f) {
    String numerals = "零〇一二两三四五六七八九十百千万";
    if (a.chars().anyMatch(ch -> numerals.indexOf(ch) < 0 && f.indexOf(ch) >= 0)) {
      return true;
    }
    return a.length() <= 3 && f.length() == a.length() && a.charAt(0) == f.charAt(0);
  }

  /** Candidates closest in length and sharing a head or tail with the answer come first. */
  private static List<String> ranked(String answer, Iterable<String> pool, List<String> siblings) {
    List<String> out = new ArrayList<>();
    pool.forEach(out::add);
    out.sort(Comparator.comparingInt((String c) -> plausibility(answer, c)).thenComparing(Comparator.naturalOrder()));
    List<String> all = new ArrayList<>(out);
    for (String s : siblings) {
      if (!all.contains(s)) {
        all.add(s);
      }
    }
    return all;
  }

  private static int plausibility(String answer, String c) {
    int cost = Math.abs(answer.length() - c.length()) * 2;
    if (answer.charAt(answer.length() - 1) != c.charAt(c.length() - 1)) {
      cost += 2;
    }
    if (answer.charAt(0) != c.charAt(0)) {
      cost += 1;
    }
    return cost;
  }

  /** Whether the lexicon or forms.tsv knows the term: a standing formulation, not only one the input lists. */
  private boolean known(String term) {
    return fromLexicon.contains(term) || FORM_TERMS.contains(term);
  }

  /** Whether a term is a standing formulation (the lexicon's, forms.tsv's, a formula the input names). */
  private boolean standing(String term) {
    return fromLexicon.contains(term) || FORM_TERMS.contains(term) || formulas.contains(term);
  }

  /**
   * Whether swapping the answer makes a statement that is clearly false: a figure, a date, a name, a
   * formula or a standing term is one fact among others of its kind; a descriptive phrase (红色土地,
   * 创造性运用和发展) is not, and another phrase in its place often reads as true.
   */
  public boolean isNamed(AnswerSpan answer) {
    return switch (answer.type()) {
      case NUMBER, DATE, PERSON, PLACE, ORGANIZATION, DOCUMENT, FORMULA -> true;
      case TERM -> standing(answer.text()) || FORMS.containsKey(AnswerForm.head(answer.text()));
    };
  }

  /**
   * Whether the candidate starts a word where the input says it: 平发展 is the tail of 和平发展, cut
   * there by a list pattern, and no student has met it as a term. Candidates the input never shows
   * (the lexicon's) pass.
   */
  private boolean startsAWord(String c) {
    int at = context.indexOf(c);
    if (at <= 0) {
      return true;
    }
    int from = Math.max(0, at - 4);
    String window = context.substring(from, Math.min(context.length(), at + c.length() + 2));
    int offset = at - from;
    return Segmenter.segment(window).stream().anyMatch(t -> t.start() == offset);
  }

  /** Whether the input says the candidate in the answer's place: 战略性新兴产业…是发展新质生产力的主阵地. */
  private boolean trueElsewhere(String candidate, String before, String after) {
    // A few characters may stand between: 战略性新兴产业、未来产业是发展新质生产力的主阵地.
    String gap = "[^。；！？\\n]{0,12}?";
    return before.length() >= 3 && java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(before) + gap
            + java.util.regex.Pattern.quote(candidate)).matcher(context).find()
        || after.length() >= 3 && java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(candidate) + gap
            + java.util.regex.Pattern.quote(after)).matcher(context).find();
  }

  /**
   * Whether one text contains the other, so an option would give the answer away. Figures are
   * compared whole: 5.5%左右 does not contain the answer 5%左右.
   */
  static boolean overlaps(String answer, String option) {
    if (answer.matches(".*\\d.*") || option.matches(".*\\d.*")) {
      return false;
    }
    return option.contains(answer) || answer.contains(option);
  }

  static String normalise(String s) {
    StringBuilder sb = new StringBuilder();
    java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).codePoints()
        .filter(c -> Character.isLetterOrDigit(c) || c == '.' || c == '%').forEach(sb::appendCodePoint);
    return sb.toString().toLowerCase(java.util.Locale.ROOT);
  }
}
