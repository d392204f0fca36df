package org.foikb.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.foikb.build.FoikbVersion;
import org.foikb.link.CrossIndex;
import org.foikb.model.DisclosureLog;
import org.foikb.model.PublishedSource;
import org.foikb.validation.ContentFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The link check against a server of the test's own on the loopback address. */
@ExtendWith(ContentFixture.class)
@Timeout(30)
class LinkCheckerTest {
  @TempDir Path dir;

  private HttpServer server;
  private ExecutorService serverThreads;
  private String base;

  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();
  private final AtomicReference<String> userAgent = new AtomicReference<>();

  /** A checker quick enough for tests: the slow handler outlasts its timeout several times. */
  private final LinkChecker checker =
      LinkChecker.builder().timeout(Duration.ofMillis(300)).maxInFlight(3).build();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    // threads without bound, so that only the checker can keep requests few
    serverThreads = Executors.newCachedThreadPool();
    server.setExecutor(serverThreads);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext(
        "/ok",
        exchange -> {
          userAgent.set(exchange.getRequestHeaders().getFirst("User-Agent"));
          answer(exchange, 200);
        });
    server.createContext("/missing", exchange -> answer(exchange, 404));
    server.createContext("/old", redirect(301, "/older"));
    server.createContext("/older", redirect(308, "/new"));
    server.createContext("/new", exchange -> answer(exchange, 200));
    server.createContext("/for-now", redirect(302, "/ok"));
    server.createContext(
        "/no-head",
        exchange -> answer(exchange, exchange.getRequestMethod().equals("HEAD") ? 405 : 200));
    server.createContext("/slow", sleeping(3_000));
    server.createContext("/busy", sleeping(150));
    server.createContext("/loop", redirect(301, "/loop"));
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
    serverThreads.shutdownNow();
  }

  private static void answer(HttpExchange exchange, int status) throws IOException {
    byte[] body = ("status " + status).getBytes(StandardCharsets.UTF_8);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }

  private static HttpHandler redirect(int status, String location) {
    return exchange -> {
      exchange.getResponseHeaders().set("Location", location);
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    };
  }

  /** Answers 200 after a pause, counting how many requests are inside at once. */
  private HttpHandler sleeping(long millis) {
    return exchange -> {
      int now = inFlight.incrementAndGet();
      mostInFlight.accumulateAndGet(now, Math::max);
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        inFlight.decrementAndGet();
        exchange.close();
        return;
      }
      // out before the answer goes: once it has, the checker may send its next request, which
      // could otherwise be counted while this one is still leaving
      inFlight.decrementAndGet();
      answer(exchange, 200);
    };
  }

  private static PublishedSource source(String id, String url) {
    return new PublishedSource(
        "published/" + id + ".md", id, id, url, Optional.empty(), Optional.empty(), 7, 4, 6);
  }

  private LinkStatus status(String path) {
    return checker.check(base + path);
  }

  @Test
  void findsAnAddressThatAnswers200Fine() {
    assertThat(status("/ok")).isEqualTo(new LinkStatus.Fine(200));
  }

  @Test
  void namesFoikbAndItsVersionAsTheUserAgent() {
    status("/ok");

    assertThat(userAgent.get()).startsWith("foikb/" + FoikbVersion.VERSION + " ");
  }

  @Test
  void reportsA404AsBrokenWithItsReasonPhrase() {
    assertThat(status("/missing"))
        .isEqualTo(new LinkStatus.Broken(404, "answered 404 Not Found", Optional.empty()));
  }

  @Test
  void reportsAChainOfPermanentRedirectsAsMovedToTheFinalAddress() {
    assertThat(status("/old")).isEqualTo(new LinkStatus.Moved(base + "/new", 301));
  }

  @Test
  void findsATemporaryRedirectToAnAnswerFine() {
    assertThat(status("/for-now")).isEqualTo(new LinkStatus.Fine(200));
  }

  @Test
  void asksWithGetWhenHeadIsRefused() {
    assertThat(status("/no-head")).isEqualTo(new LinkStatus.Fine(200));
  }

  @Test
  void reportsAServerThatOutlastsTheTimeoutAsTimedOut() {
    assertThat(status("/slow")).isEqualTo(LinkStatus.Broken.of("timed out after 300 ms"));
  }

  @Test
  void reportsAClosedPortAsRefusingTheConnection() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    assertThat(checker.check("http://127.0.0.1:" + port + "/"))
        .isEqualTo(LinkStatus.Broken.of("refused the connection"));
  }

  @Test
  void givesUpOnARedirectLoop() {
    assertThat(status("/loop")).isEqualTo(LinkStatus.Broken.of("redirected more than 5 times"));
  }

  @Test
  void doesNotRequestAnAddressThatIsNotHttp() {
    assertThat(checker.check("mailto:foi@example.org"))
        .isEqualTo(new LinkStatus.NotCheckable("is not an http(s) address"));
  }

  @Test
  void neverHasMoreRequestsInFlightThanItsLimit() {
    List<PublishedSource> sources = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      sources.add(source("busy-" + i, base + "/busy?n=" + i));
    }

    List<LinkResult> results = checker.check(sources);

    assertThat(results).allMatch(r -> r.status().equals(new LinkStatus.Fine(200)));
    assertThat(mostInFlight.get()).isBetween(1, 3);
  }

  @Test
  void returnsResultsInTheSourcesOrderWhateverOrderTheyAnswerIn() {
    List<PublishedSource> sources =
        List.of(
            source("slow", base + "/slow"),
            source("busy", base + "/busy"),
            source("missing", base + "/missing"),
            source("ok", base + "/ok"));

    List<LinkResult> results = checker.check(sources);

    assertThat(results).extracting(LinkResult::source).containsExactlyElementsOf(sources);
    assertThat(results)
        .extracting(r -> r.status().getClass().getSimpleName())
        .containsExactly("Broken", "Fine", "Broken", "Fine");
  }

  @Test
  void namesTheUrlFieldAndTheAnswersThatDependOnABrokenSource() {
    ContentFixture fixture =
        ContentFixture.in(dir)
            .validRequest()
            .file(
                "published/lfr-deployment-record.md",
                ContentFixture.SOURCE.replace(
                    "https://www.example.org/lfr/deployments", base + "/missing"));
    DisclosureLog log = fixture.check().log().orElseThrow();

    List<LinkResult> results = checker.check(log.sources());

    assertThat(LinkReport.lines(results, CrossIndex.of(log)::citationsOf))
        .containsExactly(
            "published/lfr-deployment-record.md:4:6: broken: "
                + base
                + "/missing answered 404 Not Found; cited by 01.FOI.24.000001 (question 1)");
    assertThat(LinkReport.summary(results))
        .isEqualTo("Checked 1 published source: 0 fine, 0 moved, 1 broken.");
  }

  @Test
  void tellsWhereAMovedSourceNowIsAndCountsEveryKind() {
    List<PublishedSource> sources =
        List.of(
            source("moved", base + "/old"),
            source("fine", base + "/ok"),
            source("away", base + "/for-now"),
            source("gone", base + "/loop"),
            source("mail", "mailto:foi@example.org"));

    List<LinkResult> results = checker.check(sources);

    assertThat(LinkReport.lines(results, id -> List.of()))
        .containsExactly(
            "published/moved.md:4:6: moved: "
                + base
                + "/old -> "
                + base
                + "/new (301); update the url; cited by no answer",
            "published/gone.md:4:6: broken: "
                + base
                + "/loop redirected more than 5 times; cited by no answer",
            "published/mail.md:4:6: not checked: mailto:foi@example.org is not an http(s) address;"
                + " cited by no answer");
    assertThat(LinkReport.summary(results))
        .isEqualTo("Checked 5 published sources: 2 fine, 1 moved, 1 broken, 1 not checked.");
  }

  @Test
  void namesTheAddressARedirectLedToWhenThatIsBroken() {
    server.createContext("/to-missing", redirect(302, "/missing"));

    assertThat(status("/to-missing"))
        .isEqualTo(
            new LinkStatus.Broken(404, "answered 404 Not Found", Optional.of(base + "/missing")));
  }
}
