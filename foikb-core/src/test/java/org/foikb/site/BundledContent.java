package org.foikb.site;

import java.nio.file.Path;
import java.util.Optional;
import org.foikb.build.Build;
import org.foikb.model.DisclosureLog;

/** Where the repository's bundled sample log is, seen from a module's tests. */
public final class BundledContent {
  /** Set by the build (surefire's {@code foikb.bundledContent}); the default suits an IDE. */
  public static final Path FOLDER =
      Path.of(System.getProperty("foikb.bundledContent", "../content"));

  private BundledContent() {}

  /** The bundled log, loaded and checked, for tests of what is made from it. */
  public static DisclosureLog checkedLog() {
    return new Build(FOLDER, Optional.empty(), false).run(Optional.empty()).log().orElseThrow();
  }
}
