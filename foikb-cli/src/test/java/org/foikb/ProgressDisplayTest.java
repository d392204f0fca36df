package org.foikb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.foikb.build.Build;
import org.junit.jupiter.api.Test;

/** Progress as CI sees it: a plain line for each slow stage, with the files it wrote. */
class ProgressDisplayTest {
  @Test
  void printsEachSlowStageWithTheFilesItWroteAndLeavesQuickOnesToTheSummary() {
    StringWriter text = new StringWriter();
    AtomicLong files = new AtomicLong();
    try (ProgressDisplay progress = ProgressDisplay.plain(new PrintWriter(text, true), 100)) {
      progress.started("load", files::get);
      progress.ended(new Build.StageTime("load", 2400));
      progress.started("check", files::get);
      progress.ended(new Build.StageTime("check", 99));
      progress.started("render requests", files::get);
      files.addAndGet(12_345);
      progress.ended(new Build.StageTime("render requests", 5100));
      progress.started("swap in", files::get);
      files.incrementAndGet();
      progress.ended(new Build.StageTime("swap in", 100));
    }

    assertThat(text.toString().lines())
        .containsExactly(
            "foikb: load: 2400 ms",
            "foikb: render requests: 5100 ms, 12,345 files",
            "foikb: swap in: 100 ms, 1 file");
  }
}
