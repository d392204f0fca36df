package org.foikb.build;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.foikb.diag.Diagnostic;
import org.foikb.diag.Diagnostics;
import org.foikb.site.BuiltSite;
import org.foikb.site.BundledContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview of an edited request shows its page as the rebuild will write it, and refuses the edit
 * with the problems a build would report, every one of them: it is a build's load and check of the
 * whole log with the one file read again, not a lighter check.
 */
class RequestPreviewTest {
  private static final String DRONES = "requests/2022/01-FOI-22-027041.md";
  private static final String DRONES_PAGE = "requests/01-foi-22-027041/index.html";
  private static final String STOP_AND_SEARCH = "requests/2022/01-FOI-22-011482.md";

  @TempDir Path dir;
  private Path content;
  private Path out;
  private Build build;
  private RequestPreview preview;

  @BeforeEach
  void buildTheBundledLog() throws IOException {
    content = dir.resolve("content");
    out = dir.resolve("public");
    BuiltSite.copy(BundledContent.FOLDER, content);
    build = new Build(content, Optional.empty(), false);
    Build.Result result = build.run(Optional.of(out));
    assertThat(result.written()).isTrue();
    preview = result.preview().orElseThrow();
  }

  @Test
  void showsAnEditedAnswerAsTheRebuildWritesItsPage() throws IOException {
    replace(DRONES, "the page showed 14 drones.", "the page showed 14 drones, two in reserve.");

    RequestPreview.Shown shown = preview.show(List.of(DRONES));

    assertThat(shown.refused()).isFalse();
    assertThat(shown.pages()).containsOnlyKeys(DRONES_PAGE);
    assertThat(new String(shown.pages().get(DRONES_PAGE), UTF_8)).contains("two in reserve");
    assertThat(build.run(Optional.of(out)).written()).isTrue();
    assertThat(shown.pages().get(DRONES_PAGE))
        .isEqualTo(Files.readAllBytes(out.resolve(DRONES_PAGE)));
  }

  @Test
  void refusesAnUnknownSectionWithTheProblemsABuildReports() throws IOException {
    replace(DRONES, "sections: [s31-1-a]", "sections: [s31-9]");

    RequestPreview.Shown shown = preview.show(List.of(DRONES));

    assertThat(shown.refused()).isTrue();
    assertThat(shown.pages()).isEmpty();
    assertThat(formatted(shown.diagnostics())).isNotEmpty().isEqualTo(checkedByABuild());
    assertThat(formatted(shown.diagnostics()).get(0)).contains(DRONES).contains("s31-9");
  }

  @Test
  void refusesPersonalDataInTheEditedFile() throws IOException {
    replace(DRONES, "two DJI Mini 3 Pro", "two DJI Mini 3 Pro (ask jo.bloggs@example.com)");

    RequestPreview.Shown shown = preview.show(List.of(DRONES));

    assertThat(shown.refused()).isTrue();
    assertThat(formatted(shown.diagnostics())).isNotEmpty().isEqualTo(checkedByABuild());
  }

  @Test
  void aFileLeftBrokenIsStillReportedWhenAnotherIsEdited() throws IOException {
    replace(DRONES, "sections: [s31-1-a]", "sections: [s31-9]");
    assertThat(preview.show(List.of(DRONES)).refused()).isTrue();
    replace(
        STOP_AND_SEARCH,
        "title: Stop and search by ethnicity and outcome, 2021",
        "title: Stop and search in 2021, by ethnicity and by outcome");

    RequestPreview.Shown shown = preview.show(List.of(STOP_AND_SEARCH));

    assertThat(shown.refused()).isTrue();
    assertThat(formatted(shown.diagnostics())).isEqualTo(checkedByABuild());
    assertThat(String.join("\n", formatted(shown.diagnostics()))).contains(DRONES);
  }

  @Test
  void showsTheFixedFileOnceTheProblemIsGone() throws IOException {
    replace(DRONES, "sections: [s31-1-a]", "sections: [s31-9]");
    assertThat(preview.show(List.of(DRONES)).refused()).isTrue();
    replace(DRONES, "sections: [s31-9]", "sections: [s31-1-a]");

    RequestPreview.Shown shown = preview.show(List.of(DRONES));

    assertThat(shown.refused()).isFalse();
    assertThat(shown.pages().get(DRONES_PAGE))
        .isEqualTo(Files.readAllBytes(out.resolve(DRONES_PAGE)));
  }

  @Test
  void coversOnlyRequestFilesTheBuildRead() throws IOException {
    Files.writeString(content.resolve("requests/2022/new.md"), "---\n---\n");

    assertThat(preview.covers(List.of(DRONES, STOP_AND_SEARCH))).isTrue();
    assertThat(preview.covers(List.of(DRONES, "requests/2022/new.md"))).isFalse();
    assertThat(preview.covers(List.of("sections/s21.md"))).isFalse();
    assertThat(preview.covers(List.of("site.yaml"))).isFalse();
    assertThat(preview.covers(List.of())).isFalse();
  }

  private List<String> checkedByABuild() {
    return formatted(build.run(Optional.empty()).diagnostics());
  }

  private static List<String> formatted(Diagnostics diagnostics) {
    return diagnostics.sorted().stream().map(Diagnostic::format).toList();
  }

  private void replace(String path, String text, String replacement) throws IOException {
    Path file = content.resolve(path);
    String before = Files.readString(file);
    assertThat(before).contains(text);
    Files.writeString(file, before.replace(text, replacement));
  }
}
