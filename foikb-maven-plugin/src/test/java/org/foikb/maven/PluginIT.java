package org.foikb.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.foikb.site.SiteChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real Maven builds of a log repository whose pom names the plugin, as an authority's would. */
class PluginIT {
  private static final Path BUNDLED = Path.of(System.getProperty("foikb.bundledContent"));
  private static final String CORONATION = "requests/2023/01-FOI-23-030269.md";
  private static final String CUSTODY = "requests/2024/01-FOI-24-003377.md";

  @TempDir Path dir;

  @Test
  void buildsTheLogIntoTargetPublicAtPackage() throws Exception {
    Path project = LogProjects.project(dir.resolve("log"), LogProjects.pom(""), BUNDLED);

    MavenBuild.Run run = MavenBuild.in(project).run("package");

    assertThat(run.exitCode()).as(run.output()).isZero();
    Path site = project.resolve("target/public").toRealPath();
    assertThat(run.lines("INFO"))
        .anyMatch(l -> l.startsWith("foikb: built 27 requests into " + site));
    assertThat(site.resolve("requests/01-foi-23-030269/index.html")).isRegularFile();
    assertThat(SiteChecks.pageCount(project.resolve("content"), site)).isGreaterThan(100);
    assertThat(SiteChecks.linkProblems(project.resolve("content"), site)).isEmpty();
    Path report = project.resolve("target/foikb-report.html").toRealPath();
    assertThat(run.lines("INFO")).anyMatch(l -> l.startsWith("foikb: staff report in " + report));
    assertThat(org.jsoup.Jsoup.parse(report.toFile()).select("h1").text())
        .startsWith("Staff report");
  }

  @Test
  void refusesBadContentWithEveryProblemsFileAndLineAndKeepsThePreviousSite() throws Exception {
    Path project = LogProjects.project(dir.resolve("log"), LogProjects.pom(""), BUNDLED);
    assertThat(MavenBuild.in(project).run("package").exitCode()).isZero();
    Map<String, String> before = LogProjects.contents(project.resolve("target/public"));
    String custody = misspellFirstOutcome(project.resolve("content").resolve(CUSTODY));
    String coronation = misspellFirstOutcome(project.resolve("content").resolve(CORONATION));

    MavenBuild.Run run = MavenBuild.in(project).run("package");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.lines("ERROR"))
        .contains(
            coronation + ": error: unknown outcome 'witheld' for question 1",
            custody + ": error: unknown outcome 'witheld' for question 1")
        .anyMatch(l -> l.contains("foikb: 2 errors in 2 files; the previous site in"));
    assertThat(run.output()).contains("BUILD FAILURE");
    assertThat(LogProjects.contents(project.resolve("target/public"))).isEqualTo(before);
  }

  @Test
  void checkReportsTheContentsProblemsAndWritesNothing() throws Exception {
    Path project = LogProjects.project(dir.resolve("log"), LogProjects.pom(""), BUNDLED);

    MavenBuild.Run good = MavenBuild.in(project).run("foikb:check");
    String custody = misspellFirstOutcome(project.resolve("content").resolve(CUSTODY));
    MavenBuild.Run bad = MavenBuild.in(project).run("foikb:check");

    assertThat(good.exitCode()).as(good.output()).isZero();
    assertThat(good.lines("INFO")).contains("foikb: checked 27 requests: no errors");
    assertThat(bad.exitCode()).isNotZero();
    assertThat(bad.lines("ERROR"))
        .contains(custody + ": error: unknown outcome 'witheld' for question 1");
    assertThat(project.resolve("target")).doesNotExist();
  }

  @Test
  void aSecondBuildWithNothingChangedWritesNothingAndAChangeBuildsAgain() throws Exception {
    Path project = LogProjects.project(dir.resolve("log"), LogProjects.pom(""), BUNDLED);
    Path site = project.resolve("target/public");
    assertThat(MavenBuild.in(project).run("package").exitCode()).isZero();
    Map<String, Long> written = LogProjects.writeTimes(site);

    MavenBuild.Run unchanged = MavenBuild.in(project).run("package");
    Map<String, Long> afterUnchanged = LogProjects.writeTimes(site);
    Path request = project.resolve("content").resolve(CUSTODY);
    Files.writeString(
        request,
        Files.readString(request)
            .replace("title: Custody photographs held and retained", "title: Custody images kept"));
    MavenBuild.Run changed = MavenBuild.in(project).run("package");

    assertThat(unchanged.exitCode()).isZero();
    assertThat(unchanged.lines("INFO"))
        .contains(
            "foikb: nothing changed since the last build; " + site.toRealPath() + " is up to date");
    assertThat(afterUnchanged).isEqualTo(written);
    assertThat(changed.exitCode()).isZero();
    assertThat(changed.lines("INFO")).anyMatch(l -> l.startsWith("foikb: built 27 requests"));
    assertThat(site.resolve("requests/01-foi-24-003377/index.html"))
        .content()
        .contains("Custody images kept");
  }

  @Test
  void takesItsOptionsFromThePomAndFromTheCommandLine() throws Exception {
    String configuration =
        "<outputDirectory>${project.basedir}/site</outputDirectory><searchIndex>false</searchIndex>";
    Path project = LogProjects.project(dir.resolve("log"), LogProjects.pom(configuration), BUNDLED);
    Path request = project.resolve("content").resolve(CUSTODY);
    Files.writeString(
        request, Files.readString(request).replace("title: ", "colour: red\ntitle: "));

    MavenBuild.Run lenient = MavenBuild.in(project).run("package");
    MavenBuild.Run strict = MavenBuild.in(project).run("package", "-Dfoikb.strict=true");

    assertThat(lenient.exitCode()).as(lenient.output()).isZero();
    assertThat(lenient.lines("WARNING"))
        .anyMatch(l -> l.startsWith(CUSTODY + ":3:1: warning: unknown field 'colour'"));
    assertThat(project.resolve("site/index.html")).isRegularFile();
    assertThat(project.resolve("site/search/meta.json")).doesNotExist();
    assertThat(strict.exitCode()).isNotZero();
    assertThat(strict.lines("ERROR"))
        .anyMatch(l -> l.startsWith(CUSTODY + ":3:1: warning: unknown field 'colour'"))
        .anyMatch(l -> l.contains("foikb: 0 errors and 1 warning in 1 file; the previous site in"));
  }

  /** Changes a file's first outcome to 'witheld'; returns where the build must report it. */
  private static String misspellFirstOutcome(Path request) throws IOException {
    List<String> lines = Files.readAllLines(request);
    for (int i = 0; i < lines.size(); i++) {
      int at = lines.get(i).indexOf("outcome: ");
      if (at >= 0) {
        lines.set(i, lines.get(i).substring(0, at) + "outcome: witheld");
        Files.write(request, lines);
        int column = at + "outcome: ".length() + 1;
        String relative =
            request.getParent().getParent().getFileName()
                + "/"
                + request.getParent().getFileName()
                + "/"
                + request.getFileName();
        return relative + ":" + (i + 1) + ":" + column;
      }
    }
    throw new AssertionError("no outcome in " + request);
  }
}
