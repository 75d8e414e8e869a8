package org.kaodian.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds history facts: a date with an event ({@code 1949年10月1日……宣告成立}), named documents and
 * works in 《》, and ordinal facts ({@code 第七次全国人口普查}, {@code 第十四个五年规划}).
 */
public final class HistoryFactDetector implements StatementDetector {
  /** A date: 1921年7月, 1949年10月1日, 一九四九年. */
  static final Pattern DATE = Pattern.compile(
      "(?=[12一二])(?<![\\d〇零一二三四五六七八九])(?:1[89]\\d\\d|20\\d\\d|[一][八九][〇零一二三四五六七八九]{2}|二[〇零][〇零一二三四五六七八九]{2})年(?:\\d{1,2}月(?:\\d{1,2}日)?|[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)?");
  private static final PhraseTest EVENT = PhraseTest.of(
      "召开|成立|诞生|宣告|举行|通过|爆发|发表|开幕|闭幕|签署|建立|胜利|解放|确立|提出|写入|恢复|回归|加入|发射|启动|实施|颁布|作出");
  private static final Pattern PLACE_OF_EVENT = Pattern.compile("在([\\p{IsHan}]{2,8}?)(?:召开|举行|成立|宣告|开幕|诞生|签署)");
  private static final Pattern NAMED_DOCUMENT = Pattern.compile("《([^《》]{2,40})》");
  /** Routine citations (a newspaper, a programme) are not what a student must name. */
  private static final Pattern NEWSPAPER = Pattern.compile("^(?:人民日报|光明日报|经济日报|求是|新华每日电讯|解放军报|中国青年报|学习时报|新闻联播|焦点访谈)$");
  private static final Pattern ORDINAL_FACT = Pattern.compile(
      "第[一二三四五六七八九十百]{1,4}(?:次|个|届)[\\p{IsHan}]{0,8}?(?:全国代表大会|全国人口普查|经济普查|普查|五年规划|五年计划|历史决议|全体会议|中央全会|集体学习|党代会|全会|会议|峰会|论坛)");

  private static final String EVENT_DEEDS = "确立|作出|做出|通过|标志着|开辟|揭开|开启|实现|结束|开始|打响|点燃|召开|爆发|成立|粉碎|奠定";
  private static final String EVENT_NOUNS = "会议|起义|改编|运动|战争|战役|事变|惨案|长征|政变|全会|大会|决议|革命|会师|谈判|决策|协定";

  /** A named event of Party and state history and what it did: 遵义会议……确立了…… */
  private static final Pattern NAMED_EVENT = Pattern.compile(
      "([\\p{IsHan}“”]{2,10}?" + GuardedPattern.guarded(EVENT_NOUNS) + ")(?:的召开|的胜利|的爆发)?[^，。；]{0,12}?"
          + GuardedPattern.guarded(EVENT_DEEDS));
  private static final PhraseTest ANY_EVENT_DEED = PhraseTest.of(EVENT_DEEDS);
  private static final Pattern GOVERNED = Pattern.compile("(?:对|经过|把|被|向|给|同|通过)");
  private static final Pattern POINTED = Pattern.compile("这次|这个|本次|此次|这一");

  private static final Pattern EVENT_NOUN = GuardedPattern.compile(EVENT_NOUNS);

  @Override
  public List<Detection> detect(AnalyzedSentence s) {
    String text = s.text();
    List<Detection> out = new ArrayList<>();
    Matcher d = DATE.matcher(text);
    if (text.indexOf('年') >= 0 && d.find(s.content()) && EVENT.in(text.substring(d.end()))) {
      List<AnswerSpan> answers = new ArrayList<>();
      answers.add(new AnswerSpan(d.group(), AnswerType.DATE, d.start(), d.end()));
      Matcher place = PLACE_OF_EVENT.matcher(text);
      if (place.find(d.end())) {
        answers.add(new AnswerSpan(place.group(1), AnswerType.PLACE, place.start(1), place.end(1)));
      }
      out.add(new Detection(StatementKind.HISTORY, 0.7, "history: a date with an event", answers));
    }
    Matcher doc = NAMED_DOCUMENT.matcher(text);
    List<AnswerSpan> documents = new ArrayList<>();
    while (text.indexOf('《') >= 0 && doc.find()) {
      String name = doc.group(1).strip();
      if (!NEWSPAPER.matcher(name).matches() && name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
        documents.add(new AnswerSpan(name, AnswerType.DOCUMENT, doc.start(1), doc.start(1) + name.length()));
      }
    }
    if (!documents.isEmpty()) {
      out.add(new Detection(StatementKind.HISTORY, 0.62, "history: a named document 《" + documents.get(0).text() + "》", documents));
    }
    Matcher ev = NAMED_EVENT.matcher(text);
    // The event's name ends on its head noun, 2 to 10 characters after the name starts.
    if (ANY_EVENT_DEED.in(text) && CueSearch.find(ev, text, 0, EVENT_NOUN, 2, 10)) {
      String name = BlankChooser.trimPhrase(ev.group(1));
      // 毛泽东同志对中国革命, 新党章经过这次代表大会 (blind read EE): a name holds no preposition, and a meeting
      // pointed at (这次代表大会) is no name at all.
      Matcher governed = GOVERNED.matcher(name);
      int cut = -1;
      while (governed.find()) {
        cut = governed.end();
      }
      if (cut > 0) {
        name = name.substring(cut);
      }
      if (name.length() >= 3 && !POINTED.matcher(ev.group(1)).find()) {
        int at = text.indexOf(name, ev.start(1));
        out.add(new Detection(StatementKind.HISTORY, 0.6, "history: a named event and what it did",
            List.of(new AnswerSpan(name, AnswerType.TERM, at, at + name.length()))));
      }
    }
    Matcher ord = ORDINAL_FACT.matcher(text);
    if (text.indexOf('第') >= 0 && ord.find()) {
      String num = ord.group().replaceFirst("^(第[一二三四五六七八九十百]{1,4}(?:次|个|届)).*$", "$1");
      out.add(new Detection(StatementKind.HISTORY, 0.6, "history: ordinal fact (" + ord.group() + ")",
          List.of(new AnswerSpan(num, AnswerType.NUMBER, ord.start(), ord.start() + num.length()))));
    }
    return out;
  }
}
