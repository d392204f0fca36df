package org.foikb.linkcheck;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.foikb.build.FoikbVersion;
import org.foikb.concurrent.Results;
import org.foikb.model.PublishedSource;

/**
 * Asks for each published source's address and says whether it still answers. HEAD first, and GET
 * (its body unread) when a server refuses HEAD; redirects are followed here rather than by the
 * client, so that a permanent one (301, 308) can be reported with the address to write instead.
 * Configured once; {@link #check} may be called from several threads.
 *
 * <pre>{@code
 * LinkChecker checker = LinkChecker.builder().timeout(Duration.ofSeconds(5)).build();
 * for (LinkResult result : checker.check(log.sources())) {
 *   System.out.println(result.source().path() + " " + result.status());
 * }
 * }</pre>
 */
public final class LinkChecker {
  /** Statuses that say "not HEAD" more often than "not here". */
  private static final Set<Integer> HEAD_REFUSED = Set.of(403, 405, 501);

  private final HttpClient client;
  private final Duration timeout;
  private final int maxInFlight;
  private final int maxRedirects;
  private final String userAgent;

  private LinkChecker(Builder builder) {
    this.timeout = builder.timeout;
    this.maxInFlight = builder.maxInFlight;
    this.maxRedirects = builder.maxRedirects;
    this.userAgent = builder.userAgent;
    this.client =
        builder.client != null
            ? builder.client
            : HttpClient.newBuilder()
                .connectTimeout(builder.connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * One result per source, in the sources' order whatever order the answers came in; no more than
   * the configured number of requests are in flight at once.
   */
  public List<LinkResult> check(List<PublishedSource> sources) {
    if (sources.isEmpty()) {
      return List.of();
    }
    AtomicInteger threads = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(maxInFlight, sources.size()),
            task -> {
              Thread thread = new Thread(task, "foikb-link-check-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<LinkResult>> pending = new ArrayList<>();
      for (PublishedSource source : sources) {
        pending.add(pool.submit(() -> new LinkResult(source, check(source.url()))));
      }
      List<LinkResult> results = new ArrayList<>();
      for (Future<LinkResult> result : pending) {
        results.add(Results.await(result));
      }
      return List.copyOf(results);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Follows one address to an answer; every request of it is made on the calling thread. */
  public LinkStatus check(String address) {
    URI start;
    try {
      start = new URI(address);
    } catch (java.net.URISyntaxException e) {
      return new LinkStatus.NotCheckable("is not a valid address");
    }
    if (!web(start)) {
      return new LinkStatus.NotCheckable("is not an http(s) address");
    }
    URI current = start;
    boolean get = false;
    // the address to write instead: as far as the redirects went while all were permanent
    URI movedTo = null;
    int movedStatus = 0;
    boolean allPermanent = true;
    for (int hop = 0; hop <= maxRedirects; hop++) {
      Answer answer;
      try {
        answer = get ? ask(current, "GET") : askHeadThenGet(current);
      } catch (IOException e) {
        return broken(start, current, 0, Failures.reason(e, timeout));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return broken(start, current, 0, "was not checked: interrupted");
      } catch (IllegalArgumentException e) {
        // HttpClient refuses some addresses URI accepts, such as one with an empty port
        return broken(start, current, 0, "cannot be requested: " + e.getMessage());
      }
      get = answer.get();
      int status = answer.status();
      if (!redirect(status)) {
        if (status >= 400) {
          return broken(start, current, status, "answered " + StatusText.of(status));
        }
        return movedTo == null
            ? new LinkStatus.Fine(status)
            : new LinkStatus.Moved(movedTo.toString(), movedStatus);
      }
      URI base = current;
      Optional<URI> next = answer.location().flatMap(location -> resolve(base, location));
      if (next.isEmpty()) {
        return broken(
            start, current, status, "answered " + status + " without a usable Location header");
      }
      if (allPermanent && (status == 301 || status == 308)) {
        movedTo = next.get();
        movedStatus = movedStatus == 0 ? status : movedStatus;
      } else {
        allPermanent = false;
      }
      current = next.get();
    }
    return broken(start, start, 0, "redirected more than " + maxRedirects + " times");
  }

  /** An answer's status, its Location, and whether GET was needed to get it. */
  private record Answer(int status, Optional<String> location, boolean get) {}

  private Answer askHeadThenGet(URI uri) throws IOException, InterruptedException {
    Answer head;
    try {
      head = ask(uri, "HEAD");
    } catch (IOException e) {
      if (Failures.telling(e)) {
        throw e;
      }
      return ask(uri, "GET");
    }
    return HEAD_REFUSED.contains(head.status()) ? ask(uri, "GET") : head;
  }

  private Answer ask(URI uri, String method) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .timeout(timeout)
            .header("User-Agent", userAgent)
            .build();
    if (method.equals("HEAD")) {
      HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
      return new Answer(response.statusCode(), response.headers().firstValue("Location"), false);
    }
    // the status is all that is wanted: closing the stream unread leaves a large file undownloaded
    HttpResponse<InputStream> response =
        client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    response.body().close();
    return new Answer(response.statusCode(), response.headers().firstValue("Location"), true);
  }

  private static LinkStatus broken(URI start, URI at, int status, String reason) {
    return new LinkStatus.Broken(
        status, reason, at.equals(start) ? Optional.empty() : Optional.of(at.toString()));
  }

  private static boolean redirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static boolean web(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
  }

  private static Optional<URI> resolve(URI base, String location) {
    try {
      URI next = base.resolve(new URI(location.strip()));
      return web(next) ? Optional.of(next) : Optional.empty();
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** The settings of a {@link LinkChecker}; each has a default fit for a real site. */
  public static final class Builder {
    private HttpClient client;
    private Duration timeout = Duration.ofSeconds(10);
    private Duration connectTimeout = Duration.ofSeconds(5);
    private int maxInFlight = 4;
    private int maxRedirects = 5;
    private String userAgent =
        "foikb/" + FoikbVersion.VERSION + " (link check of a disclosure log's published sources)";

    private Builder() {}

    /** How long one request may wait for its answer's headers (default 10 s). */
    public Builder timeout(Duration value) {
      this.timeout = positive(value, "timeout");
      return this;
    }

    /** How long connecting may take (default 5 s); ignored when a client is given. */
    public Builder connectTimeout(Duration value) {
      this.connectTimeout = positive(value, "connect timeout");
      return this;
    }

    /** How many requests may be in flight at once (default 4), to be gentle with servers. */
    public Builder maxInFlight(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("at least one request must be allowed: " + value);
      }
      this.maxInFlight = value;
      return this;
    }

    /** How many redirects one address may take before it counts as broken (default 5). */
    public Builder maxRedirects(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("redirects cannot be negative: " + value);
      }
      this.maxRedirects = value;
      return this;
    }

    public Builder userAgent(String value) {
      this.userAgent = Objects.requireNonNull(value, "userAgent");
      return this;
    }

    /**
     * The client to send with, for a proxy or a test; it must not follow redirects itself, or moves
     * cannot be seen.
     */
    public Builder client(HttpClient value) {
      this.client = Objects.requireNonNull(value, "client");
      return this;
    }

    public LinkChecker build() {
      return new LinkChecker(this);
    }

    private static Duration positive(Duration value, String name) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("the " + name + " must be positive: " + value);
      }
      return value;
    }
  }
}
