package org.foikb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.foikb.digest.FileStamps;
import org.foikb.validation.ContentFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inputs take an unchanged file's digest from the last build's stamps, and read again every
 * file that may have changed: one whose stamp differs, and one written too close to the last build
 * for its stamp to tell.
 */
class FileStampsTest {
  @TempDir Path dir;
  private Path content;
  private Path templates;
  private Path stampsFile;
  private final List<String> notes = new ArrayList<>();

  @BeforeEach
  void writeLog() throws IOException {
    content = ContentFixture.in(dir.resolve("content")).validRequest().root();
    templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("page.mustache"), "{{title}}");
    stampsFile = dir.resolve("cache/stamps.bin");
  }

  /** Reads the inputs as a build would at {@code now}, keeping the stamps for the next read. */
  private BuildInputs readAt(Instant now) {
    BuildInputs inputs =
        BuildInputs.read(
            content,
            Optional.of(templates),
            "strict=false",
            FileStamps.after(stampsFile, now, notes::add));
    inputs.stamps().write(stampsFile);
    return inputs;
  }

  private String readingEveryFile() {
    return BuildInputs.digest(content, Optional.of(templates), "strict=false");
  }

  private int fileCount() throws IOException {
    try (var content = Files.walk(this.content);
        var templates = Files.walk(this.templates)) {
      return (int)
          (content.filter(Files::isRegularFile).count()
              + templates.filter(Files::isRegularFile).count());
    }
  }

  /** A time well after the files were written, as the next build's would be. */
  private static Instant later() {
    return Instant.now().plusSeconds(60);
  }

  @Test
  void aFileUnchangedSinceTheLastBuildIsNotReadAgain() throws IOException {
    BuildInputs first = readAt(later());
    assertThat(first.stamps().reused()).isZero();
    assertThat(first.stamps().size()).isEqualTo(fileCount()).isGreaterThan(2);

    BuildInputs second = readAt(later());

    assertThat(second.stamps().reused()).isEqualTo(fileCount());
    assertThat(second.digest()).isEqualTo(first.digest()).isEqualTo(readingEveryFile());
    assertThat(second.contentFiles()).containsOnlyKeys(first.contentFiles().keySet());
    assertThat(notes).isEmpty();
  }

  @Test
  void aFileCopiedOverWithItsOldSizeAndTimeIsReadAgain() throws IOException {
    BuildInputs first = readAt(later());
    Path request = content.resolve(ContentFixture.REQUEST_PATH);
    FileTime modified = Files.getLastModifiedTime(request);
    String text = Files.readString(request);
    assertThat(text).contains("title: ");
    Files.writeString(request, text.replace("title: ", "title? "));
    Files.setLastModifiedTime(request, modified);

    BuildInputs second = readAt(later());

    assertThat(second.stamps().reused()).isEqualTo(fileCount() - 1);
    assertThat(second.digest()).isNotEqualTo(first.digest()).isEqualTo(readingEveryFile());
  }

  @Test
  void aFileWrittenJustBeforeTheLastBuildTookItsStampIsReadAgain() throws IOException {
    // the last build took its stamps as the files were written: a second write in the same tick
    // of the clock would have left them as they are
    readAt(Instant.now());

    BuildInputs second = readAt(later());

    assertThat(second.stamps().reused()).isZero();
    assertThat(second.digest()).isEqualTo(readingEveryFile());
    // read again, and stamped when settled, the files are taken from the stamps the time after
    assertThat(readAt(later()).stamps().reused()).isEqualTo(fileCount());
  }

  @Test
  void stampsChangedByHandAreIgnoredWithANote() throws IOException {
    readAt(later());
    byte[] bytes = Files.readAllBytes(stampsFile);
    bytes[bytes.length / 2] ^= 1;
    Files.write(stampsFile, bytes);

    BuildInputs second = readAt(later());

    assertThat(second.stamps().reused()).isZero();
    assertThat(second.digest()).isEqualTo(readingEveryFile());
    assertThat(notes)
        .containsExactly(
            "the file stamps in "
                + stampsFile
                + " were ignored: they are damaged; every file is read");
  }

  @Test
  void aBuildWithoutACacheTakesNoStamps() {
    BuildInputs inputs = BuildInputs.read(content, Optional.of(templates), "strict=false");

    assertThat(inputs.stamps().keeps()).isFalse();
    assertThat(inputs.stamps().size()).isZero();
  }
}
