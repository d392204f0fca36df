package org.foikb.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mvn foikb:serve} builds the log and serves it on localhost until stopped. */
class ServeGoalIT {
  private static final Path BUNDLED = Path.of(System.getProperty("foikb.bundledContent"));

  @TempDir Path dir;

  @Test
  void buildsThenServesTheSiteOnLocalhost() throws Exception {
    Path project = LogProjects.project(dir.resolve("log"), LogProjects.pom(""), BUNDLED);
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path log = dir.resolve("serve.log");
    Process maven = MavenBuild.in(project).start(log, "foikb:serve", "-Dfoikb.port=" + port);
    try {
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (!Files.readString(log).contains("foikb: serving ")
          && maven.isAlive()
          && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertThat(Files.readString(log)).as("Maven's output").contains("foikb: serving ");
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> page =
          client.send(
              HttpRequest.newBuilder(
                      URI.create("http://localhost:" + port + "/requests/01-foi-23-030269/"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("Live facial recognition");
      assertThat(project.resolve("target/public/index.html")).isRegularFile();
    } finally {
      maven.destroy();
      maven.waitFor();
    }
  }
}
