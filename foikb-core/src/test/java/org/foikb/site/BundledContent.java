package org.foikb.site;

import java.nio.file.Path;

/** Where the repository's bundled sample log is, seen from a module's tests. */
public final class BundledContent {
  /** Set by the build (surefire's {@code foikb.bundledContent}); the default suits an IDE. */
  public static final Path FOLDER =
      Path.of(System.getProperty("foikb.bundledContent", "../content"));

  private BundledContent() {}
}
