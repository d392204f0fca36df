package org.foikb.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.foikb.build.Build;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build writes only into its output folder, and swaps a new site in only when every page
 * rendered: a failure part-way leaves the previous site exactly as it was.
 */
class OutputFolderTest {
  private static final Path FIXTURE = GoldenPagesTest.FIXTURE;

  /** Where the site goes; beside it, things a build must not touch. */
  @TempDir Path parent;

  /**
   * Template overrides live apart from the output's parent, so its listing shows only the build.
   */
  @TempDir Path overrides;

  /** The fixture built once; tests copy it in as "the previous site" rather than build it again. */
  @TempDir static Path built;

  @BeforeAll
  static void buildFixtureOnce() {
    BuiltSite.build(FIXTURE, built.resolve("public"));
  }

  private Path previousSite() {
    return BuiltSite.copy(built.resolve("public"), parent.resolve("public"));
  }

  @Test
  void buildWritesNothingOutsideTheOutputFolder() throws IOException {
    Files.writeString(parent.resolve("neighbour.txt"), "not part of the site");
    Files.createDirectories(parent.resolve("other-site/requests"));
    Files.writeString(parent.resolve("other-site/requests/index.html"), "<p>someone else's</p>");
    Map<String, String> parentBefore = outsideOutput(BuiltSite.Trees.listing(parent));
    Map<String, String> contentBefore = BuiltSite.Trees.listing(FIXTURE);

    BuiltSite.build(FIXTURE, parent.resolve("public"));

    Map<String, String> parentAfter = BuiltSite.Trees.listing(parent);
    assertThat(outsideOutput(parentAfter)).isEqualTo(parentBefore);
    assertThat(parentAfter).containsKey("public/index.html");
    assertThat(BuiltSite.Trees.listing(FIXTURE)).as("content folder").isEqualTo(contentBefore);
  }

  @Test
  void rebuildingReplacesTheSiteAndLeavesNoWorkingFolderBehind() throws IOException {
    Path out = previousSite();
    Files.writeString(out.resolve("stale.html"), "<p>from an older build</p>");

    BuiltSite.build(FIXTURE, out);

    assertThat(topLevel(parent)).containsExactly("public");
    assertThat(BuiltSite.Trees.files(out))
        .containsOnlyKeys(BuiltSite.Trees.files(built.resolve("public")).keySet());
  }

  /**
   * A template naming a value its page lacks fails the render: request pages fail before anything
   * else is rendered, published-source pages after the request pages were staged, the home page
   * near the end.
   */
  @ParameterizedTest(name = "{0}.mustache")
  @ValueSource(strings = {"request", "published", "home"})
  void failedRenderLeavesThePreviousSiteByteForByteIntact(String template) throws IOException {
    Path out = previousSite();
    Map<String, String> before = BuiltSite.Trees.listing(parent);
    Files.writeString(
        overrides.resolve(template + ".mustache"),
        "{{<layout}}{{$content}}<p>{{noSuchValue}}</p>{{/content}}{{/layout}}");

    assertThatThrownBy(
            () -> new Build(FIXTURE, Optional.of(overrides), false).run(Optional.of(out)))
        .hasMessageContaining("noSuchValue");

    assertThat(BuiltSite.Trees.listing(parent)).isEqualTo(before);
    assertThat(topLevel(parent)).containsExactly("public");
  }

  /**
   * Request pages render in parallel: one failing page must not let the build return, and delete
   * its staging folder, while other pages are still being written into it. Which page fails first
   * decides whether the race shows, so the failing page moves through the log, one build each.
   */
  @Test
  void failureOnOnePageWhileOthersStillRenderLeavesNothingBehind(@TempDir Path content)
      throws IOException {
    int requests = 30;
    writeGeneratedLog(content, requests, 0);
    Path out = parent.resolve("public");
    BuiltSite.build(content, out);
    Map<String, String> before = BuiltSite.Trees.listing(parent);
    // only the request with a summary fails; the others go on rendering meanwhile
    Files.writeString(
        overrides.resolve("request.mustache"),
        "{{<layout}}{{$content}}{{#summary}}{{noSuchValue}}{{/summary}}{{/content}}{{/layout}}");

    for (int failing = 0; failing < requests; failing += 3) {
      writeGeneratedLog(content, requests, failing);
      assertThatThrownBy(
              () -> new Build(content, Optional.of(overrides), false).run(Optional.of(out)))
          .hasMessageContaining("noSuchValue");
      ForkJoinPool.commonPool().awaitQuiescence(10, TimeUnit.SECONDS);

      assertThat(topLevel(parent)).as("after request %d failed", failing).containsExactly("public");
      assertThat(BuiltSite.Trees.listing(parent))
          .as("after request %d failed", failing)
          .isEqualTo(before);
    }
  }

  @Test
  void refusesAnOutputFolderThatHoldsTheContent() throws IOException {
    Path project = parent.resolve("project");
    Path content = BuiltSite.copy(FIXTURE, project.resolve("content"));
    Files.writeString(project.resolve("notes.txt"), "the author's own file");
    Map<String, String> before = BuiltSite.Trees.listing(project);

    try {
      new Build(content, Optional.empty(), false).run(Optional.of(project));
    } catch (RuntimeException refused) {
      // refusing by exception is as good as refusing by diagnostic
    }

    assertThat(project.resolve("notes.txt")).as("the author's own file").exists();
    assertThat(content.resolve("site.yaml")).as("the content").exists();
    assertThat(BuiltSite.Trees.listing(project)).as("the project folder").isEqualTo(before);
  }

  /**
   * A log of small requests, all answered the same day, where only request number {@code
   * withSummary} has a summary.
   */
  private static void writeGeneratedLog(Path content, int requests, int withSummary)
      throws IOException {
    Files.writeString(
        content.resolve("site.yaml"),
        "title: Generated log\nauthority: Test Constabulary\nbase-url: https://foi.example.org/\n");
    Path folder = Files.createDirectories(content.resolve("requests"));
    for (int n = 0; n < requests; n++) {
      Files.writeString(
          folder.resolve(n + ".md"),
          """
          ---
          reference: 01.GEN.24.%06d
          title: Generated request %d
          responded: 2024-01-01
          %s
          questions:
            - ask: How many?
              outcome: disclosed
          ---
          ## Answer 1

          Several.
          """
              .formatted(n, n, n == withSummary ? "summary: The one whose page fails." : ""));
    }
  }

  private static Map<String, String> outsideOutput(Map<String, String> listing) {
    Map<String, String> rest = new TreeMap<>(listing);
    rest.keySet().removeIf(path -> path.equals("public") || path.startsWith("public/"));
    return rest;
  }

  private static List<String> topLevel(Path folder) {
    try (var entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
