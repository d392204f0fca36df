package org.foikb.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.foikb.build.Build;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unique references and ids, the id grammar, and ids that must equal their file names. */
@ExtendWith(ContentFixture.class)
class IdentityRulesTest {
  @TempDir Path dir;

  private ContentFixture content() {
    return ContentFixture.in(dir);
  }

  @Test
  void rejectsDuplicateReferenceAcrossTwoFiles() {
    // the same reference also gives the same page address; only the reference is reported, once
    content()
        .validRequest()
        .file("requests/2023/copy.md", ContentFixture.VALID_REQUEST)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:2:12: error: duplicate reference '01.FOI.24.000001', also used by requests/2023/copy.md
          hint: each reference must be unique across the log""");
  }

  @Test
  void rejectsTwoReferencesThatShareAPageAddress() {
    content()
        .validRequest()
        .file(
            "requests/2023/copy.md",
            ContentFixture.VALID_REQUEST.replace("01.FOI.24.000001", "01-FOI-24-000001"))
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:2:12: error: duplicate page address (slug) '01-foi-24-000001', also used by requests/2023/copy.md
          hint: each page address (slug) must be unique across the log""");
  }

  @Test
  void namesTheLineOfADuplicateReference() {
    ContentFixture fixture =
        content().validRequest().file("requests/2023/copy.md", ContentFixture.VALID_REQUEST);

    assertThat(fixture.diagnostics())
        .as(fixture::listing)
        .contains(
            """
        requests/2024/01-foi-24-000001.md:2:12: error: duplicate reference '01.FOI.24.000001', also used by requests/2023/copy.md
          hint: each reference must be unique across the log""");
  }

  @Test
  void rejectsSecondFileClaimingAnExistingId() {
    // ids equal file names, so a second file can only claim an id by differing from its name
    content()
        .file("published/lfr-copy.md", ContentFixture.SOURCE)
        .assertDiagnostics(
            """
        published/lfr-copy.md:2:5: error: id 'lfr-deployment-record' differs from the file name 'lfr-copy.md'
          hint: rename the file to lfr-deployment-record.md, or change the id to 'lfr-copy'""");
  }

  @Test
  void rejectsSectionIdThatDiffersFromItsFileName() {
    content()
        .file("sections/s31-1-a.md", ContentFixture.S31_1_A.replace("id: s31-1-a", "id: s31-1a"))
        .assertDiagnostics(
            """
        sections/s31-1-a.md:2:5: error: id 's31-1a' differs from the file name 's31-1-a.md'
          hint: rename the file to s31-1a.md, or change the id to 's31-1-a'""");
  }

  @Test
  void rejectsIdWithCapitals() {
    content()
        .file(
            "published/Lfr-Record.md",
            ContentFixture.SOURCE.replace("id: lfr-deployment-record", "id: Lfr-Record"))
        .assertDiagnostics(
            """
        published/Lfr-Record.md:2:5: error: invalid id 'Lfr-Record'
          hint: ids use only a-z, 0-9 and '-' (no capitals, spaces, dots or slashes) and equal the file name""");
  }

  @Test
  void rejectsIdWithSpaces() {
    content()
        .file(
            "published/lfr record.md",
            ContentFixture.SOURCE.replace("id: lfr-deployment-record", "id: lfr record"))
        .assertDiagnostics(
            """
        published/lfr record.md:2:5: error: invalid id 'lfr record'
          hint: ids use only a-z, 0-9 and '-' (no capitals, spaces, dots or slashes) and equal the file name""");
  }

  @Test
  void rejectsIdThatClimbsOutOfItsFolder() {
    content()
        .file(
            "sections/s40.md",
            """
        ---
        id: ../s40
        section: "40"
        title: Personal information
        ---
        """)
        .assertDiagnostics(
            """
        sections/s40.md:2:5: error: invalid id '../s40'
          hint: ids use only a-z, 0-9 and '-' (no capitals, spaces, dots or slashes) and equal the file name""");
  }

  @Test
  void rejectsIdWithASlash() {
    content()
        .file(
            "published/annual-report.md",
            """
        ---
        id: reports/annual
        title: Annual report
        url: https://www.example.org/annual-report
        ---
        """)
        .assertDiagnostics(
            """
        published/annual-report.md:2:5: error: invalid id 'reports/annual'
          hint: ids use only a-z, 0-9 and '-' (no capitals, spaces, dots or slashes) and equal the file name""");
  }

  @Test
  void rejectsPageFileNameThatIsNotAnId() {
    content()
        .file(
            "pages/About_Us.md",
            """
        ---
        title: About us
        ---
        """)
        .assertDiagnostics(
            """
        pages/About_Us.md: error: invalid page file name 'About_Us'
          hint: page file names become URLs: ids use only a-z, 0-9 and '-' (no capitals, spaces, dots or slashes) and equal the file name""");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-draft", "draft-", "2024--stats"})
  void acceptsEveryIdTheFormatAllows(String id) {
    content()
        .file(
            "published/" + id + ".md",
            ContentFixture.SOURCE.replace("id: lfr-deployment-record", "id: \"" + id + "\""))
        .assertDiagnostics("");
  }

  /**
   * A reference with no letters or digits has an empty page address, so its page is written over
   * the list of all requests (or the list over it) and the build reports nothing.
   */
  @Test
  void rejectsReferenceWithoutLettersOrDigits(@TempDir Path out) {
    ContentFixture fixture =
        content()
            .request(
                ContentFixture.VALID_REQUEST.replace(
                    "reference: 01.FOI.24.000001", "reference: \"?\""));

    Build.Result result = fixture.build(out);

    assertThat(ContentFixture.format(result))
        .as(fixture::listing)
        .startsWith(ContentFixture.REQUEST_PATH + ":")
        .contains(": error: ");
  }

  /** The year list /requests/2024/ and request "2024" share an address; one page is lost. */
  @Test
  void rejectsReferenceWhosePageAddressIsAYearList(@TempDir Path out) throws Exception {
    ContentFixture fixture =
        content()
            .request(
                ContentFixture.VALID_REQUEST.replace(
                    "reference: 01.FOI.24.000001", "reference: \"2024\""));

    Build.Result result = fixture.build(out);

    if (!result.diagnostics().hasErrors()) {
      assertThat(Jsoup.parse(out.resolve("requests/2024/index.html").toFile()).title())
          .as(fixture::listing)
          .startsWith("2024: ");
    }
  }
}
