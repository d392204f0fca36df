package org.foikb.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.foikb.build.Build;
import org.foikb.site.BuiltSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build killed or failing mid-way must leave the previous site exactly as it was. */
class InterruptedBuildTest {
  @TempDir Path dir;

  @Test
  void killedBuildLeavesPreviousSiteIntactAndNextRunCleansUp() throws Exception {
    Path small = writeLog(dir.resolve("small"), 3);
    Path large = writeLog(dir.resolve("large"), 4000);
    Path out = dir.resolve("site").resolve("public");
    assertThat(new Build(small, Optional.empty(), false).run(Optional.of(out)).written()).isTrue();
    Map<String, String> before = snapshot(out);

    Process build =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.foikb.Main",
                "build",
                "--content",
                large.toString(),
                "--out",
                out.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("build.log").toFile())
            .start();
    Path staging = out.resolveSibling(".public.foikb-staging");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!hasRequestPages(staging) && build.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(build.isAlive()).as("the build must still be running when it is killed").isTrue();
    build.destroyForcibly().waitFor();

    assertThat(snapshot(out)).isEqualTo(before);
    assertThat(staging).exists();

    // the next run, even a refused one, removes what the killed build left
    Files.writeString(
        small.resolve("requests/broken.md"), "no front matter", StandardCharsets.UTF_8);
    assertThat(new Build(small, Optional.empty(), false).run(Optional.of(out)).written()).isFalse();
    assertThat(snapshot(out)).isEqualTo(before);
    // the CLI's load cache stays beside the site; a cache the killed build left half-written
    // fails its checks and is ignored (LoadCacheTest)
    try (Stream<Path> siblings = Files.list(out.getParent())) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("public", "public.foikb-cache");
    }
  }

  @Test
  void buildStoppedBetweenTheTwoMovesIsRestoredOnTheNextRun() throws Exception {
    Path small = writeLog(dir.resolve("small"), 2);
    Path out = dir.resolve("site").resolve("public");
    new Build(small, Optional.empty(), false).run(Optional.of(out));
    Map<String, String> before = snapshot(out);
    // the state after "move the old site aside" and before "move the new one in"
    Files.move(out, out.resolveSibling(".public.foikb-previous"));

    SiteWriter.repair(out);

    assertThat(snapshot(out)).isEqualTo(before);
    try (Stream<Path> siblings = Files.list(out.getParent())) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("public");
    }
  }

  /**
   * A rebuild over a site stages only what changed, then moves it in file by file; stopped part-way
   * through those moves, it is finished by the next run, so the site is the new one, whole.
   */
  @Test
  void rebuildStoppedWhileMovingItsFilesIntoPlaceIsFinishedOnTheNextRun() throws Exception {
    Path small = writeLog(dir.resolve("small"), 3);
    Path out = dir.resolve("site").resolve("public");
    Build build = new Build(small, Optional.empty(), false);
    assertThat(build.run(Optional.of(out)).written()).isTrue();
    // what the rebuild will make: request 3 gone, request 1 retitled
    Files.delete(small.resolve("requests/r3.md"));
    Files.writeString(
        small.resolve("requests/r1.md"),
        Files.readString(small.resolve("requests/r1.md"))
            .replace("title: Request number 1", "title: Request one"));
    Path expected = dir.resolve("expected");
    assertThat(build.withClean().run(Optional.of(expected)).written()).isTrue();

    // the rebuild's state after it marked its staging ready and moved none of its files, made by
    // running it into a copy of the site and taking its staging folder before it is moved in
    Path copy = dir.resolve("copy").resolve("public");
    BuiltSite.copy(out, copy);
    Path staging = copy.resolveSibling(".public.foikb-staging");
    try (SiteWriter writer = SiteWriter.open(copy, "rebuilt", true)) {
      pages(expected)
          .keySet()
          .forEach(
              path -> {
                try {
                  writer.write(path, Files.readAllBytes(expected.resolve(path)));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      BuiltSite.copy(staging, dir.resolve("staged"));
      writer.commit();
    }
    BuiltSite.copy(dir.resolve("staged"), out.resolveSibling(".public.foikb-staging"));
    assertThat(pages(copy)).isEqualTo(pages(expected));
    // the files the rebuild removes: the old site's that the new one does not have
    Set<String> gone = new TreeSet<>(pages(out).keySet());
    gone.removeAll(pages(expected).keySet());
    assertThat(gone).contains("requests/r-3/index.html");
    Files.write(out.resolveSibling(".public.foikb-staging").resolve(".foikb-ready"), gone);

    // the next run, even a refused one, finishes the moves
    Files.writeString(small.resolve("requests/broken.md"), "no front matter");
    assertThat(build.run(Optional.of(out)).written()).isFalse();

    assertThat(pages(out)).isEqualTo(pages(expected));
    assertThat(out.resolve("requests/r-3")).doesNotExist();
    assertThat(SiteWriter.recordedInputs(out)).contains("rebuilt");
    try (Stream<Path> siblings = Files.list(out.getParent())) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("public");
    }
  }

  /** A site's files but its marker, which records the inputs of the build that wrote it. */
  private static Map<String, String> pages(Path site) throws Exception {
    Map<String, String> files = snapshot(site);
    files.remove(".foikb-site");
    return files;
  }

  @Test
  void refusesToWriteOutsideTheOutputFolder() {
    try (SiteWriter writer = SiteWriter.open(dir.resolve("out"))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.write("../escaped.html", "x"))
          .isInstanceOf(IllegalArgumentException.class);
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> writer.write("/etc/escaped.html", "x"))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(dir.resolve("escaped.html")).doesNotExist();
    assertThat(dir.resolve("out")).doesNotExist();
  }

  private static boolean hasRequestPages(Path staging) {
    Path requests = staging.resolve("requests");
    if (!Files.isDirectory(requests)) {
      return false;
    }
    try (Stream<Path> pages = Files.list(requests)) {
      return pages.limit(50).count() >= 50;
    } catch (IOException e) {
      return false;
    }
  }

  static Path writeLog(Path content, int requests) throws IOException {
    write(
        content.resolve("site.yaml"),
        "title: Log\nauthority: A\nbase-url: https://foi.example.org/\n");
    write(
        content.resolve("sections/s40.md"),
        "---\nid: s40\nsection: \"40\"\ntitle: Personal information\nkind: exemption\ntest: absolute\n---\nText.\n");
    for (int i = 1; i <= requests; i++) {
      String body =
          "Intro text for request "
              + i
              + ".\n\n## Answer 1\n\n"
              + "Words of the answer. ".repeat(200)
              + "\n";
      write(
          content.resolve("requests/r" + i + ".md"),
          """
          ---
          reference: R.%d
          title: Request number %d
          responded: 2024-01-%02d
          questions:
            - ask: How many were there?
              outcome: withheld
              sections: [s40]
          ---
          %s"""
              .formatted(i, i, 1 + i % 28, body));
    }
    return content;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Every file under the folder with a hash of its bytes. */
  static Map<String, String> snapshot(Path root) throws Exception {
    Map<String, String> hashes = new TreeMap<>();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        hashes.put(
            root.relativize(file).toString(),
            HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
      }
    }
    return hashes;
  }
}
