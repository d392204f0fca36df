package org.foikb.validation;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** published:, section: and request: links, a question's sections, supersedes and parent. */
@ExtendWith(ContentFixture.class)
class CrossReferenceRulesTest {
  @TempDir Path dir;

  /**
   * The valid request plus a second, older one whose body is {@code body} (it starts on line 9).
   */
  private ContentFixture withSecondRequest(String frontMatterExtra, String body) {
    return ContentFixture.in(dir)
        .validRequest()
        .file(
            "requests/2023/01-foi-23-000009.md",
            """
        ---
        reference: 01.FOI.23.000009
        title: Stop and search in 2023
        responded: 2023-11-20
        questions:
          - ask: How many searches were made?
            outcome: disclosed
        """
                + frontMatterExtra
                + "---\n"
                + body);
  }

  @Test
  void rejectsUnknownPublishedSourceWithDidYouMeanHint() {
    withSecondRequest(
            "",
            """
        The figures are in [the record](published:lfr-deployment-recrd).
        """)
        .assertDiagnostics(
            """
        requests/2023/01-foi-23-000009.md:9:20: error: unknown published source 'lfr-deployment-recrd'
          hint: did you mean 'lfr-deployment-record'?""");
  }

  @Test
  void rejectsUnknownPublishedSourceWithNothingClose() {
    withSecondRequest(
            "",
            """
        ## Answer 1

        See [the dashboard](published:stop-search-dashboard).
        """)
        .assertDiagnostics(
            """
        requests/2023/01-foi-23-000009.md:11:5: error: unknown published source 'stop-search-dashboard'
          hint: check the spelling, or create published/stop-search-dashboard.md""");
  }

  @Test
  void rejectsUnknownSection() {
    withSecondRequest(
            "",
            """
        We considered [section 40](section:s40-2) but did not apply it.
        """)
        .assertDiagnostics(
            """
        requests/2023/01-foi-23-000009.md:9:15: error: unknown section 's40-2'
          hint: check the spelling, or create sections/s40-2.md""");
  }

  @Test
  void rejectsUnknownRequest() {
    withSecondRequest(
            "",
            """
        See also [our earlier answer](request:01.FOI.24.00001).
        """)
        .assertDiagnostics(
            """
        requests/2023/01-foi-23-000009.md:9:10: error: unknown request '01.FOI.24.00001'
          hint: did you mean '01.FOI.24.000001'?""");
  }

  @Test
  void rejectsLinkToQuestionBeyondTheRequestsQuestions() {
    withSecondRequest(
            "",
            """
        See [question 9](request:01.FOI.24.000001#q9).
        """)
        .assertDiagnostics(
            """
        requests/2023/01-foi-23-000009.md:9:5: error: request '01.FOI.24.000001' has no question 9
          hint: it has 3 questions""");
  }

  @Test
  void countsASingleQuestionInTheSingular() {
    ContentFixture.in(dir)
        .validRequest()
        .file(
            "requests/2023/01-foi-23-000009.md",
            """
        ---
        reference: 01.FOI.23.000009
        title: Stop and search in 2023
        responded: 2023-11-20
        questions:
          - ask: How many searches were made?
            outcome: disclosed
        ---
        """)
        .file(
            "pages/about.md",
            """
        ---
        title: About
        ---
        See [question 2](request:01.FOI.23.000009#q2).
        """)
        .assertDiagnostics(
            """
        pages/about.md:4:5: error: request '01.FOI.23.000009' has no question 2
          hint: it has 1 question""");
  }

  @Test
  void rejectsRequestLinkWithAFragmentThatIsNotAQuestion() {
    withSecondRequest(
            "",
            """
        See [the answer](request:01.FOI.24.000001#foo).
        """)
        .assertDiagnostics(
            """
        requests/2023/01-foi-23-000009.md:9:5: error: link 'request:01.FOI.24.000001#foo' points to an unknown part of the request
          hint: to link to question 3 write (request:01.FOI.24.000001#q3)""");
  }

  @Test
  void rejectsSchemeLinkWithoutATarget() {
    withSecondRequest(
            "",
            """
        See [the record](published:).
        """)
        .assertDiagnostics(
            """
        requests/2023/01-foi-23-000009.md:9:5: error: link 'published:' names no published
          hint: write the id after the colon, e.g. (published:id)""");
  }

  @Test
  void acceptsLinksToEveryKindOfTarget() {
    withSecondRequest(
            "",
            """
        See [the record](published:lfr-deployment-record), [section 21](section:s21),
        [the request](request:01.FOI.24.000001) and [its third question](request:01.FOI.24.000001#q3).
        """)
        .assertDiagnostics("");
  }

  @Test
  void rejectsBrokenLinksInSectionsPublishedSourcesAndPages() {
    ContentFixture.in(dir)
        .file(
            "sections/s21.md",
            ContentFixture.S21 + "\nSee [the guidance](published:ico-guidance).\n")
        .file(
            "published/lfr-deployment-record.md",
            ContentFixture.SOURCE + "\nAsked for in [this request](request:01.FOI.99.1).\n")
        .file(
            "pages/about.md",
            """
            ---
            title: About this log
            ---
            How we apply [section 12](section:s12).
            """)
        .assertDiagnostics(
            """
        pages/about.md:4:14: error: unknown section 's12'
          hint: check the spelling, or create sections/s12.md
        published/lfr-deployment-record.md:10:14: error: unknown request '01.FOI.99.1'
          hint: check the spelling, or create the request it names
        sections/s21.md:10:5: error: unknown published source 'ico-guidance'
          hint: check the spelling, or create published/ico-guidance.md""");
  }

  @Test
  void rejectsUnknownSectionInAQuestionsSections() {
    // reported on the line of the question's first field
    ContentFixture.in(dir)
        .request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-05
        questions:
          - ask: Who was identified?
            outcome: withheld
            sections: [s31-1-a, s40-2]
        ---
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:8:15: error: question 1 applies unknown section 's40-2'
          hint: check the spelling, or create sections/s40-2.md""");
  }

  @Test
  void rejectsUnknownSupersedes() {
    withSecondRequest("supersedes: 01.FOI.22.012345\n", "")
        .assertDiagnostics(
            """
        requests/2023/01-foi-23-000009.md:8:13: error: supersedes unknown request '01.FOI.22.012345'
          hint: check the spelling, or create the earlier request""");
  }

  @Test
  void rejectsSupersedesWithATypoWithDidYouMeanHint() {
    withSecondRequest("supersedes: 01.FOI.24.00001\n", "")
        .assertDiagnostics(
            """
        requests/2023/01-foi-23-000009.md:8:13: error: supersedes unknown request '01.FOI.24.00001'
          hint: did you mean '01.FOI.24.000001'?""");
  }

  @Test
  void acceptsSupersedesNamingAnotherRequest() {
    withSecondRequest("supersedes: 01.FOI.24.000001\n", "").assertDiagnostics("");
  }

  @Test
  void rejectsRequestSupersedingItself() {
    withSecondRequest("supersedes: 01.FOI.23.000009\n", "")
        .assertDiagnostics(
            """
        requests/2023/01-foi-23-000009.md:8:13: error: a request cannot supersede itself
          hint: name the earlier request's reference in 'supersedes'""");
  }

  @Test
  void namesTheLineOfAnUnknownSupersedes() {
    withSecondRequest("supersedes: 01.FOI.22.012345\n", "")
        .assertDiagnostics(
            """
        requests/2023/01-foi-23-000009.md:8:13: error: supersedes unknown request '01.FOI.22.012345'
          hint: check the spelling, or create the earlier request""");
  }

  @Test
  void rejectsUnknownParentSection() {
    ContentFixture.in(dir)
        .file(
            "sections/s31-1-a.md",
            ContentFixture.S31_1_A.replace("test: qualified", "test: qualified\nparent: s31"))
        .assertDiagnostics(
            """
        sections/s31-1-a.md:7:9: error: unknown parent section 's31'
          hint: did you mean 's21'?""");
  }

  @Test
  void namesTheLineOfAnUnknownParentSection() {
    ContentFixture.in(dir)
        .file(
            "sections/s31-1-a.md",
            ContentFixture.S31_1_A.replace("test: qualified", "test: qualified\nparent: s31"))
        .assertDiagnostics(
            """
        sections/s31-1-a.md:7:9: error: unknown parent section 's31'
          hint: did you mean 's21'?""");
  }
}
