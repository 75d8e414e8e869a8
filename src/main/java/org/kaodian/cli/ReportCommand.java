package org.kaodian.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kaodian.mail.ConfigException;
import org.kaodian.mail.GradeBook;
import org.kaodian.mail.GroupConfig;
import org.kaodian.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kaodian report}: a study group's grade book (.xlsx) and score chart (.png) from the collected replies. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write the group's grade book (members × weeks: 得分率, scores, late replies) as .xlsx and a PNG",
        "chart of the group's average and each member's score per week. Replies are read by mail --collect."})
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "GROUP_FILE", description = "The group's YAML file (see README).")
  Path groupFile;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "exports",
      description = "Folder for <group>-成绩册.xlsx and <group>-成绩.png. Default: exports")
  Path output;

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    GroupConfig cfg;
    try {
      cfg = GroupConfig.load(groupFile);
    } catch (ConfigException e) {
      e.problems().forEach(p -> err.println("error: " + p));
      return 1;
    }
    System.setProperty("java.awt.headless", "true"); // a chart, never a window
    GradeBook book;
    try (Store store = Store.openGroup(cfg.store())) {
      book = GradeBook.of(cfg, store);
    }
    String base = GroupConfig.safeName(cfg.group());
    Path xlsx = output.resolve(base + "-成绩册.xlsx");
    Path png = output.resolve(base + "-成绩.png");
    book.writeXlsx(xlsx);
    book.writePng(png);
    err.println("wrote " + xlsx);
    err.println("wrote " + png);
    return 0;
  }
}
