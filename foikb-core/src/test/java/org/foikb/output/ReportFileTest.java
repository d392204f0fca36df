package org.foikb.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileTest {
  @TempDir Path dir;

  private Stream<String> names() throws IOException {
    return Files.list(dir.resolve("target")).map(p -> p.getFileName().toString());
  }

  @Test
  void replacesTheFileAndLeavesNoTemporaryFileBeside() throws IOException {
    Path file = dir.resolve("target/foikb-report.html");

    ReportFile.write(file, "first");
    ReportFile.write(file, "second");

    assertThat(file).hasContent("second");
    assertThat(names()).containsExactly("foikb-report.html");
  }

  @Test
  void theReportMayBeReadAsAnyNewFileMay() throws IOException {
    Path file = dir.resolve("target/foikb-report.html");
    Path plain = Files.createFile(Files.createDirectories(dir.resolve("target")).resolve("plain"));

    ReportFile.write(file, "report");

    // the umask decides, as for the site's files, not a private temporary file's mode
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void tellsAFileInsideTheSiteFromOneBesideIt() throws IOException {
    Path site = Files.createDirectories(dir.resolve("target/public"));

    assertThat(ReportFile.isInside(dir.resolve("target/foikb-report.html"), site)).isFalse();
    assertThat(ReportFile.isInside(dir.resolve("target/public-report.html"), site)).isFalse();
    assertThat(ReportFile.isInside(site.resolve("report.html"), site)).isTrue();
    assertThat(ReportFile.isInside(dir.resolve("target/x/../public/a/r.html"), site)).isTrue();
  }
}
