package org.kaodian.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;

/** With {@code -Dkaodian.timing=true}, prints milliseconds since JVM start at each step of a run. */
final class Timing {
  private static final boolean ON = Boolean.getBoolean("kaodian.timing");

  private Timing() {}

  static void mark(PrintWriter err, String step) {
    if (ON) {
      err.printf("timing: %5d ms  %s%n", System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime(), step);
    }
  }
}
