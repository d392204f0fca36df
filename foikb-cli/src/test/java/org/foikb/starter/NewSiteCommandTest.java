package org.foikb.starter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.foikb.Main;
import org.foikb.build.Build;
import org.foikb.build.FoikbVersion;
import org.foikb.site.BundledContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new site DIR} writes a log's repository; building it with Maven is PluginIT's job. */
class NewSiteCommandTest {
  @TempDir Path dir;

  private int newSite(Path folder, StringWriter err) {
    return Main.execute(
        new String[] {"new", "site", folder.toString()},
        new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true));
  }

  @Test
  void writesAPomUsingThePluginAContentFolderAReadmeAndACiExample() throws Exception {
    Path log = dir.resolve("Borough FOI log");

    int status = newSite(log, new StringWriter());

    assertThat(status).isEqualTo(Main.OK);
    String pom = Files.readString(log.resolve("pom.xml"));
    assertThat(pom)
        .contains("<artifactId>borough-foi-log</artifactId>")
        .contains("<artifactId>foikb-maven-plugin</artifactId>")
        .contains("<version>" + FoikbVersion.VERSION + "</version>")
        .doesNotContain("{{");
    assertThat(Files.readString(log.resolve("README.md")))
        .startsWith("# Borough FOI log")
        .contains("mvn foikb:serve")
        .contains("mvn package");
    assertThat(log.resolve(".gitignore")).hasContent("target/");
    assertThat(log.resolve(".github/workflows/disclosure-log.yml")).isRegularFile();
    assertThat(log.resolve("content/site.yaml")).isRegularFile();
    assertThat(log.resolve("content/published/spending-over-500.md")).isRegularFile();
  }

  @Test
  void bringsEverySectionOfTheBundledLogAndItsContentChecksClean() throws Exception {
    Path log = dir.resolve("log");
    newSite(log, new StringWriter());

    Build.Result result =
        new Build(log.resolve("content"), Optional.empty(), true).run(Optional.empty());

    assertThat(result.diagnostics().sorted()).isEmpty();
    assertThat(result.log().orElseThrow().requests()).hasSize(1);
    try (Stream<Path> bundled = Files.list(BundledContent.FOLDER.resolve("sections"))) {
      for (Path section : bundled.toList()) {
        assertThat(log.resolve("content/sections").resolve(section.getFileName()))
            .hasSameBinaryContentAs(section);
      }
    }
  }

  @Test
  void refusesAFolderThatIsNotEmpty() throws Exception {
    Path log = Files.createDirectories(dir.resolve("log"));
    Files.writeString(log.resolve("notes.txt"), "mine");
    StringWriter err = new StringWriter();

    int status = newSite(log, err);

    assertThat(status).isEqualTo(Main.USAGE);
    assertThat(err.toString()).isEqualTo("foikb: " + log + " is not empty; give a new folder\n");
    try (Stream<Path> files = Files.list(log)) {
      assertThat(files).containsExactly(log.resolve("notes.txt"));
    }
  }
}
