package org.foikb;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.foikb.build.Build;
import org.foikb.serve.PreviewSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: build, then serve the output on localhost for preview. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Build the site and serve it at http://localhost:PORT/ for preview; rebuild and reload"
            + " the open pages when the content or templates change.")
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Mixin Main.ContentOptionsMixin options;

  @Option(
      names = "--out",
      defaultValue = "target/public",
      paramLabel = "DIR",
      description = "Where to build the site (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "N",
      description = "The port on localhost (default: ${DEFAULT-VALUE}).")
  int port;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    if (Main.contentFolderMissing(options.content, err)) {
      return Main.USAGE;
    }
    Build build = options.build().withLoadCache(Build.loadCacheBeside(out));
    Build.Result result = build.run(Optional.of(out));
    int status =
        Main.report(result, options.strict, true, stdout, err, "Built the site into " + out);
    if (status != Main.OK) {
      return status;
    }
    String basePath = result.log().orElseThrow().site().basePath();
    PreviewSession.Log log =
        new PreviewSession.Log() {
          @Override
          public void info(String line) {
            stdout.println(line);
          }

          @Override
          public void problem(String line) {
            err.println(line);
          }
        };
    try (PreviewSession session =
        PreviewSession.start(build, out, basePath, port, log, result.preview())) {
      stdout.println(
          "Serving "
              + out
              + " at "
              + session.address()
              + "; rebuilding when content or templates change (Ctrl+C to stop)");
      session.awaitClose();
    } catch (java.net.BindException e) {
      err.println("foikb: port " + port + " is in use; choose another with --port N");
      return Main.USAGE;
    }
    return Main.OK;
  }
}
