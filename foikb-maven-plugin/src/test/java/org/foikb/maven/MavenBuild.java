package org.foikb.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a real Maven build of a project, offline, against the repository the build installed this
 * plugin into (failsafe's {@code foikb.itRepository}), as an authority's own build would run.
 *
 * <pre>{@code
 * MavenBuild.Run run = MavenBuild.in(project).run("package");
 * assertThat(run.exitCode()).isZero();
 * }</pre>
 */
record MavenBuild(Path project) {
  private static final long TIMEOUT_MINUTES = 5;

  /** What one run printed, and how it ended. */
  record Run(int exitCode, String output) {
    /** The lines Maven logged at one level, without the level: {@code "[ERROR] x"} gives "x". */
    List<String> lines(String level) {
      String prefix = "[" + level + "] ";
      return output
          .lines()
          .filter(l -> l.startsWith(prefix))
          .map(l -> l.substring(prefix.length()))
          .toList();
    }
  }

  static MavenBuild in(Path project) {
    return new MavenBuild(project);
  }

  Run run(String... goals) throws IOException, InterruptedException {
    Path log = Files.createTempFile("maven-build", ".log");
    Process process = start(log, goals);
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(
          "mvn " + String.join(" ", goals) + " did not finish in " + TIMEOUT_MINUTES + " minutes");
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    return new Run(process.exitValue(), output);
  }

  /** Starts Maven with its output going to {@code log}, for a goal that does not end by itself. */
  Process start(Path log, String... goals) throws IOException {
    String mavenHome = System.getProperty("foikb.mavenHome");
    String repository = System.getProperty("foikb.itRepository");
    assertThat(mavenHome).as("failsafe sets foikb.mavenHome").isNotNull();
    assertThat(repository).as("failsafe sets foikb.itRepository").isNotNull();
    List<String> command = new ArrayList<>();
    command.add(Path.of(mavenHome, "bin", "mvn").toString());
    command.addAll(List.of("-B", "-o", "-Dstyle.color=never", "-Dmaven.repo.local=" + repository));
    command.addAll(List.of(goals));
    Process process =
        new ProcessBuilder(command)
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    process.getOutputStream().close();
    return process;
  }
}
