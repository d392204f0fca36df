package org.foikb.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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

  private PreviewServer(HttpServer server, String basePath) {
    this.server = server;
    this.basePath = basePath;
  }

  /**
   * Starts serving {@code site} at {@code http://localhost:PORT/BASE-PATH}, on the loopback address
   * only: a preview is for the person at this machine.
   *
   * @param basePath the path part of the site's {@code base-url}, starting and ending with '/'
   * @throws java.net.BindException when the port is taken
   */
  public static PreviewServer start(Path site, String basePath, int port) throws IOException {
    Path root = site.toAbsolutePath().normalize();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", exchange -> serve(exchange, root, basePath));
    server.start();
    return new PreviewServer(server, basePath);
  }

  /** The address of the site's home page. */
  public String address() {
    return "http://localhost:" + server.getAddress().getPort() + basePath;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static void serve(HttpExchange exchange, Path root, String basePath) throws IOException {
    try (exchange) {
      String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
      if (!path.startsWith(basePath)) {
        send(exchange, 404, root.resolve("404.html"));
        return;
      }
      Path file = root.resolve(path.substring(basePath.length())).normalize();
      if (!file.startsWith(root)) {
        send(exchange, 404, root.resolve("404.html"));
        return;
      }
      if (Files.isDirectory(file)) {
        if (!path.endsWith("/")) {
          exchange.getResponseHeaders().add("Location", path + "/");
          exchange.sendResponseHeaders(301, -1);
          return;
        }
        file = file.resolve("index.html");
      }
      send(
          exchange,
          Files.isRegularFile(file) ? 200 : 404,
          Files.isRegularFile(file) ? file : root.resolve("404.html"));
    }
  }

  private static void send(HttpExchange exchange, int status, Path file) throws IOException {
    byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : "Not found".getBytes();
    String name = file.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1);
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
