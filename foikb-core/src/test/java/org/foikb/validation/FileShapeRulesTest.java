package org.foikb.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.foikb.build.Build;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Whole-file problems: empty, no or unclosed front matter, encoding; and what is accepted. */
@ExtendWith(ContentFixture.class)
class FileShapeRulesTest {
  @TempDir Path dir;

  private ContentFixture content() {
    return ContentFixture.in(dir);
  }

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      byte[] b =
          part instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) part;
      out.writeBytes(b);
    }
    return out.toByteArray();
  }

  @Test
  void rejectsEmptyFile() {
    content()
        .request("")
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:1:1: error: empty file
          hint: start the file with front matter between two '---' lines, or delete it""");
  }

  @Test
  void rejectsFileOfBlankLines() {
    content()
        .file("sections/s1.md", "\n  \n\n")
        .assertDiagnostics(
            """
        sections/s1.md:1:1: error: empty file
          hint: start the file with front matter between two '---' lines, or delete it""");
  }

  @Test
  void rejectsFileWithoutFrontMatter() {
    content()
        .request(
            """
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:1:1: error: no front matter: the file must start with '---'
          hint: Did you forget to add '---' on the first line, above the fields?""");
  }

  @Test
  void rejectsUnclosedFrontMatter() {
    content()
        .request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-05

        ## Answer 1
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:1:1: error: front matter is not closed
          hint: add a line '---' after the last field, before the Markdown text""");
  }

  @Test
  void rejectsEmptyFrontMatter() {
    content()
        .file(
            "pages/about.md",
            """
        ---
        ---
        About this log.
        """)
        .assertDiagnostics(
            """
        pages/about.md:2:1: error: the front matter has no fields
          hint: write one 'name: value' line per field between the '---' lines""");
  }

  @Test
  void rejectsInvalidUtf8NamingTheByteOffset() {
    // "é" in Latin-1 is the single byte 0xE9, after 4 + 28 + 10 bytes: offset 42, line 3
    byte[] latin1 =
        bytes(
            "---\nreference: 01.FOI.24.000001\ntitle: Caf",
            new byte[] {(byte) 0xE9},
            "\nresponded: 2024-02-05\n---\n");
    content()
        .bytes(ContentFixture.REQUEST_PATH, latin1)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:3: error: invalid UTF-8 at byte offset 42
          hint: save the file as UTF-8 (most editors offer this under 'Save as' or 'Encoding')""");
  }

  @Test
  void rejectsBinaryFileNamedMarkdown() {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };
    content()
        .bytes("published/map.md", png)
        .assertDiagnostics(
            """
        published/map.md: error: binary file: a NUL byte at byte offset 8
          hint: content files must be UTF-8 text; move other files out of content/""");
  }

  @Test
  void acceptsByteOrderMarkAndCrlfLineEndings(@TempDir Path out) throws Exception {
    String crlf = ("\uFEFF" + ContentFixture.VALID_REQUEST).replace("\n", "\r\n");
    ContentFixture fixture =
        content()
            .request(crlf)
            .file("site.yaml", ("\uFEFF" + ContentFixture.SITE).replace("\n", "\r\n"))
            .file("sections/s21.md", ContentFixture.S21.replace("\n", "\r\n"));

    Build.Result result = fixture.build(out);

    assertThat(ContentFixture.format(result)).as(fixture::listing).isEmpty();
    Document page = Jsoup.parse(out.resolve("requests/01-foi-24-000001/index.html").toFile());
    assertThat(page.select("h1").text()).isEqualTo("Live facial recognition deployments");
    assertThat(page.select("li#q1 a[href='/published/lfr-deployment-record/']")).isNotEmpty();
  }

  @Test
  void countsLinesOfCrlfFileWithByteOrderMarkLikeAnyOther() {
    String text =
        """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-30
        questions:
          - ask: Where was it deployed?
            outcome: disclosed
        ---
        Intro.

        ## Answer 2
        """;
    content()
        .request(("\uFEFF" + text).replace("\n", "\r\n"))
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:4:12: error: 'responded' is not a real date: '2024-02-30'
          hint: check the day and the month
        requests/2024/01-foi-24-000001.md:11:1: error: '## Answer 2' has no question 2 (the request has 1 question)
          hint: renumber the heading, or add question 2 to 'questions'""");
  }
}
