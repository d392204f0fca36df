package org.foikb.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.foikb.build.Build;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** One run reports every problem, in reading order, and a refused build writes nothing. */
@ExtendWith(ContentFixture.class)
class ReportingTest {
  @TempDir Path dir;

  /** Five errors in three files, written so that no error hides another. */
  private ContentFixture fiveErrorsInThreeFiles() {
    return ContentFixture.in(dir)
        .file(
            "site.yaml",
            """
            title: Disclosure log
            authority: Example Police Service
            base-url: foi.example.org
            """)
        .file(
            "requests/2024/b.md",
            """
            ---
            reference: 01.FOI.24.000002
            title: Stop and search
            responded: 2024-03-01
            questions:
              - ask: How many searches?
                outcome: disclosed
            ---
            See [the dashboard](published:stop-search-dashboard).

            ## Answer 4
            """)
        .file(
            "requests/2023/a.md",
            """
            ---
            reference: 01.FOI.23.000001
            title: Body-worn video
            responded: 2023-02-29
            questions:
              - ask: How long is footage kept?
                outcome: retained
            ---
            """);
  }

  @Test
  void reportsEveryProblemSortedByFileThenLine() {
    ContentFixture fixture = fiveErrorsInThreeFiles();

    Build.Result result = fixture.check();

    assertThat(ContentFixture.format(result))
        .as(fixture::listing)
        .isEqualTo(
            """
        requests/2023/a.md:4:12: error: 'responded' is not a real date: '2023-02-29'
          hint: check the day and the month
        requests/2023/a.md:7:14: error: unknown outcome 'retained' for question 1
          hint: outcomes are: disclosed, published, partial, withheld, not-held, ncnd, invalid
        requests/2024/b.md:9:5: error: unknown published source 'stop-search-dashboard'
          hint: check the spelling, or create published/stop-search-dashboard.md
        requests/2024/b.md:11:1: error: '## Answer 4' has no question 4 (the request has 1 question)
          hint: renumber the heading, or add question 4 to 'questions'
        site.yaml:3:11: error: 'base-url' must be an absolute http(s) address: 'foi.example.org'
          hint: write it in full, e.g. https://foi.example.org/""");
    assertThat(result.diagnostics().summary()).isEqualTo("5 errors in 3 files");
    assertThat(result.log()).isEmpty();
  }

  @Test
  void reportsAnswerAndOutcomeProblemsEvenWhenAnotherQuestionIsBroken() {
    ContentFixture.in(dir)
        .request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-05
        questions:
          - ask: Where was it deployed?
            outcome: withheld
          - ask: How many images were captured?
            outcome: exempt
        ---
        ## Answer 3
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:6: error: question 1 is 'withheld' but names no section
          hint: add the sections applied, e.g. 'sections: [s31-1-a]'
        requests/2024/01-foi-24-000001.md:9:14: error: unknown outcome 'exempt' for question 2
          hint: outcomes are: disclosed, published, partial, withheld, not-held, ncnd, invalid
        requests/2024/01-foi-24-000001.md:11:1: error: '## Answer 3' has no question 3 (the request has 2 questions)
          hint: renumber the heading, or add question 3 to 'questions'""");
  }

  @Test
  void checksLinksOfARequestThatHasOtherErrors() {
    ContentFixture.in(dir)
        .request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-30
        questions:
          - ask: Where was it deployed?
            outcome: disclosed
        ---
        See [the record](published:lfr-deployment-recrd).
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:4:12: error: 'responded' is not a real date: '2024-02-30'
          hint: check the day and the month
        requests/2024/01-foi-24-000001.md:9:5: error: unknown published source 'lfr-deployment-recrd'
          hint: did you mean 'lfr-deployment-record'?""");
  }

  @Test
  void leavesThePreviousSiteUntouchedWhenRefusing() throws IOException {
    Path site = dir.resolve("site");
    Path out = site.resolve("public");
    ContentFixture good = ContentFixture.in(dir.resolve("good")).validRequest();
    assertThat(ContentFixture.format(good.build(out))).as(good::listing).isEmpty();
    Map<String, byte[]> before = snapshot(out);
    assertThat(before).containsKey("requests/01-foi-24-000001/index.html");

    Build.Result refused = fiveErrorsInThreeFiles().build(out);

    assertThat(refused.written()).isFalse();
    assertThat(refused.diagnostics().errorCount()).isEqualTo(5);
    Map<String, byte[]> after = snapshot(out);
    assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
    before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    try (Stream<Path> beside = Files.list(site)) {
      assertThat(beside.map(p -> p.getFileName().toString())).containsExactly("public");
    }
  }

  @Test
  void writesNothingWhenRefusingAFirstBuild() throws IOException {
    Path site = dir.resolve("site");
    Files.createDirectories(site);

    Build.Result refused = fiveErrorsInThreeFiles().build(site.resolve("public"));

    assertThat(refused.written()).isFalse();
    try (Stream<Path> beside = Files.list(site)) {
      assertThat(beside).isEmpty();
    }
  }

  /** Every file under {@code root} by relative path, with its bytes. */
  private static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }
}
