package org.foikb.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.foikb.build.Build;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The YAML front matter and site.yaml: syntax, required fields, outcomes and dates. */
@ExtendWith(ContentFixture.class)
class FrontMatterRulesTest {
  @TempDir Path dir;

  private ContentFixture content() {
    return ContentFixture.in(dir);
  }

  @Test
  void acceptsTheValidFixture() {
    content().validRequest().assertDiagnostics("");
  }

  @Test
  void rejectsMalformedYaml() {
    // line 3, column 31: the ':' after 'recognition' in the unquoted title
    content()
        .request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition: deployments
        responded: 2024-02-05
        questions:
          - ask: Where?
            outcome: disclosed
        ---
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:3:31: error: malformed YAML: mapping values are not allowed here
          hint: check the indentation, and put text containing ': ', '#' or a leading '[', '{', '*', '&' or '!' in quotes""");
  }

  @Test
  void rejectsMalformedYamlInSiteSettingsWithFileLines() {
    // site.yaml has no front-matter fence: its first line is line 1
    content()
        .file(
            "site.yaml",
            """
        title: Disclosure log
        authority: Example Police Service
          base-url: https://foi.example.org/
        """)
        .assertDiagnostics(
            """
        site.yaml:3:11: error: malformed YAML: mapping values are not allowed here
          hint: check the indentation, and put text containing ': ', '#' or a leading '[', '{', '*', '&' or '!' in quotes""");
  }

  @Test
  void rejectsRequestWithoutReference() {
    content()
        .request(
            """
        ---
        title: Live facial recognition deployments
        responded: 2024-02-05
        questions:
          - ask: Where?
            outcome: disclosed
        ---
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:2:1: error: missing required field 'reference'
          hint: add 'reference: <the request's reference>', e.g. 01.FOI.23.030269""");
  }

  @Test
  void rejectsRequestWithoutTitle() {
    content()
        .request(
            """
        ---
        reference: 01.FOI.24.000001
        responded: 2024-02-05
        questions:
          - ask: Where?
            outcome: disclosed
        ---
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:2:1: error: missing required field 'title'
          hint: add 'title: <a short plain title>'""");
  }

  @Test
  void rejectsRequestWithoutResponded() {
    content()
        .request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        received: 2024-01-08
        questions:
          - ask: Where?
            outcome: disclosed
        ---
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:2:1: error: missing required field 'responded'
          hint: add 'responded: YYYY-MM-DD'""");
  }

  @Test
  void rejectsRequestWithoutQuestions() {
    content()
        .request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-05
        ---
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:2:1: error: missing required field 'questions'
          hint: list the questions in the order asked: 'questions:' then '  - ask: ...' and '    outcome: ...'""");
  }

  @Test
  void rejectsEmptyListOfQuestions() {
    content()
        .request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-05
        questions: []
        ---
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:5:12: error: a request needs at least one question
          hint: add '- ask: ...' items""");
  }

  @Test
  void rejectsQuestionWithoutAskOrOutcome() {
    // question-level problems name the line of the item's first field, without a column
    content()
        .request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-05
        questions:
          - outcome: disclosed
          - ask: How many?
        ---
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:6: error: question 1 has no 'ask'
          hint: write the question as asked: '- ask: ...'
        requests/2024/01-foi-24-000001.md:7: error: question 2 has no 'outcome'
          hint: add 'outcome:' with one of: disclosed, published, partial, withheld, not-held, ncnd, invalid""");
  }

  @Test
  void rejectsSectionWithoutIdSectionOrTitle() {
    content()
        .file(
            "sections/s1.md",
            """
        ---
        kind: procedural
        ---
        The right of access.
        """)
        .assertDiagnostics(
            """
        sections/s1.md:2:1: error: missing required field 'id'
          hint: add 'id: s1' (the file name without .md)
        sections/s1.md:2:1: error: missing required field 'section'
          hint: add 'section: "31(1)(a)"' with the section as printed
        sections/s1.md:2:1: error: missing required field 'title'
          hint: add 'title: <what the section covers>'""");
  }

  @Test
  void rejectsPublishedSourceWithoutIdTitleOrUrl() {
    content()
        .file(
            "published/annual-report.md",
            """
        ---
        publisher: Example Police Service
        ---
        Our yearly report.
        """)
        .assertDiagnostics(
            """
        published/annual-report.md:2:1: error: missing required field 'id'
          hint: add 'id: annual-report' (the file name without .md)
        published/annual-report.md:2:1: error: missing required field 'title'
          hint: add 'title: <the source's own title>'
        published/annual-report.md:2:1: error: missing required field 'url'
          hint: add 'url: https://...' with the address of the source""");
  }

  @Test
  void rejectsPublishedSourceWhoseUrlIsNotAbsoluteHttp() {
    content()
        .file(
            "published/lfr-deployment-record.md",
            """
        ---
        id: lfr-deployment-record
        title: LFR deployment record
        url: www.example.org/lfr
        ---
        """)
        .assertDiagnostics(
            """
        published/lfr-deployment-record.md:4:6: error: 'url' must be an absolute http(s) address: 'www.example.org/lfr'
          hint: write the address in full, starting with https://""");
  }

  @Test
  void rejectsSiteSettingsWithoutTitleAuthorityOrBaseUrl() {
    content()
        .file(
            "site.yaml",
            """
        language: en-GB
        """)
        .assertDiagnostics(
            """
        site.yaml:1:1: error: missing required field 'authority'
          hint: add 'authority: <the public authority's name>'
        site.yaml:1:1: error: missing required field 'base-url'
          hint: add 'base-url: https://foi.example.org/'
        site.yaml:1:1: error: missing required field 'title'
          hint: add 'title: Disclosure log'""");
  }

  @Test
  void rejectsMissingSiteSettingsFile() {
    content()
        .remove("site.yaml")
        .assertDiagnostics(
            """
        site.yaml: error: site.yaml is missing
          hint: create content/site.yaml with title, authority and base-url""");
  }

  @Test
  void rejectsRelativeBaseUrl() {
    content()
        .file(
            "site.yaml",
            """
        title: Disclosure log
        authority: Example Police Service
        base-url: /foi/
        """)
        .assertDiagnostics(
            """
        site.yaml:3:11: error: 'base-url' must be an absolute http(s) address: '/foi/'
          hint: write it in full, e.g. https://foi.example.org/""");
  }

  @Test
  void rejectsUnknownOutcomeWithDidYouMeanHint() {
    content()
        .request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-05
        questions:
          - ask: How many images were kept?
            outcome: witheld
            sections: [s31-1-a]
        ---
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:7:14: error: unknown outcome 'witheld' for question 1
          hint: did you mean 'withheld'? outcomes are: disclosed, published, partial, withheld, not-held, ncnd, invalid""");
  }

  @Test
  void rejectsUnknownOutcomeListingTheOutcomesWhenNoneIsClose() {
    content()
        .request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-05
        questions:
          - ask: Where?
            outcome: granted
        ---
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:7:14: error: unknown outcome 'granted' for question 1
          hint: outcomes are: disclosed, published, partial, withheld, not-held, ncnd, invalid""");
  }

  @Test
  void rejectsDateThatIsNotIso() {
    content()
        .request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 05/06/2023
        questions:
          - ask: Where?
            outcome: disclosed
        ---
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:4:12: error: 'responded' is not an ISO date: '05/06/2023'
          hint: write the date as YYYY-MM-DD, e.g. 2023-06-05""");
  }

  @Test
  void rejectsImpossibleDateRatherThanRollingItForward() {
    content()
        .request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-30
        questions:
          - ask: Where?
            outcome: disclosed
        ---
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:4:12: error: 'responded' is not a real date: '2024-02-30'
          hint: check the day and the month""");
  }

  @Test
  void rejectsTwentyNinthOfFebruaryOutsideALeapYear() {
    content()
        .request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        received: 2023-02-29
        responded: 2024-02-05
        questions:
          - ask: Where?
            outcome: disclosed
        ---
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:4:11: error: 'received' is not a real date: '2023-02-29'
          hint: check the day and the month""");
  }

  @Test
  void acceptsTwentyNinthOfFebruaryInALeapYear() {
    content()
        .request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        received: 2024-02-29
        responded: 2024-03-05
        questions:
          - ask: Where?
            outcome: disclosed
        ---
        """)
        .assertDiagnostics("");
  }

  @Test
  void rejectsImpossibleCheckedDateOfPublishedSource() {
    content()
        .file(
            "published/lfr-deployment-record.md",
            ContentFixture.SOURCE.replace("checked: 2023-06-01", "checked: 2023-13-01"))
        .assertDiagnostics(
            """
        published/lfr-deployment-record.md:6:10: error: 'checked' is not a real date: '2023-13-01'
          hint: check the day and the month""");
  }

  @Test
  void rejectsReceivedAfterResponded() {
    content()
        .request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        received: 2024-03-01
        responded: 2024-02-05
        questions:
          - ask: Where?
            outcome: disclosed
        ---
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:5:12: error: responded 2024-02-05 is before received 2024-03-01
          hint: check both dates""");
  }

  @Test
  void rejectsDuplicateKeyInsteadOfKeepingTheLast() {
    content()
        .request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-05
        title: Facial recognition
        questions:
          - ask: Where?
            outcome: disclosed
        ---
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:5:1: error: duplicate field 'title' (first given on line 3)
          hint: keep one 'title:' line and delete the other""");
  }

  @Test
  void rejectsDuplicateKeyInsideAQuestion() {
    content()
        .request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-05
        questions:
          - ask: Where?
            outcome: disclosed
            outcome: not-held
        ---
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:8:5: error: duplicate field 'outcome' (first given on line 7)
          hint: keep one 'outcome:' line and delete the other""");
  }

  @Test
  void rejectsDuplicateKeyInSiteSettings() {
    content()
        .file("site.yaml", ContentFixture.SITE + "title: Another title\n")
        .assertDiagnostics(
            """
        site.yaml:6:1: error: duplicate field 'title' (first given on line 1)
          hint: keep one 'title:' line and delete the other""");
  }

  @Test
  void keepsReferenceThatLooksLikeANumberAsWritten(@TempDir Path out) throws Exception {
    ContentFixture fixture =
        content()
            .request(
                """
        ---
        reference: 2024.10
        title: Live facial recognition deployments
        responded: 2024-02-05
        questions:
          - ask: Where?
            outcome: disclosed
        ---
        """);
    Build.Result result = fixture.build(out);

    assertThat(ContentFixture.format(result)).isEmpty();
    assertThat(result.log().orElseThrow().requests())
        .singleElement()
        .satisfies(request -> assertThat(request.reference()).isEqualTo("2024.10"));
    Document page = Jsoup.parse(out.resolve("requests/2024-10/index.html").toFile());
    assertThat(page.select("span.govuk-caption-l").text()).isEqualTo("Request 2024.10");
    assertThat(page.select("dt:containsOwn(Reference) + dd").text()).isEqualTo("2024.10");
  }

  @Test
  void rejectsFieldThatShouldBeTextButIsAList() {
    content()
        .request(
            """
        ---
        reference: [01.FOI.24.000001, 01.FOI.24.000002]
        title: Live facial recognition deployments
        responded: 2024-02-05
        questions:
          - ask: Where?
            outcome: disclosed
        ---
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:2:12: error: 'reference' must be text, not a list
          hint: write the text on the same line as 'reference:', in quotes if it starts with '[' or '{'""");
  }

  /**
   * A required field written as empty quoted text must be refused like a missing one, not dropped.
   */
  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("emptiedRequiredFields")
  void rejectsRequiredFieldGivenAsEmptyQuotedText(
      String path, String written, String emptied, String field) {
    // only the emptied file: a dropped section or source would otherwise surface as a broken link
    ContentFixture fixture = content();
    String original =
        switch (path) {
          case "site.yaml" -> ContentFixture.SITE;
          case "sections/s21.md" -> ContentFixture.S21;
          case "published/lfr-deployment-record.md" -> ContentFixture.SOURCE;
          default -> ContentFixture.VALID_REQUEST;
        };
    assertThat(original).contains(written);
    fixture.file(path, original.replace(written, emptied));

    assertThat(fixture.diagnostics())
        .as(fixture::listing)
        .containsPattern(
            "(?m)^"
                + java.util.regex.Pattern.quote(path)
                + ":\\d+(:\\d+)?: error: .*'"
                + field
                + "'");
  }

  static Stream<Arguments> emptiedRequiredFields() {
    return Stream.of(
        Arguments.of(
            ContentFixture.REQUEST_PATH,
            "title: Live facial recognition deployments",
            "title: \"\"",
            "title"),
        Arguments.of(
            ContentFixture.REQUEST_PATH,
            "reference: 01.FOI.24.000001",
            "reference: ' '",
            "reference"),
        Arguments.of("sections/s21.md", "section: \"21\"", "section: ''", "section"),
        Arguments.of(
            "published/lfr-deployment-record.md",
            "url: https://www.example.org/lfr/deployments",
            "url: \"  \"",
            "url"),
        Arguments.of("site.yaml", "title: Disclosure log", "title: ''", "title"));
  }
}
