package org.foikb;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.foikb.starter.StarterSite;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code new site DIR}: a new disclosure log's own repository, built by foikb's Maven plugin. */
@Command(
    name = "site",
    mixinStandardHelpOptions = true,
    description =
        "Create DIR as a new disclosure log: a pom.xml using foikb's Maven plugin, content/ with"
            + " site.yaml, a sample request, the common sections of the Act and a published"
            + " source, a README and a CI example. `mvn package` in DIR builds its site.")
final class NewSiteCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "The new folder; it must not exist or be empty.")
  Path folder;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> written;
    try {
      written = StarterSite.write(folder);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("foikb: " + e.getMessage());
      return Main.USAGE;
    }
    out.println("Created " + folder + " (" + written.size() + " files). Next:");
    out.println("  cd " + folder);
    out.println("  mvn package        # checks content/ and builds the site into target/public/");
    out.println("  mvn foikb:serve    # the same, then a preview at http://localhost:8080/");
    return Main.OK;
  }
}
