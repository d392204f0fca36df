package org.foikb.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.foikb.build.Build;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs that must neither break the build nor reach the site. */
@ExtendWith(ContentFixture.class)
class HostileInputRulesTest {
  private static final Duration LIMIT = Duration.ofSeconds(60);

  @TempDir Path dir;

  private static String request(String body) {
    return """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-05
        questions:
          - ask: Where was it deployed?
            outcome: disclosed
        ---
        """
        + body;
  }

  @Test
  void rejectsInvalidUtf8NamingTheByteOffset() {
    byte[] start = request("Caf").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(start, start.length + 2);
    bytes[start.length] = (byte) 0xC3;
    bytes[start.length + 1] = (byte) 0x28;
    ContentFixture.in(dir)
        .bytes(ContentFixture.REQUEST_PATH, bytes)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:9: error: invalid UTF-8 at byte offset %d
          hint: save the file as UTF-8 (most editors offer this under 'Save as' or 'Encoding')"""
                .formatted(start.length));
  }

  @Test
  void printsMustacheSyntaxInContentLiterally() throws IOException {
    Path out = dir.resolve("out");
    ContentFixture fixture =
        ContentFixture.in(dir.resolve("c"))
            .request(
                request(
                        "Our {{layout.siteTitle}} and {{{layout.notice}}} and {{#layout}}x{{/layout}} stay as written.\n")
                    .replace(
                        "title: Live facial recognition deployments",
                        "title: \"{{layout.authority}}\""));
    assertThat(ContentFixture.format(fixture.build(out))).isEmpty();
    Document page = Jsoup.parse(out.resolve("requests/01-foi-24-000001/index.html").toFile());
    assertThat(page.select("main h1").text()).isEqualTo("{{layout.authority}}");
    assertThat(page.select("main .foikb-prose").text())
        .contains(
            "Our {{layout.siteTitle}} and {{{layout.notice}}} and {{#layout}}x{{/layout}} stay as written.");
  }

  @Test
  void buildsAFiveMegabyteAnswer() throws IOException {
    String answer = "The figures are set out below, year by year. ".repeat(120_000);
    Path out = dir.resolve("out");
    ContentFixture fixture =
        ContentFixture.in(dir.resolve("c")).request(request("## Answer 1\n\n" + answer + "\n"));
    Build.Result result =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(LIMIT, () -> fixture.build(out));
    assertThat(ContentFixture.format(result)).isEmpty();
    assertThat(Files.size(out.resolve("requests/01-foi-24-000001/index.html")))
        .isGreaterThan(5_000_000);
  }

  @Test
  void buildsTenThousandQuestions() throws IOException {
    StringBuilder questions = new StringBuilder();
    for (int i = 1; i <= 10_000; i++) {
      questions
          .append("  - ask: How many vehicles were bought in month ")
          .append(i)
          .append("?\n")
          .append("    outcome: not-held\n");
    }
    Path out = dir.resolve("out");
    ContentFixture fixture =
        ContentFixture.in(dir.resolve("c"))
            .request(
                """
        ---
        reference: 01.FOI.24.000001
        title: Vehicle purchases
        responded: 2024-02-05
        questions:
        %s---
        ## Answer 10000

        None.
        """
                    .formatted(questions));
    Build.Result result =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(LIMIT, () -> fixture.build(out));
    assertThat(ContentFixture.format(result)).isEmpty();
    Document page = Jsoup.parse(out.resolve("requests/01-foi-24-000001/index.html").toFile());
    assertThat(page.select("li[id=q10000]")).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {">", "- ", "* ", "1. ", "["})
  void survivesMarkdownNestedTenThousandLevelsDeep(String opener) throws IOException {
    String nested =
        opener.equals("[")
            ? "[".repeat(10_000) + "x" + "]".repeat(10_000)
            : opener.repeat(10_000) + "deep";
    Path out = dir.resolve("out");
    ContentFixture fixture = ContentFixture.in(dir.resolve("c")).request(request(nested + "\n"));
    Build.Result result =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(LIMIT, () -> fixture.build(out));
    // a correct page or a clear error, never a StackOverflowError
    assertThat(result.written() || result.diagnostics().hasErrors()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"s2\u200B1", "s21\u00A0", "\u045521", "S21", "s 21", "s..21", "s/21"})
  void rejectsIdsWithLookAlikeOrInvisibleCharacters(String id) {
    String diagnostics =
        ContentFixture.in(dir)
            .file(
                "sections/" + id.replace("/", "_") + ".md",
                """
            ---
            id: "%s"
            section: "21"
            title: Look-alike
            kind: procedural
            ---
            Text.
            """
                    .formatted(id))
            .diagnostics();
    assertThat(diagnostics).contains(": error: ").contains("id");
  }

  @Test
  void acceptsRequestFileNamesWithSpacesAndUnicode() {
    ContentFixture.in(dir)
        .remove(ContentFixture.REQUEST_PATH)
        .file("requests/2024/réponse à la demande 1.md", request("Answered.\n"))
        .assertDiagnostics("");
  }

  @Test
  void neverFollowsASymbolicLinkOutOfTheContentFolder() throws IOException {
    Path outside = Files.writeString(dir.resolve("secret.md"), request("Secret.\n"));
    ContentFixture fixture = ContentFixture.in(dir.resolve("c"));
    Path link = fixture.root().resolve("requests/2024/linked.md");
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, outside);
    // the fixture rewrites its folder on every call, so check the folder as it now stands
    Build.Result result =
        new Build(link.getParent().getParent().getParent(), java.util.Optional.empty(), false)
            .run(java.util.Optional.empty());
    assertThat(ContentFixture.format(result))
        .isEqualTo(
            """
        requests/2024/linked.md: error: symbolic link leads outside the content folder; not followed
          hint: copy the file into content/ instead of linking to it""");
  }
}
