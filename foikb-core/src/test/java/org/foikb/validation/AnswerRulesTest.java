package org.foikb.validation;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code ## Answer N} headings and what each outcome must cite. */
@ExtendWith(ContentFixture.class)
class AnswerRulesTest {
  @TempDir Path dir;

  private ContentFixture request(String text) {
    return ContentFixture.in(dir).request(text);
  }

  @Test
  void rejectsAnswerWithoutQuestion() {
    request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-05
        questions:
          - ask: Where was it deployed?
            outcome: disclosed
          - ask: How many images were captured?
            outcome: withheld
            sections: [s31-1-a]
          - ask: How many arrests followed?
            outcome: not-held
        ---
        ## Answer 1

        At three events.

        ## Answer 4

        Nothing more.
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:18:1: error: '## Answer 4' has no question 4 (the request has 3 questions)
          hint: renumber the heading, or add question 4 to 'questions'""");
  }

  @Test
  void rejectsAnswerZero() {
    request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-05
        questions:
          - ask: Where was it deployed?
            outcome: disclosed
        ---
        ## Answer 0
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:9:1: error: '## Answer 0' has no question 0 (the request has 1 question)
          hint: answers are numbered from 1, like the questions""");
  }

  @Test
  void rejectsTwoAnswersToOneQuestion() {
    request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-05
        questions:
          - ask: Where was it deployed?
            outcome: disclosed
          - ask: How many arrests followed?
            outcome: not-held
        ---
        ## Answer 1

        At three events.

        ## Answer 2

        None recorded.

        ## Answer 2

        None at all.
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:19:1: error: second '## Answer 2' (the first is on line 15)
          hint: merge the two answers under one heading""");
  }

  @Test
  void acceptsQuestionWithoutAnswerSection() {
    request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-05
        questions:
          - ask: Where was it deployed?
            outcome: disclosed
          - ask: How many arrests followed?
            outcome: not-held
        ---
        ## Answer 1

        At three events.
        """)
        .assertDiagnostics("");
  }

  @Test
  void rejectsPublishedOutcomeWithoutSection21() {
    request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-05
        questions:
          - ask: Where was it deployed?
            outcome: published
            sections: [s31-1-a]
        ---
        ## Answer 1

        See [the deployment record](published:lfr-deployment-record).
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:6: error: question 1 is 'published' but does not cite s21
          hint: add s21 to its sections: 'sections: [s21]'""");
  }

  @Test
  void rejectsPublishedOutcomeWhoseAnswerLinksToNoSource() {
    request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-05
        questions:
          - ask: Where was it deployed?
            outcome: published
            sections: [s21]
        ---
        ## Answer 1

        It is on our website.
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:6: error: question 1 is 'published' but its answer links to no published source
          hint: under '## Answer 1', link to where it is published: [title](published:id)""");
  }

  @Test
  void rejectsPublishedOutcomeWhenOnlyAnotherAnswerOrTheIntroLinksToTheSource() {
    request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-05
        questions:
          - ask: Where was it deployed?
            outcome: disclosed
          - ask: When was it deployed?
            outcome: published
            sections: [s21]
        ---
        We publish [the deployment record](published:lfr-deployment-record).

        ## Answer 1

        See [the deployment record](published:lfr-deployment-record).

        ## Answer 2

        It is on our website.
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:8: error: question 2 is 'published' but its answer links to no published source
          hint: under '## Answer 2', link to where it is published: [title](published:id)""");
  }

  @Test
  void rejectsPublishedOutcomeWithNeitherSection21NorSource() {
    request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-05
        questions:
          - ask: Where was it deployed?
            outcome: published
        ---
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:6: error: question 1 is 'published' but does not cite s21
          hint: add s21 to its sections: 'sections: [s21]'
        requests/2024/01-foi-24-000001.md:6: error: question 1 is 'published' but its answer links to no published source
          hint: under '## Answer 1', link to where it is published: [title](published:id)""");
  }

  @Test
  void rejectsPartialWithheldAndNcndWithoutASection() {
    request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-05
        questions:
          - ask: Where was it deployed?
            outcome: partial
          - ask: How many images were captured?
            outcome: withheld
            sections: []
          - ask: Was anyone on a watch list?
            outcome: ncnd
        ---
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:6: error: question 1 is 'partial' but names no section
          hint: add the sections applied, e.g. 'sections: [s31-1-a]'
        requests/2024/01-foi-24-000001.md:8: error: question 2 is 'withheld' but names no section
          hint: add the sections applied, e.g. 'sections: [s31-1-a]'
        requests/2024/01-foi-24-000001.md:11: error: question 3 is 'ncnd' but names no section
          hint: add the sections applied, e.g. 'sections: [s31-1-a]'""");
  }

  @Test
  void acceptsDisclosedNotHeldAndInvalidWithoutASection() {
    request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-05
        questions:
          - ask: Where was it deployed?
            outcome: disclosed
          - ask: How many arrests followed?
            outcome: not-held
          - ask: Why do you use it?
            outcome: invalid
        ---
        """)
        .assertDiagnostics("");
  }
}
