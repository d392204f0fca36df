package org.foikb.build;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress as a log read afterwards wants it (CI, Maven): a plain line as each slow stage ends,
 * with the files it wrote. Quick stages say nothing, so a small build's log holds only its summary.
 *
 * <pre>{@code
 * build.run(out, new StageLines(StageLines.SLOW_STAGE_MILLIS, System.err::println));
 * }</pre>
 */
public final class StageLines implements Progress {
  /** A stage this long or longer gets its line. */
  public static final long SLOW_STAGE_MILLIS = 1000;

  private final long slowStageMillis;
  private final Consumer<String> out;
  private LongSupplier files = () -> 0;
  private long filesAtStart;

  public StageLines(long slowStageMillis, Consumer<String> out) {
    this.slowStageMillis = slowStageMillis;
    this.out = out;
  }

  @Override
  public synchronized void started(String stage, LongSupplier filesWritten) {
    files = filesWritten;
    filesAtStart = filesWritten.getAsLong();
  }

  @Override
  public void note(String message) {
    out.accept("foikb: " + message);
  }

  @Override
  public synchronized void ended(Build.StageTime time) {
    if (time.millis() < slowStageMillis) {
      return;
    }
    long written = files.getAsLong() - filesAtStart;
    out.accept(
        "foikb: "
            + time.stage()
            + ": "
            + time.millis()
            + " ms"
            + (written > 0
                ? String.format(Locale.ROOT, ", %,d file%s", written, written == 1 ? "" : "s")
                : ""));
  }
}
