package org.foikb.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A minimal valid log on disk, to which a test adds one request of its own. */
final class MiniLog {
  private MiniLog() {}

  static Path write(Path dir) throws IOException {
    write(
        dir.resolve("site.yaml"),
        """
        title: Disclosure log
        authority: Test Authority
        base-url: https://foi.example.org/
        contact-allowlist: [foi@example.org]
        """);
    write(
        dir.resolve("sections/s21.md"),
        """
        ---
        id: s21
        section: "21"
        title: Information accessible by other means
        kind: exemption
        test: absolute
        ---
        Already published.

        ## Standard wording

        The information is already published.
        """);
    write(
        dir.resolve("published/grid.md"),
        """
        ---
        id: grid
        title: Deployment record
        url: https://www.example.org/grid
        ---
        A table of deployments.
        """);
    return dir;
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
