package org.kaodian.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kaodian} command: turns political-theory reading into quizzes and study cards. */
@Command(
    name = "kaodian",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Turns Chinese political-theory reading into quizzes and study cards.",
    subcommands = {ExtractCommand.class, GenerateCommand.class, EvalCommand.class, MailCommand.class, ReportCommand.class, BuildCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:some input or output failed (the rest was still processed)", "2:usage error"})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the CLI with the given streams; returns the exit code. Tests call this. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      line.getErr().println("kaodian: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
      if (Boolean.getBoolean("kaodian.verbose")) {
        ex.printStackTrace(line.getErr());
      }
      return 1;
    });
    return cl.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reports the version recorded in exports. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"kaodian " + org.kaodian.Version.VERSION};
    }
  }
}
