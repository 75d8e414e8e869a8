package org.kaodian.export;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.kaodian.item.Item;
import org.kaodian.item.ItemType;
import org.kaodian.render.Templates;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** Word worksheets a teacher can print: a student copy and a teacher copy with the answer key. */
public final class WorksheetExporter implements Exporter {
  static final String BODY_FONT = "宋体";
  static final String HEADING_FONT = "黑体";
  static final String LATIN_FONT = "Times New Roman";
  private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六"};

  /** One printed version (A卷, B卷…): the items per section, in print order, with their options. */
  public record Paper(String version, Map<ItemType, List<Item>> sections) {
    /** All items in print order. */
    public List<Item> items() {
      List<Item> all = new ArrayList<>();
      sections.values().forEach(all::addAll);
      return all;
    }
  }

  @Override
  public List<Path> export(ExportRequest r) throws IOException {
    List<Path> written = new ArrayList<>();
    for (int v = 0; v < r.versions(); v++) {
      String version = r.versions() > 1 ? String.valueOf((char) ('A' + v)) : "";
      Paper paper = paper(r.items(), version, v == 0 ? null : new Random(r.seed() * 31 + v));
      String suffix = version.isEmpty() ? "" : "-" + version;
      for (boolean teacher : new boolean[] {false, true}) {
        Path file = r.dir().resolve(r.name() + suffix + (teacher ? "-teacher.docx" : "-student.docx"));
        XWPFDocument doc = document(paper, r, teacher);
        AtomicFiles.write(file, doc::write);
        doc.close();
        written.add(file);
      }
    }
    return written;
  }

  /** Groups items into sections in the usual order; versions after the first are shuffled. */
  public static Paper paper(List<Item> items, String version, Random shuffle) {
    Map<ItemType, List<Item>> sections = new LinkedHashMap<>();
    for (ItemType t : ItemType.values()) {
      List<Item> list = new ArrayList<>();
      for (Item i : items) {
        if (i.type() == t) {
          list.add(shuffle == null ? i : withShuffledOptions(i, shuffle));
        }
      }
      if (shuffle != null) {
        Collections.shuffle(list, shuffle);
      }
      if (!list.isEmpty()) {
        sections.put(t, list);
      }
    }
    return new Paper(version, sections);
  }

  private static Item withShuffledOptions(Item i, Random r) {
    if (!i.type().isChoice()) {
      return i;
    }
    List<String> options = new ArrayList<>(i.options());
    Collections.shuffle(options, r);
    return new Item(i.id(), i.type(), i.kind(), i.stem(), options, i.answers(), i.explanation(), i.score(),
        i.reason(), i.source(), i.fact(), i.distractors(), i.accepted());
  }

  private XWPFDocument document(Paper paper, ExportRequest r, boolean teacher) {
    Templates t = r.templates();
    XWPFDocument doc = new XWPFDocument();
    pageSetup(doc);
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("title", r.title());
    header.put("course", t.label("course", ""));
    header.put("date", LocalDate.now().toString());
    header.put("version", paper.version());
    header.put("teacher", teacher);
    String[] lines = t.render("worksheet/header.ftl", header).split("\n");
    paragraph(doc, lines[0], HEADING_FONT, 16, true, ParagraphAlignment.CENTER);
    for (int i = 1; i < lines.length; i++) {
      paragraph(doc, lines[i].strip(), BODY_FONT, 10.5, false, ParagraphAlignment.CENTER);
    }
    paragraph(doc, t.label("student_line", "姓名：________ 班级：________ 得分：________"), BODY_FONT, 10.5, false,
        ParagraphAlignment.CENTER);

    int sectionNo = 0;
    int number = 1;
    List<String[]> key = new ArrayList<>();
    for (Map.Entry<ItemType, List<Item>> e : paper.sections().entrySet()) {
      ItemType type = e.getKey();
      List<Item> list = e.getValue();
      int points = Integer.parseInt(t.label("points." + type.id(), "2"));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ordinal", ORDINALS[sectionNo++]);
      m.put("type", type.id());
      m.put("count", list.size());
      m.put("points", points);
      m.put("total", points * list.size());
      String[] heading = t.render("worksheet/section.ftl", m).split("\n");
      paragraph(doc, heading[0], HEADING_FONT, 12, true, ParagraphAlignment.LEFT).setSpacingBefore(240);
      for (int i = 1; i < heading.length; i++) {
        paragraph(doc, heading[i].strip(), BODY_FONT, 10.5, false, ParagraphAlignment.LEFT);
      }
      for (Item item : list) {
        String stem = item.stem() + (type == ItemType.TRUE_FALSE ? "（　　）" : "");
        paragraph(doc, number + ". " + stem, BODY_FONT, 10.5, false, ParagraphAlignment.LEFT).setSpacingBefore(120);
        if (type.isChoice()) {
          options(doc, item.options());
        }
        key.add(new String[] {String.valueOf(number), answerText(item), item.explanation(), item.source().document(),
            item.source().title()});
        number++;
      }
    }
    if (teacher) {
      XWPFParagraph h = paragraph(doc, t.label("answer_key", "答案与解析"), HEADING_FONT, 12, true, ParagraphAlignment.LEFT);
      h.setPageBreak(true);
      for (String[] k : key) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", k[0]);
        m.put("answer", k[1]);
        m.put("explanation", k[2]);
        m.put("document", k[3]);
        m.put("title", k[4]);
        paragraph(doc, t.render("worksheet/key-entry.ftl", m), BODY_FONT, 10.5, false, ParagraphAlignment.LEFT)
            .setSpacingAfter(80);
      }
    }
    footer(doc, t.label("page", "第 {page} 页 共 {pages} 页"));
    return doc;
  }

  /** The answer as a teacher marks it: letters for choice items, the words for the others. */
  public static String answerText(Item item) {
    return item.type().isChoice() ? item.answerLetters() : String.join("；", item.answers());
  }

  /** Options A–D two per line when they are short, one per line when long. */
  private static void options(XWPFDocument doc, List<String> options) {
    boolean shortOnes = options.stream().allMatch(o -> o.length() <= 12);
    int perLine = shortOnes ? 2 : 1;
    for (int i = 0; i < options.size(); i += perLine) {
      XWPFParagraph p = doc.createParagraph();
      p.setIndentationLeft(420);
      for (int j = i; j < Math.min(options.size(), i + perLine); j++) {
        String text = (char) ('A' + j) + ". " + options.get(j);
        XWPFRun run = run(p, text, BODY_FONT, 10.5, false);
        if (j + 1 < Math.min(options.size(), i + perLine)) {
          run.addTab();
        }
      }
      if (perLine == 2) {
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        var tab = (ppr.isSetTabs() ? ppr.getTabs() : ppr.addNewTabs()).addNewTab();
        tab.setPos(BigInteger.valueOf(4600)); // the second column starts near the middle of an A4 line
        tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.LEFT);
      }
    }
  }

  static XWPFParagraph paragraph(XWPFDocument doc, String text, String font, double size, boolean bold,
      ParagraphAlignment align) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(align);
    run(p, text, font, size, bold);
    return p;
  }

  /** A run with the East-Asian font set explicitly, so Word, WPS and LibreOffice agree on it. */
  static XWPFRun run(XWPFParagraph p, String text, String font, double size, boolean bold) {
    XWPFRun run = p.createRun();
    run.setText(text);
    run.setBold(bold);
    run.setFontSize(size);
    run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
    run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
    run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
    return run;
  }

  private static void pageSetup(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
        ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(11906)); // A4 in twentieths of a point
    size.setH(BigInteger.valueOf(16838));
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(1440));
    mar.setBottom(BigInteger.valueOf(1440));
    mar.setLeft(BigInteger.valueOf(1531));
    mar.setRight(BigInteger.valueOf(1531));
    mar.setFooter(BigInteger.valueOf(720));
    mar.setHeader(BigInteger.valueOf(720));
  }

  /** A complex field (begin, instruction, separate, placeholder, end) in runs, so it stays in place. */
  private static void field(XWPFParagraph p, String instruction) {
    XWPFRun begin = run(p, "", BODY_FONT, 9, false);
    begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    XWPFRun instr = run(p, "", BODY_FONT, 9, false);
    instr.getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
    XWPFRun sep = run(p, "", BODY_FONT, 9, false);
    sep.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    run(p, "1", BODY_FONT, 9, false);
    XWPFRun end = run(p, "", BODY_FONT, 9, false);
    end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  /** Footer "第 X 页 共 Y 页" with live PAGE and NUMPAGES fields. */
  private static void footer(XWPFDocument doc, String pattern) {
    XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
    XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
    XWPFParagraph p = footer.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    String rest = pattern;
    while (!rest.isEmpty()) {
      int page = rest.indexOf("{page}");
      int pages = rest.indexOf("{pages}");
      int next = page < 0 ? pages : pages < 0 ? page : Math.min(page, pages);
      if (next < 0) {
        run(p, rest, BODY_FONT, 9, false);
        break;
      }
      if (next > 0) {
        run(p, rest.substring(0, next), BODY_FONT, 9, false);
      }
      boolean isPages = next == pages;
      field(p, isPages ? "NUMPAGES" : "PAGE");
      rest = rest.substring(next + (isPages ? "{pages}".length() : "{page}".length()));
    }
  }
}
