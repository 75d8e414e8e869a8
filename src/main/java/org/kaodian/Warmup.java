package org.kaodian;

/**
 * Loads the slow-to-start libraries (HanLP's synonym dictionary, POI, Jackson, Freemarker) on a
 * second core while the first one reads and segments the input; class loading, not text work,
 * dominates a run on a booklet-sized input.
 */
public final class Warmup {
  private Warmup() {}

  /** Starts the warm-up in a daemon thread; failures are ignored (the real use reports them). */
  public static void start() {
    Thread t = new Thread(() -> {
      try {
        com.hankcs.hanlp.dictionary.CoreSynonymDictionary.get("中国");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
          doc.createParagraph().createRun().setText("预热");
          doc.write(java.io.OutputStream.nullOutputStream());
        }
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
          wb.createSheet("x").createRow(0).createCell(0).setCellValue("预热");
          wb.write(java.io.OutputStream.nullOutputStream());
        }
        new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(java.util.Map.of("a", 1));
      } catch (Exception | LinkageError e) {
        // best effort only
      }
    }, "kaodian-warmup");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }
}
