package org.foikb.build;

import java.util.function.LongSupplier;

/**
 * Told of each stage of a build as it starts and ends, so that a long build can show how far it has
 * gone. Only the command line prints; the build only reports.
 */
public interface Progress {
  /** Tells nothing. */
  Progress SILENT = new Progress() {};

  /**
   * A stage begins; {@code filesWritten} counts the site's files written so far (zero before the
   * writing stages), which a display may sample at any time from another thread.
   */
  default void started(String stage, LongSupplier filesWritten) {}

  /** The stage named by the last {@link #started} has ended. */
  default void ended(Build.StageTime time) {}

  /** Something a user may want to know that is not a problem with the content. */
  default void note(String message) {}
}
