package org.foikb.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.foikb.Main;
import org.foikb.build.Build;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every path that content can make recursive is bounded: deep YAML is a content error, templates
 * that include themselves stop, and cycles of links are only ever followed one step.
 */
@ExtendWith(ContentFixture.class)
class NestingLimitsTest {
  private static final Duration LIMIT = Duration.ofSeconds(60);
  private static final String TOO_DEEP =
      """
      %s:%d:%d: error: lists and groups of fields are nested more than 16 deep
        hint: the format nests four deep at most (a request's questions, and their sections); write the value as text or as a list of texts""";

  @TempDir Path dir;

  /** Each file kind with the line of its title, which the tests replace with a deep value. */
  static Stream<Arguments> titledFiles() {
    return Stream.of(
        Arguments.of(ContentFixture.REQUEST_PATH, ContentFixture.VALID_REQUEST, 3),
        Arguments.of("sections/s21.md", ContentFixture.S21, 4),
        Arguments.of("published/lfr-deployment-record.md", ContentFixture.SOURCE, 3),
        Arguments.of("pages/about.md", "---\ntitle: About\n---\nAbout the log.\n", 2),
        Arguments.of("site.yaml", ContentFixture.SITE, 1));
  }

  private static String withTitle(String file, String title) {
    return file.replaceFirst("(?m)^title: .*$", java.util.regex.Matcher.quoteReplacement(title));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("titledFiles")
  void rejectsFlowListsNestedTenThousandDeepInEveryKindOfFile(String path, String file, int line) {
    ContentFixture fixture =
        ContentFixture.in(dir)
            .file(path, withTitle(file, "title: " + "[".repeat(10_000) + "]".repeat(10_000)));
    // the file's own fields are level 1, so the 16th '[' (column 8 + 15) is level 17
    String diagnostics = assertTimeoutPreemptively(LIMIT, fixture::diagnostics);
    assertThat(diagnostics).as(fixture::listing).isEqualTo(TOO_DEEP.formatted(path, line, 23));
  }

  @Test
  void rejectsFlowGroupsOfFieldsNestedTenThousandDeep() {
    String deep = "title: " + "{a: ".repeat(10_000) + "b" + "}".repeat(10_000);
    ContentFixture fixture =
        ContentFixture.in(dir).request(withTitle(ContentFixture.VALID_REQUEST, deep));
    String diagnostics = assertTimeoutPreemptively(LIMIT, fixture::diagnostics);
    assertThat(diagnostics)
        .isEqualTo(TOO_DEEP.formatted(ContentFixture.REQUEST_PATH, 3, 8 + 15 * 4));
  }

  @Test
  void rejectsBlockListsNestedAThousandDeep() {
    StringBuilder deep = new StringBuilder("topics:\n");
    for (int level = 1; level <= 1_000; level++) {
      deep.append("  ".repeat(level)).append("-\n");
    }
    ContentFixture fixture =
        ContentFixture.in(dir)
            .request(ContentFixture.VALID_REQUEST.replace("topics: [facial recognition]\n", deep));
    String diagnostics = assertTimeoutPreemptively(LIMIT, fixture::diagnostics);
    // the list of topics starts on line 7 at level 2, so the one on line 22, indented 32, is 17
    assertThat(diagnostics).isEqualTo(TOO_DEEP.formatted(ContentFixture.REQUEST_PATH, 22, 33));
  }

  @Test
  void acceptsTheDeepestNestingTheFormatUses(@TempDir Path out) {
    // questions (2), a question (3) and its sections (4), with room to spare below the limit
    ContentFixture fixture = ContentFixture.in(dir).validRequest();
    assertThat(ContentFixture.format(fixture.build(out))).isEmpty();
  }

  @Test
  void reportsATemplateThatIncludesItselfAsATemplateError() throws IOException {
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("page.mustache"), "{{>page}}");
    ContentFixture fixture =
        ContentFixture.in(dir.resolve("c"))
            .file("pages/about.md", "---\ntitle: About\n---\nAbout the log.\n");
    StringWriter err = new StringWriter();
    String[] args = {
      "build",
      "--content",
      fixture.root().toString(),
      "--out",
      dir.resolve("out").toString(),
      "--templates",
      templates.toString()
    };

    int status =
        assertTimeoutPreemptively(
            LIMIT,
            () -> Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err)));

    assertThat(status).isEqualTo(Main.CONTENT_ERRORS);
    assertThat(err.toString())
        .isEqualTo(
            "foikb: error in template page.mustache: Maximum partial recursion limit reached: 100"
                + " @[page.mustache:1] while processing pages/about.md; nothing was written\n");
  }

  @Test
  void buildsRequestsThatSupersedeEachOtherInACycle(@TempDir Path out) throws IOException {
    String older =
        ContentFixture.VALID_REQUEST
            .replace("01.FOI.24.000001", "01.FOI.24.000002")
            .replace("questions:", "supersedes: 01.FOI.24.000001\nquestions:");
    ContentFixture fixture =
        ContentFixture.in(dir)
            .request(
                ContentFixture.VALID_REQUEST.replace(
                    "questions:", "supersedes: 01.FOI.24.000002\nquestions:"))
            .file("requests/2024/01-foi-24-000002.md", older);

    Build.Result result = assertTimeoutPreemptively(LIMIT, () -> fixture.build(out));

    assertThat(ContentFixture.format(result)).isEmpty();
    assertThat(out.resolve("requests/01-foi-24-000002/index.html")).isRegularFile();
  }

  @Test
  void buildsSectionsThatAreEachOthersParent(@TempDir Path out) {
    ContentFixture fixture =
        ContentFixture.in(dir)
            .file("sections/s21.md", ContentFixture.S21.replace("kind:", "parent: s31-1-a\nkind:"))
            .file(
                "sections/s31-1-a.md",
                ContentFixture.S31_1_A.replace("kind:", "parent: s21\nkind:"));

    Build.Result result = assertTimeoutPreemptively(LIMIT, () -> fixture.build(out));

    assertThat(ContentFixture.format(result)).isEmpty();
    assertThat(out.resolve("sections/s21/index.html")).isRegularFile();
  }
}
