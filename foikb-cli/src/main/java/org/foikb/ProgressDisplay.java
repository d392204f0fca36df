package org.foikb;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.foikb.build.Build;
import org.foikb.build.Progress;
import org.foikb.build.StageLines;

/**
 * How far a build has gone, on standard error: on a terminal one line redrawn in place (stage,
 * files written, files a second); elsewhere, as in CI, a plain line as each slow stage ends. Quick
 * stages print nothing there, so a small build's log holds only its summary.
 */
final class ProgressDisplay implements Progress, AutoCloseable {
  private static final long REDRAW_MILLIS = 250;

  private final PrintWriter err;
  private final boolean terminal;
  private final StageLines lines;
  private final ScheduledExecutorService clock;
  private volatile String stage = "";
  private volatile LongSupplier files = () -> 0;
  private volatile long stageStarted;
  private volatile long filesAtStart;
  private ScheduledFuture<?> redraw;
  private boolean drawn;

  private ProgressDisplay(PrintWriter err, boolean terminal, long slowStageMillis) {
    this.err = err;
    this.terminal = terminal;
    this.lines = new StageLines(slowStageMillis, err::println);
    this.clock =
        terminal
            ? Executors.newSingleThreadScheduledExecutor(
                r -> {
                  Thread thread = new Thread(r, "foikb-progress");
                  thread.setDaemon(true);
                  return thread;
                })
            : null;
  }

  /** A display for this process's standard error, redrawn in place only when it is a terminal. */
  static ProgressDisplay on(PrintWriter err) {
    return new ProgressDisplay(err, System.console() != null, StageLines.SLOW_STAGE_MILLIS);
  }

  /** A display that writes plain lines for stages of {@code slowStageMillis} or more. */
  static ProgressDisplay plain(PrintWriter err, long slowStageMillis) {
    return new ProgressDisplay(err, false, slowStageMillis);
  }

  @Override
  public synchronized void started(String stage, LongSupplier filesWritten) {
    lines.started(stage, filesWritten);
    this.stage = stage;
    this.files = filesWritten;
    this.stageStarted = System.nanoTime();
    this.filesAtStart = filesWritten.getAsLong();
    if (terminal && redraw == null) {
      redraw =
          clock.scheduleAtFixedRate(
              this::draw, REDRAW_MILLIS, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public synchronized void ended(Build.StageTime time) {
    if (!terminal) {
      lines.ended(time);
    }
  }

  @Override
  public synchronized void note(String message) {
    if (drawn) {
      err.print("\r\033[K");
    }
    lines.note(message);
  }

  private synchronized void draw() {
    double seconds = (System.nanoTime() - stageStarted) / 1e9;
    long written = files.getAsLong() - filesAtStart;
    String rate =
        seconds > 0.5 && written > 0
            ? String.format(Locale.ROOT, " (%,.0f/s)", written / seconds)
            : "";
    err.print(
        "\r\033[K"
            + stage
            + (written > 0 ? String.format(Locale.ROOT, ": %,d files", written) + rate : "…"));
    err.flush();
    drawn = true;
  }

  /** Stops redrawing and clears the line, so that what is printed next starts on a clean one. */
  @Override
  public synchronized void close() {
    if (clock != null) {
      clock.shutdownNow();
    }
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
