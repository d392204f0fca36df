package org.foikb.maven;

import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.foikb.build.Build;
import org.foikb.template.Plural;

/**
 * {@code foikb:build}: checks the content and builds the site into {@code outputDirectory},
 * replacing it only when the build succeeds. It does nothing when the content, the templates, the
 * options and foikb are all as they were for the site already there.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends ContentMojo {
  /** Where the site goes; the folder is replaced as a whole by each build. */
  @Parameter(property = "foikb.outputDirectory", defaultValue = "${project.build.directory}/public")
  File outputDirectory;

  /**
   * Where the staff report goes: what the authority's staff should act on, kept out of the site
   * because it is not for the public.
   */
  @Parameter(
      property = "foikb.reportFile",
      defaultValue = "${project.build.directory}/foikb-report.html")
  File reportFile;

  /** Whether to build the search index and the "asked before" lists. */
  @Parameter(property = "foikb.searchIndex", defaultValue = "true")
  boolean searchIndex;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("foikb: skipped");
      return;
    }
    buildSite();
  }

  /**
   * Builds the site unless it is up to date, and returns the result of the build it ran; {@code
   * foikb:serve} shares this.
   */
  Optional<Build.Result> buildSite() throws MojoExecutionException, MojoFailureException {
    Build build = build(searchIndex).withStaffReport(reportFile.toPath());
    Build.Result result =
        run(progress -> build.runUnlessUpToDate(outputDirectory.toPath(), progress));
    if (result.upToDate()) {
      getLog()
          .info(
              "foikb: nothing changed since the last build; "
                  + shown(outputDirectory)
                  + " is up to date");
      return Optional.empty();
    }
    report(result, "; the previous site in " + shown(outputDirectory) + " was left as it was");
    getLog()
        .info(
            "foikb: built "
                + requests(result)
                + " into "
                + shown(outputDirectory)
                + " ("
                + times(result)
                + ")");
    result
        .staffReport()
        .ifPresent(
            report ->
                getLog()
                    .info(
                        "foikb: staff report in "
                            + shown(reportFile)
                            + ": "
                            + Plural.count(report.itemCount(), "item", "items")
                            + " to act on"));
    return Optional.of(result);
  }
}
