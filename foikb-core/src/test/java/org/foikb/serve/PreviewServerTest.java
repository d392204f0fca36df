package org.foikb.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages a preview shows are served in place of the site's own until the rebuild is done. */
class PreviewServerTest {
  @TempDir Path site;

  @Test
  void shownPagesAreServedInPlaceOfTheSitesOwnUntilItStopsShowingThem() throws Exception {
    Files.createDirectories(site.resolve("requests/a"));
    Files.writeString(site.resolve("requests/a/index.html"), "<p>on disk</p>");
    Files.writeString(site.resolve("404.html"), "<p>no such page</p>");

    try (PreviewServer server = PreviewServer.start(site, "/", 0)) {
      server.show(
          Map.of(
              "requests/a/index.html", bytes("<p>edited</p>"),
              "requests/b/index.html", bytes("<p>renamed</p>")));

      assertThat(fetch(server, "requests/a/")).isEqualTo(new Page(200, "<p>edited</p>"));
      assertThat(fetch(server, "requests/b/")).isEqualTo(new Page(200, "<p>renamed</p>"));

      server.stopShowing();

      assertThat(fetch(server, "requests/a/")).isEqualTo(new Page(200, "<p>on disk</p>"));
      assertThat(fetch(server, "requests/b/")).isEqualTo(new Page(404, "<p>no such page</p>"));
    }
  }

  private record Page(int status, String body) {}

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Page fetch(PreviewServer server, String page) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.address() + page)).build(),
                HttpResponse.BodyHandlers.ofString());
    return new Page(response.statusCode(), response.body());
  }
}
