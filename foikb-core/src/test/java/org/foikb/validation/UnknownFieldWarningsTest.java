package org.foikb.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.foikb.build.Build;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Unknown fields are usually typing mistakes: a warning with a hint, an error only when strict. */
@ExtendWith(ContentFixture.class)
class UnknownFieldWarningsTest {
  @TempDir Path dir;

  private static final String MISSPELT =
      """
      ---
      reference: 01.FOI.24.000001
      title: Live facial recognition deployments
      summery: Where it was used.
      colour: red
      responded: 2024-02-05
      questions:
        - ask: Where was it deployed?
          outcome: disclosed
          section: [s21]
      ---
      """;

  @Test
  void warnsAboutUnknownFieldsWithDidYouMeanHint() {
    ContentFixture.in(dir)
        .request(MISSPELT)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:4:1: warning: unknown field 'summery' is ignored
          hint: did you mean 'summary'?
        requests/2024/01-foi-24-000001.md:5:1: warning: unknown field 'colour' is ignored
          hint: known fields: reference, title, received, responded, topics, summary, supersedes, questions
        requests/2024/01-foi-24-000001.md:10:5: warning: unknown field 'section' is ignored
          hint: did you mean 'sections'?""");
  }

  @Test
  void warnsAboutUnknownFieldsInSettingsSectionsAndSources() {
    ContentFixture.in(dir)
        .file("site.yaml", ContentFixture.SITE + "base_url: https://foi.example.org/\n")
        .file("sections/s21.md", ContentFixture.S21.replace("kind: exemption", "kinds: exemption"))
        .file(
            "published/lfr-deployment-record.md",
            ContentFixture.SOURCE.replace("publisher:", "publsher:"))
        .assertDiagnostics(
            """
        published/lfr-deployment-record.md:5:1: warning: unknown field 'publsher' is ignored
          hint: did you mean 'publisher'?
        sections/s21.md:5:1: warning: unknown field 'kinds' is ignored
          hint: did you mean 'kind'?
        site.yaml:6:1: warning: unknown field 'base_url' is ignored
          hint: did you mean 'base-url'?""");
  }

  @Test
  void buildsDespiteWarnings(@TempDir Path out) {
    ContentFixture fixture = ContentFixture.in(dir).request(MISSPELT);

    Build.Result result = fixture.build(out);

    assertThat(result.failed(false)).as(fixture::listing).isFalse();
    assertThat(result.written()).isTrue();
    assertThat(result.diagnostics().warningCount()).isEqualTo(3);
    assertThat(Files.isRegularFile(out.resolve("requests/01-foi-24-000001/index.html"))).isTrue();
  }

  @Test
  void refusesWarningsWhenStrict(@TempDir Path site) {
    Path out = site.resolve("public");
    ContentFixture fixture = ContentFixture.in(dir).request(MISSPELT);

    Build.Result result =
        new Build(fixture.root(), java.util.Optional.empty(), true).run(java.util.Optional.of(out));

    assertThat(result.failed(true)).as(fixture::listing).isTrue();
    assertThat(result.written()).isFalse();
    assertThat(result.log()).isEmpty();
    assertThat(out).doesNotExist();
    assertThat(result.diagnostics().summary()).isEqualTo("0 errors and 3 warnings in 1 file");
  }
}
