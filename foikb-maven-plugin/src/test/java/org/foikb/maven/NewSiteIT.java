package org.foikb.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.foikb.Main;
import org.foikb.site.SiteChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code foikb new site DIR} then {@code mvn package} in it: a new authority's first two steps. */
class NewSiteIT {
  @TempDir Path dir;

  @Test
  void aNewSiteBuildsWithMavenPackageAndPassesTheBundledLogsLinkChecks() throws Exception {
    Path log = dir.resolve("mylog");
    StringWriter out = new StringWriter();
    int status =
        Main.execute(
            new String[] {"new", "site", log.toString()},
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true));

    MavenBuild.Run run = MavenBuild.in(log).run("package");

    assertThat(status).as(out.toString()).isZero();
    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.lines("INFO")).anyMatch(l -> l.startsWith("foikb: built 1 request into"));
    Path site = log.resolve("target/public");
    assertThat(site.resolve("requests/foi-2025-0001/index.html")).isRegularFile();
    assertThat(site.resolve("sections/s21/index.html")).isRegularFile();
    assertThat(SiteChecks.pageCount(log.resolve("content"), site)).isGreaterThan(30);
    assertThat(SiteChecks.linkProblems(log.resolve("content"), site)).isEmpty();
  }
}
