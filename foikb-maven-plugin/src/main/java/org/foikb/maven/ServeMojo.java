package org.foikb.maven;

import java.io.IOException;
import java.net.BindException;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.foikb.build.Build;
import org.foikb.model.DisclosureLog;
import org.foikb.serve.PreviewSession;

/**
 * {@code foikb:serve}: builds the site as {@code foikb:build} does, then serves it on localhost for
 * preview until stopped with Ctrl+C.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends BuildMojo {
  /** The port on localhost. */
  @Parameter(property = "foikb.port", defaultValue = "8080")
  int port;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    // a site that was up to date is checked again, only to learn its base path
    Optional<Build.Result> built = buildSite();
    String basePath =
        (built.isPresent() ? built.get() : run(build(false), Optional.empty()))
            .log()
            .map(DisclosureLog::site)
            .orElseThrow()
            .basePath();
    PreviewSession.Log log =
        new PreviewSession.Log() {
          @Override
          public void info(String line) {
            getLog().info("foikb: " + line);
          }

          @Override
          public void problem(String line) {
            getLog().error(line);
          }
        };
    try (PreviewSession session =
        PreviewSession.start(
            build(searchIndex),
            outputDirectory.toPath(),
            basePath,
            port,
            log,
            built.flatMap(Build.Result::preview))) {
      getLog()
          .info(
              "foikb: serving "
                  + shown(outputDirectory)
                  + " at "
                  + session.address()
                  + "; rebuilding when content or templates change (Ctrl+C to stop)");
      session.awaitClose();
    } catch (BindException e) {
      throw new MojoFailureException(
          "foikb: port " + port + " is in use; choose another with -Dfoikb.port=N");
    } catch (IOException e) {
      throw new MojoExecutionException("foikb: cannot serve " + shown(outputDirectory), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
