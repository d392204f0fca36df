package org.foikb.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.foikb.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --links} against a server of the test's own, named by the fixture's source. */
@ExtendWith(ContentFixture.class)
@Timeout(60)
class CheckLinksCommandTest {
  private static final String SOURCE_PATH = "published/lfr-deployment-record.md";

  @TempDir Path dir;

  private HttpServer server;
  private String base;
  private final AtomicInteger requests = new AtomicInteger();

  private record Run(int status, String out, String err) {}

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/ok", exchange -> answer(exchange, 200, null));
    server.createContext("/missing", exchange -> answer(exchange, 404, null));
    server.createContext("/old", exchange -> answer(exchange, 301, "/ok"));
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String location)
      throws IOException {
    requests.incrementAndGet();
    if (location != null) {
      exchange.getResponseHeaders().set("Location", location);
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  /** The fixture's content, its one published source pointing at {@code path} on the server. */
  private Path contentLinkingTo(String path) {
    return ContentFixture.in(dir)
        .validRequest()
        .file(
            SOURCE_PATH,
            ContentFixture.SOURCE.replace("https://www.example.org/lfr/deployments", base + path))
        .root();
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(
        status,
        out.toString().replace(System.lineSeparator(), "\n"),
        err.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void exitsFourAndNamesTheCitingAnswerForABrokenSource() {
    Run run = run("check", "--links", "--content", contentLinkingTo("/missing").toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.BROKEN_LINKS);
    assertThat(run.out())
        .isEqualTo(
            "Checked 1 request: no errors\n"
                + SOURCE_PATH
                + ":4:6: broken: "
                + base
                + "/missing answered 404 Not Found; cited by 01.FOI.24.000001 (question 1)\n"
                + "Checked 1 published source: 0 fine, 0 moved, 1 broken.\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void warnsOfAMovedSourceButExitsZero() {
    Run run = run("check", "--links", "--content", contentLinkingTo("/old").toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.OK);
    assertThat(run.out())
        .isEqualTo(
            "Checked 1 request: no errors\n"
                + SOURCE_PATH
                + ":4:6: moved: "
                + base
                + "/old -> "
                + base
                + "/ok (301); update the url; cited by 01.FOI.24.000001 (question 1)\n"
                + "Checked 1 published source: 0 fine, 1 moved, 0 broken.\n");
  }

  @Test
  void exitsFourForAMovedSourceWhenStrict() {
    Run run = run("check", "--links", "--strict", "--content", contentLinkingTo("/old").toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.BROKEN_LINKS);
  }

  @Test
  void printsOnlyTheCountWhenEverySourceIsFine() {
    Run run = run("check", "--links", "--content", contentLinkingTo("/ok").toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.OK);
    assertThat(run.out())
        .isEqualTo(
            "Checked 1 request: no errors\n"
                + "Checked 1 published source: 1 fine, 0 moved, 0 broken.\n");
  }

  @Test
  void asksForNoAddressWithoutTheOption() {
    Run run = run("check", "--content", contentLinkingTo("/missing").toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.OK);
    assertThat(requests.get()).isZero();
  }

  @Test
  void asksForNoAddressWhenTheContentHasErrors() {
    Path content =
        ContentFixture.in(dir)
            .request(ContentFixture.VALID_REQUEST.replace("outcome: not-held", "outcome: not held"))
            .file(
                SOURCE_PATH,
                ContentFixture.SOURCE.replace(
                    "https://www.example.org/lfr/deployments", base + "/missing"))
            .root();

    Run run = run("check", "--links", "--content", content.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.CONTENT_ERRORS);
    assertThat(run.out()).isEmpty();
    assertThat(requests.get()).isZero();
  }
}
