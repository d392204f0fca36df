package org.foikb.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One folder per refusal under {@code src/test/resources/invalid/}: its {@code content/} tree, laid
 * over the {@link ContentFixture} defaults, must give exactly the lines of {@code expected.txt}.
 */
@ExtendWith(ContentFixture.class)
class InvalidContentFoldersTest {
  @TempDir Path dir;

  static List<Path> folders() throws IOException, URISyntaxException {
    URL root = InvalidContentFoldersTest.class.getResource("/invalid");
    assertThat(root).as("src/test/resources/invalid on the test class path").isNotNull();
    try (Stream<Path> children = Files.list(Path.of(root.toURI()))) {
      return children.filter(Files::isDirectory).sorted().toList();
    }
  }

  static Stream<Named<Path>> cases() throws IOException, URISyntaxException {
    return folders().stream().map(folder -> Named.of(folder.getFileName().toString(), folder));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refusesWithTheExpectedDiagnostics(Path folder) throws IOException {
    ContentFixture fixture = ContentFixture.in(dir).overlay(folder.resolve("content"));
    if (Boolean.getBoolean("expected.update")) {
      // rewrites the source copy; review the diff by eye before committing
      Path source =
          Path.of("src/test/resources/invalid", folder.getFileName().toString(), "expected.txt");
      Files.writeString(source, fixture.diagnostics() + "\n", StandardCharsets.UTF_8);
      return;
    }
    String expected = Files.readString(folder.resolve("expected.txt"), StandardCharsets.UTF_8);
    fixture.assertDiagnostics(expected);
  }

  @Test
  void everyFolderHasContentAndExpectedDiagnostics() throws IOException, URISyntaxException {
    List<Path> folders = folders();

    assertThat(folders).hasSizeGreaterThanOrEqualTo(6);
    assertThat(folders)
        .allSatisfy(
            folder -> {
              assertThat(folder.resolve("content")).isDirectory();
              assertThat(folder.resolve("expected.txt")).isRegularFile();
            });
  }
}
