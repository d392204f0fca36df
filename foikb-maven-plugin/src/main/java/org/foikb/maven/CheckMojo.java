package org.foikb.maven;

import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.foikb.build.Build;

/**
 * {@code foikb:check}: checks the content and reports every problem, writing nothing. Bound to
 * {@code validate}, so a log's build fails on bad content before anything else runs.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends ContentMojo {
  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("foikb: skipped");
      return;
    }
    Build.Result result = run(build(false), Optional.empty());
    report(result, "");
    getLog().info("foikb: checked " + requests(result) + ": no errors");
  }
}
