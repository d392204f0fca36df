package org.foikb.maven;

import java.io.File;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.foikb.build.Build;
import org.foikb.build.StageLines;
import org.foikb.diag.Diagnostic;
import org.foikb.diag.FileProcessingException;
import org.foikb.output.UnsafeOutputException;
import org.foikb.template.Plural;
import org.foikb.template.TemplateException;

/**
 * What every goal shares: the options the command line's {@code --content}, {@code --templates} and
 * {@code --strict} give, and diagnostics printed through Maven's log as {@code path:line:column:
 * error:} lines, as the command line prints them.
 */
abstract class ContentMojo extends AbstractMojo {
  /** The content folder: site.yaml, requests/, sections/, published/, pages/. */
  @Parameter(property = "foikb.contentDirectory", defaultValue = "${project.basedir}/content")
  File contentDirectory;

  /** A folder of templates and assets/ that replace the built-in ones by name. */
  @Parameter(property = "foikb.templatesDirectory")
  File templatesDirectory;

  /** Whether warnings, such as an unknown front-matter field, fail the build too. */
  @Parameter(property = "foikb.strict", defaultValue = "false")
  boolean strict;

  /**
   * Where a build keeps what it learnt of each request file, so that the next one reads only the
   * files that changed.
   */
  @Parameter(
      property = "foikb.loadCacheDirectory",
      defaultValue = "${project.build.directory}/foikb-cache")
  File loadCacheDirectory;

  /** Skips the goal. */
  @Parameter(property = "foikb.skip", defaultValue = "false")
  boolean skip;

  Build build(boolean searchIndex) throws MojoFailureException {
    if (!contentDirectory.isDirectory()) {
      throw new MojoFailureException(
          "foikb: content folder not found: "
              + shown(contentDirectory)
              + "; set <contentDirectory> in the plugin's configuration");
    }
    if (templatesDirectory != null && !templatesDirectory.isDirectory()) {
      throw new MojoFailureException(
          "foikb: templates folder not found: "
              + templatesDirectory
              + "; set <templatesDirectory> to a folder, or leave it out");
    }
    return new Build(
            contentDirectory.toPath(),
            Optional.ofNullable(templatesDirectory).map(File::toPath),
            strict,
            searchIndex)
        .withLoadCache(loadCacheDirectory.toPath());
  }

  /** Runs the build, turning what is not the content's fault into Maven's kinds of failure. */
  Build.Result run(Build build, Optional<java.nio.file.Path> out)
      throws MojoFailureException, MojoExecutionException {
    return run(progress -> build.run(out, progress));
  }

  /**
   * Runs {@code work} with the stage lines as its progress, turning what it throws into Maven's.
   */
  Build.Result run(java.util.function.Function<org.foikb.build.Progress, Build.Result> work)
      throws MojoFailureException, MojoExecutionException {
    try {
      // Maven's log is read after the fact: a line for each slow stage shows where time went
      return work.apply(new StageLines(StageLines.SLOW_STAGE_MILLIS, getLog()::info));
    } catch (UnsafeOutputException e) {
      throw new MojoFailureException("foikb: " + e.getMessage(), e);
    } catch (FileProcessingException e) {
      if (e.getCause() instanceof TemplateException template) {
        throw new MojoFailureException(
            "foikb: error in " + template.getMessage() + " while processing " + e.path(), e);
      }
      throw new MojoExecutionException(
          "foikb: internal error while processing "
              + e.path()
              + ": "
              + e.getCause()
              + ". This is a bug in foikb; please report it with the file named above.",
          e);
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException("foikb: " + e.getMessage(), e);
    }
  }

  /**
   * Logs every diagnostic, sorted by file and line; fails the goal when the content was refused,
   * with {@code consequence} saying what that meant for the output.
   */
  void report(Build.Result result, String consequence) throws MojoFailureException {
    for (Diagnostic diagnostic : result.diagnostics().sorted()) {
      for (String line : diagnostic.format().split("\n")) {
        // with strict, a warning fails the build like an error, so it is shown with the errors
        if (diagnostic.isError() || strict) {
          getLog().error(line);
        } else {
          getLog().warn(line);
        }
      }
    }
    if (result.failed(strict)) {
      throw new MojoFailureException(
          "foikb: "
              + result.diagnostics().summary()
              + consequence
              + " (the lines above say where)");
    }
    if (result.diagnostics().warningCount() > 0) {
      getLog().warn("foikb: " + result.diagnostics().summary());
    }
  }

  /**
   * A folder as people read it: {@code log/target/public}, not {@code log/sub/../target/public}.
   */
  static String shown(File folder) {
    return folder.toPath().toAbsolutePath().normalize().toString();
  }

  static String times(Build.Result result) {
    return result.times().stream()
        .map(t -> t.stage() + " " + t.millis() + " ms")
        .collect(Collectors.joining(", "));
  }

  /** "1 request", "27 requests". */
  static String requests(Build.Result result) {
    int count = result.log().map(l -> l.requests().size()).orElse(0);
    return Plural.requests(count);
  }
}
