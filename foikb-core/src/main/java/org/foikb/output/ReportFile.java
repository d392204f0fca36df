package org.foikb.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes one file outside the site (the staff report) so that a reader never sees it half-written:
 * the text goes to a temporary file beside it, which is then moved over it.
 *
 * <pre>{@code
 * ReportFile.write(Path.of("target/foikb-report.html"), html);
 * }</pre>
 */
public final class ReportFile {
  private ReportFile() {}

  /** Replaces {@code file} with {@code text} in one step, creating its folder if need be. */
  public static void write(Path file, String text) throws IOException {
    Path target = file.toAbsolutePath().normalize();
    Files.createDirectories(target.getParent());
    // not createTempFile, whose file only its owner may read: the report is read like the site
    Path temporary =
        target.resolveSibling(
            "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".foikb-tmp");
    try {
      Files.deleteIfExists(temporary);
      Files.writeString(
          temporary,
          text,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // the same folder is the same file system, so this is rare: replace as best we can
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Refuses a report file inside the site, where it would be published, or inside the content,
   * where the next build would find a file it does not know.
   */
  public static void checkPlace(Path file, Path site, Path content) {
    if (isInside(file, site)) {
      throw new UnsafeOutputException(
          "the staff report "
              + file
              + " would be inside the output folder "
              + site
              + " and so published; write it beside the folder, e.g. target/foikb-report.html");
    }
    if (isInside(file, content)) {
      throw new UnsafeOutputException(
          "the staff report "
              + file
              + " would be inside the content folder "
              + content
              + "; write it under target/, e.g. target/foikb-report.html");
    }
  }

  /**
   * Whether {@code file} would be inside {@code folder}, as the site's output folder: a report
   * there would be published, or deleted by the next build.
   */
  public static boolean isInside(Path file, Path folder) {
    Path target = file.toAbsolutePath().normalize();
    Path site = folder.toAbsolutePath().normalize();
    try {
      if (Files.exists(site)) {
        site = site.toRealPath();
      }
      Path parent = target.getParent();
      if (parent != null && Files.exists(parent)) {
        target = parent.toRealPath().resolve(target.getFileName());
      }
    } catch (IOException e) {
      // the plain paths decide
    }
    return target.startsWith(site);
  }
}
