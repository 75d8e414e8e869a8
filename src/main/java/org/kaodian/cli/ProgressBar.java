package org.kaodian.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.kaodian.Pipeline;

/** Documents done / total, characters per second and ETA on stderr, only on a terminal and only on long runs. */
final class ProgressBar implements Pipeline.Progress {
  private static final long QUIET_MILLIS = 2000;
  private final PrintWriter err;
  private final boolean terminal;
  private final long start = System.currentTimeMillis();
  private long lastDraw;
  private boolean drawn;

  ProgressBar(PrintWriter err) {
    this.err = err;
    this.terminal = System.console() != null && System.getenv("CI") == null;
  }

  @Override
  public void update(int done, int total, long characters) {
    long now = System.currentTimeMillis();
    if (!terminal || now - start < QUIET_MILLIS || now - lastDraw < 200) {
      return;
    }
    lastDraw = now;
    double secs = (now - start) / 1000.0;
    double rate = characters / secs;
    long eta = done == 0 ? 0 : Math.round(secs * (total - done) / done);
    int width = 30;
    int filled = total == 0 ? width : (int) ((long) width * done / total);
    err.printf(Locale.ROOT, "\r[%s%s] %d/%d documents  %,.0f chars/s  ETA %d:%02d ", "#".repeat(filled),
        " ".repeat(width - filled), done, total, rate, eta / 60, eta % 60);
    err.flush();
    drawn = true;
  }

  @Override
  public void done() {
    if (drawn) {
      err.println();
    }
  }
}
