package org.kaodian.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kaodian.text.Sentence;

/**
 * Cuts what is not the statement from the front of a sentence: datelines, list dashes and speech
 * frames ({@code 国务院总理李强5日在政府工作报告中指出，}, {@code 习近平总书记强调：“……”}), so that stems
 * carry only the content and answers never start with a dash.
 */
final class Framing {
  private static final Pattern DATELINE = Pattern.compile(
      "^■(?!据)|^(?:■?据)?(?:新华社|本报|人民日报|中新社|央视新闻|央视)[\\p{IsHan}]{0,12}?(?:\\d{1,2}月\\d{1,2}日)?电(?:[（(][^）)]{0,40}[）)])?\\s*");
  // A dash of three (———建设有中国特色社会主义的经济…, as some copies print it: blind read U) is a list mark too.
  private static final Pattern LEAD_MARK = Pattern.compile("^(?:[—–－-]{1,3}|[●◆▲★■□·•※])\\s*");
  /** A frame of saying, short and without a quotation of its own before the verb. */
  private static final Pattern SPEAKER = Pattern.compile(
      "^(?:[^，。；“”！？]{0,14}，)?[^，。；“”！？]{0,40}?"
          + GuardedPattern.guarded("深刻指出|明确指出|强调指出|指出|强调|表示|认为|提出|说|宣告|阐述|宣布") + "[，：:]");

  /** The end every frame of saying has (指出，, 强调：): the frame's lazy search is tried only where one stands. */
  private static final Pattern SPEAKER_CUE = Pattern.compile("[，：:](?<=[出调示为说告述布].)");

  private Framing() {}

  static AnalyzedSentence analyze(Sentence sentence, Lexicon lexicon) {
    String text = sentence.text();
    Matcher dl = DATELINE.matcher(text);
    if (dl.find() && dl.end() < text.length()) {
      text = text.substring(dl.end());
    }
    Matcher lead = LEAD_MARK.matcher(text);
    if (lead.find() && lead.end() < text.length()) {
      text = text.substring(lead.end());
    }
    Matcher sp = SPEAKER.matcher(text);
    if (SPEAKER_CUE.matcher(text).find() && sp.find() && sp.end() < text.length() - 6) {
      String frame = text.substring(0, sp.end());
      String content = text.substring(sp.end());
      // The quotation is the statement: “X是Y。” stands on its own without its marks.
      if (content.startsWith("“") && content.indexOf('”') >= content.length() - 2
          && (content.endsWith("”") || content.endsWith("”。"))) {
        content = content.substring(1, content.lastIndexOf('”'));
        if ("。！？".indexOf(content.charAt(content.length() - 1)) < 0) {
          content += "。";
        }
      }
      return new AnalyzedSentence(sentence, content, 0, lexicon, frame);
    }
    return new AnalyzedSentence(sentence, text, 0, lexicon, "");
  }
}
