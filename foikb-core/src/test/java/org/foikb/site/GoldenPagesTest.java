package org.foikb.site;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.foikb.build.Build;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Renders the fixture log and compares chosen pages with golden files: the page's {@code <title>}
 * and its {@code <main>}, re-serialised by Jsoup with pinned settings, so layout changes outside
 * {@code <main>} do not touch the goldens. Run with {@code -Dgolden.update=true} to rewrite them,
 * then review the diff by eye.
 */
class GoldenPagesTest {
  static final Path FIXTURE = Path.of("src/test/resources/site/fixture/content");
  private static final Path GOLDEN = Path.of("src/test/resources/site/golden");

  @TempDir static Path tmp;

  private static BuiltSite site;

  @BeforeAll
  static void buildFixture() {
    site = BuiltSite.build(FIXTURE, tmp.resolve("public"));
  }

  @Test
  void fixtureBuildsWithoutAnyDiagnostic() {
    Build.Result result = new Build(FIXTURE, Optional.empty(), true).run(Optional.empty());

    assertThat(result.diagnostics().sorted()).isEmpty();
  }

  @ParameterizedTest(name = "{0} matches {1}")
  @CsvSource({
    "requests/01-fix-23-000101/, request-superseded.html",
    "requests/01-fix-24-000202/, request-supersedes.html",
    "requests/01-fix-24-000303/, request-ncnd-invalid.html",
    "sections/s31-1-a/,          section-with-parent.html",
    "published/annual-report/,   published-source.html",
  })
  void rendersPageAsInItsGoldenFile(String page, String goldenName) throws IOException {
    String actual = normalised(site.page(page));
    Path golden = GOLDEN.resolve(goldenName);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, UTF_8);
      return;
    }
    assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
    String expected = Files.readString(golden, UTF_8);
    assertThat(actual)
        .as(
            "%s differs from %s at %s (if intended, rerun with -Dgolden.update=true and review the diff)",
            page, golden, firstDifference(expected, actual))
        .isEqualTo(expected);
  }

  /** Where two texts first differ, by line, so a failure points at the change. */
  private static String firstDifference(String expected, String actual) {
    List<String> want = expected.lines().toList();
    List<String> got = actual.lines().toList();
    for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
      String w = i < want.size() ? want.get(i) : "(end of file)";
      String g = i < got.size() ? got.get(i) : "(end of file)";
      if (!w.equals(g)) {
        return "line " + (i + 1) + ": expected [" + w.strip() + "] but was [" + g.strip() + "]";
      }
    }
    return "no line (line endings only)";
  }

  /** The title and main content only, pretty-printed with settings pinned here. */
  static String normalised(Document page) {
    page.outputSettings().prettyPrint(true).indentAmount(1).charset(UTF_8);
    Element main = page.selectFirst("main");
    assertThat(main).as("<main> element").isNotNull();
    return page.title() + "\n" + main.outerHtml() + "\n";
  }
}
