package org.foikb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.foikb.validation.ContentFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest that decides whether a build may be skipped changes with anything a build reads. */
class BuildInputsTest {
  @TempDir Path dir;
  Path content;
  Path templates;
  String before;

  @BeforeEach
  void writeLog() throws IOException {
    content = ContentFixture.in(dir.resolve("content")).validRequest().root();
    templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("page.mustache"), "{{title}}");
    before = digest();
  }

  private String digest() {
    return BuildInputs.digest(content, Optional.of(templates), "strict=false");
  }

  @Test
  void isTheSameForTheSameFilesInAnotherFolder() throws IOException {
    Path copy = dir.resolve("copy");
    copyTree(content, copy.resolve("content"));
    copyTree(templates, copy.resolve("templates"));

    assertThat(
            BuildInputs.digest(
                copy.resolve("content"), Optional.of(copy.resolve("templates")), "strict=false"))
        .isEqualTo(before)
        .hasSize(64);
  }

  @Test
  void keepsTheDigestOfEachContentFileByItsPathThere() throws IOException {
    BuildInputs inputs = BuildInputs.read(content, Optional.of(templates), "strict=false");

    assertThat(inputs.digest()).isEqualTo(before);
    java.util.List<String> files;
    try (var walk = Files.walk(content)) {
      files =
          walk.filter(Files::isRegularFile)
              .map(f -> content.relativize(f).toString().replace('\\', '/'))
              .toList();
    }
    assertThat(files).contains(ContentFixture.REQUEST_PATH, "site.yaml");
    assertThat(inputs.contentFiles().keySet()).containsExactlyInAnyOrderElementsOf(files);
    assertThat(inputs.contentFiles().get(ContentFixture.REQUEST_PATH))
        .isEqualTo(
            org.foikb.digest.Digests.sha256(
                Files.readAllBytes(content.resolve(ContentFixture.REQUEST_PATH))));
  }

  @Test
  void changesWithOneByteOfContent() throws IOException {
    Path request = content.resolve(ContentFixture.REQUEST_PATH);
    Files.writeString(request, Files.readString(request).replace("2023?", "2024?"));

    assertThat(digest()).isNotEqualTo(before);
  }

  @Test
  void changesWhenAFileIsRenamedAddedOrRemoved() throws IOException {
    Path request = content.resolve(ContentFixture.REQUEST_PATH);
    Path renamed = request.resolveSibling("renamed.md");
    Files.move(request, renamed);
    String afterRename = digest();
    Path page = Files.createDirectories(content.resolve("pages")).resolve("new.md");
    Files.writeString(page, "---\ntitle: New\n---\nText.\n");
    String afterAdding = digest();
    Files.delete(page);
    Files.delete(page.getParent());
    Files.move(renamed, request);

    assertThat(afterRename).isNotEqualTo(before);
    assertThat(afterAdding).isNotEqualTo(afterRename).isNotEqualTo(before);
    assertThat(digest()).isEqualTo(before);
  }

  @Test
  void changesWithATemplateAndWithTheOptions() throws IOException {
    String otherOptions = BuildInputs.digest(content, Optional.of(templates), "strict=true");
    String noTemplates = BuildInputs.digest(content, Optional.empty(), "strict=false");
    Files.writeString(templates.resolve("page.mustache"), "{{title}}!");

    assertThat(otherOptions).isNotEqualTo(before);
    assertThat(noTemplates).isNotEqualTo(before);
    assertThat(digest()).isNotEqualTo(before);
  }

  @Test
  void aBuildIsUpToDateOnlyForTheSiteItWrote() throws IOException {
    Path out = dir.resolve("public");
    Build build = new Build(content, Optional.empty(), false);
    boolean beforeAnyBuild = build.upToDate(out);
    build.run(Optional.of(out));
    boolean afterBuilding = build.upToDate(out);
    boolean otherOptions = new Build(content, Optional.empty(), true).upToDate(out);
    Path request = content.resolve(ContentFixture.REQUEST_PATH);
    Files.writeString(request, Files.readString(request).replace("2023?", "2024?"));

    assertThat(beforeAnyBuild).isFalse();
    assertThat(afterBuilding).isTrue();
    assertThat(otherOptions).isFalse();
    assertThat(build.upToDate(out)).isFalse();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
