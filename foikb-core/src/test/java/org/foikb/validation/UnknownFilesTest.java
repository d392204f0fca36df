package org.foikb.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.foikb.build.Build;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A file the format does not know is warned about, never published, and fatal under --strict. */
@ExtendWith(ContentFixture.class)
class UnknownFilesTest {
  @TempDir Path dir;

  private static final String SCRIPTED_SVG =
      """
      <svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>
      """;

  private static final String WARNING_HINT =
      "  hint: content/ holds only site.yaml and Markdown (.md) files; images are not published,"
          + " so put the document on a public address and link to it, or remove the file";

  private ContentFixture withScriptedSvgs() {
    return ContentFixture.in(dir)
        .validRequest()
        .file("requests/2024/diagram.svg", SCRIPTED_SVG)
        .file("pages/diagram.svg", SCRIPTED_SVG);
  }

  private static List<Path> filesNamed(Path tree, String name) throws IOException {
    try (Stream<Path> files = Files.walk(tree)) {
      return files.filter(f -> f.getFileName().toString().equals(name)).toList();
    }
  }

  @Test
  void warnsOnceForEachUnknownFileNamingItsPath() {
    withScriptedSvgs()
        .assertDiagnostics(
            "pages/diagram.svg: warning: foikb does not publish files it does not know;"
                + " this one is ignored\n"
                + WARNING_HINT
                + "\nrequests/2024/diagram.svg: warning: foikb does not publish files it does not"
                + " know; this one is ignored\n"
                + WARNING_HINT);
  }

  @Test
  void leavesUnknownFilesOutOfTheBuiltSite() throws IOException {
    Path out = dir.resolve("site");

    Build.Result result = withScriptedSvgs().build(out);

    assertThat(result.written()).isTrue();
    assertThat(filesNamed(out, "diagram.svg")).isEmpty();
  }

  @Test
  void refusesToBuildWithUnknownFilesUnderStrict() throws IOException {
    Path out = dir.resolve("site");
    Path content = withScriptedSvgs().root();

    Build.Result result = new Build(content, Optional.empty(), true).run(Optional.of(out));

    assertThat(result.failed(true)).isTrue();
    assertThat(result.written()).isFalse();
    assertThat(Files.exists(out) ? filesNamed(out, "diagram.svg") : List.of()).isEmpty();
  }

  @Test
  void ignoresHiddenFilesAndEditorBackupsSilently() {
    ContentFixture.in(dir)
        .validRequest()
        .file(".DS_Store", "\0\0")
        .file("requests/.gitkeep", "")
        .file("requests/2024/01-foi-24-000001.md~", "old text")
        .file("pages/#about.md#", "old text")
        .file("pages/about.md.bak", "old text")
        .assertDiagnostics("");
  }

  @Test
  void warnsAboutARelativeLinkToAFileAndPublishesNoAddressForIt() throws IOException {
    Path out = dir.resolve("site");
    ContentFixture fixture =
        withScriptedSvgs()
            .file(
                "pages/about.md",
                """
                ---
                title: About this log
                ---
                See [the diagram](diagram.svg) and [the map](../requests/2024/diagram.svg?v=2).
                """);

    assertThat(fixture.diagnostics())
        .contains(
            "pages/about.md:4:5: warning: link to 'diagram.svg' leads nowhere: foikb does not"
                + " publish files from content/",
            "pages/about.md:4:36: warning: link to '../requests/2024/diagram.svg?v=2' leads"
                + " nowhere: foikb does not publish files from content/");
    fixture.build(out);
    Document page = Jsoup.parse(out.resolve("about/index.html").toFile());
    assertThat(page.select("main a:contains(the diagram), main a:contains(the map)")).hasSize(2);
    assertThat(page.select("a[href*=diagram]")).isEmpty();
  }

  @Test
  void refusesAnEmbeddedImageOfAFileBesideThePage() {
    assertThat(
            withScriptedSvgs()
                .file(
                    "pages/about.md",
                    """
                    ---
                    title: About this log
                    ---
                    ![the diagram](diagram.svg)
                    """)
                .diagnostics())
        .contains("pages/about.md:4:1: error: images are not published: 'diagram.svg'");
  }
}
