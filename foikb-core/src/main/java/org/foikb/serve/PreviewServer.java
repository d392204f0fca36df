package org.foikb.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site on localhost for preview, with the JDK's HTTP server: the command line's
 * {@code serve} and the Maven plugin's {@code foikb:serve} both use it.
 *
 * <pre>{@code
 * PreviewServer server = PreviewServer.start(Path.of("target/public"), "/", 8080);
 * System.out.println("Serving at " + server.address());
 * }</pre>
 */
public final class PreviewServer implements AutoCloseable {
  private static final Map<String, String> TYPES =
      Map.of(
          "html",
          "text/html; charset=utf-8",
          "css",
          "text/css; charset=utf-8",
          "js",
          "text/javascript; charset=utf-8",
          "json",
          "application/json",
          "svg",
          "image/svg+xml",
          "xml",
          "application/xml; charset=utf-8",
          "png",
          "image/png",
          "ico",
          "image/x-icon",
          "txt",
          "text/plain; charset=utf-8");

  private final HttpServer server;
  private final String basePath;
  private final ExecutorService threads;
  private final Map<String, byte[]> shown;

  private PreviewServer(
      HttpServer server, String basePath, ExecutorService threads, Map<String, byte[]> shown) {
    this.server = server;
    this.basePath = basePath;
    this.threads = threads;
    this.shown = shown;
  }

  /**
   * Serves these files (by their path below the site's root) in place of the site's own, until
   * {@link #stopShowing}: a preview of pages the rebuild under way has not written yet.
   */
  void show(Map<String, byte[]> files) {
    shown.putAll(files);
  }

  /** Serves the site's own files again. */
  void stopShowing() {
    shown.clear();
  }

  /**
   * Starts serving {@code site} at {@code http://localhost:PORT/BASE-PATH}, on the loopback address
   * only: a preview is for the person at this machine.
   *
   * @param basePath the path part of the site's {@code base-url}, starting and ending with '/'
   * @throws java.net.BindException when the port is taken
   */
  public static PreviewServer start(Path site, String basePath, int port) throws IOException {
    return start(site, basePath, port, null);
  }

  /**
   * As {@link #start(Path, String, int)}; with {@code live}, every HTML page served also loads the
   * script that reloads it after a rebuild, and {@code BASE-PATH__foikb/} serves that script and
   * its events.
   */
  static PreviewServer start(Path site, String basePath, int port, LiveReload live)
      throws IOException {
    Path root = site.toAbsolutePath().normalize();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    // each open page holds an event stream: one thread per connection, so none waits on another
    ExecutorService threads =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "foikb-preview");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(threads);
    Map<String, byte[]> shown = new ConcurrentHashMap<>();
    server.createContext(
        "/",
        exchange -> {
          String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
          if (live != null && path.equals(basePath + LiveReload.PREFIX + "events")) {
            live.listen(exchange);
          } else if (live != null && path.startsWith(basePath + LiveReload.PREFIX)) {
            serveLiveAsset(exchange, path.substring((basePath + LiveReload.PREFIX).length()));
          } else {
            serve(exchange, root, basePath, live, shown);
          }
        });
    server.start();
    return new PreviewServer(server, basePath, threads, shown);
  }

  /** The address of the site's home page. */
  public String address() {
    return "http://localhost:" + server.getAddress().getPort() + basePath;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private static void serveLiveAsset(HttpExchange exchange, String name) throws IOException {
    try (exchange) {
      if (!name.equals("live.js") && !name.equals("live.css")) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body;
      try (var in = PreviewServer.class.getResourceAsStream(name)) {
        body = in.readAllBytes();
      }
      String extension = name.substring(name.lastIndexOf('.') + 1);
      exchange.getResponseHeaders().add("Content-Type", TYPES.get(extension));
      exchange.getResponseHeaders().add("Cache-Control", "no-cache");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream stream = exchange.getResponseBody()) {
        stream.write(body);
      }
    }
  }

  private static void serve(
      HttpExchange exchange, Path root, String basePath, LiveReload live, Map<String, byte[]> shown)
      throws IOException {
    try (exchange) {
      String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
      Path notFound = root.resolve("404.html");
      if (!path.startsWith(basePath)) {
        send(exchange, 404, notFound, shown.get("404.html"), live, basePath);
        return;
      }
      Path file = root.resolve(path.substring(basePath.length())).normalize();
      if (!file.startsWith(root)) {
        send(exchange, 404, notFound, shown.get("404.html"), live, basePath);
        return;
      }
      // a shown page may be at a new address, whose folder the site on disk does not have yet
      if (Files.isDirectory(file)
          || shown.containsKey(sitePath(root, file.resolve("index.html")))) {
        if (!path.endsWith("/")) {
          exchange.getResponseHeaders().add("Location", path + "/");
          exchange.sendResponseHeaders(301, -1);
          return;
        }
        file = file.resolve("index.html");
      }
      byte[] preview = shown.get(sitePath(root, file));
      if (preview != null || Files.isRegularFile(file)) {
        send(exchange, 200, file, preview, live, basePath);
      } else {
        send(exchange, 404, notFound, shown.get("404.html"), live, basePath);
      }
    }
  }

  /** A file's path below the site's root, with '/' between folders. */
  private static String sitePath(Path root, Path file) {
    return root.relativize(file).toString().replace(File.separatorChar, '/');
  }

  /** Sends {@code preview}, or when there is none, the file. */
  private static void send(
      HttpExchange exchange,
      int status,
      Path file,
      byte[] preview,
      LiveReload live,
      String basePath)
      throws IOException {
    byte[] body =
        preview != null
            ? preview
            : Files.isRegularFile(file) ? Files.readAllBytes(file) : "Not found".getBytes();
    String name = file.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1);
    if (live != null && extension.equals("html")) {
      String page = new String(body, StandardCharsets.UTF_8);
      int head = page.indexOf("</head>");
      if (head >= 0) {
        page = page.substring(0, head) + live.tags(basePath) + page.substring(head);
        body = page.getBytes(StandardCharsets.UTF_8);
      }
    }
    exchange
        .getResponseHeaders()
        .add("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
    exchange.getResponseHeaders().add("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream stream = exchange.getResponseBody()) {
      stream.write(body);
    }
  }
}
