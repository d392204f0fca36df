package org.foikb;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.foikb.build.Build;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve}: build, then serve the output on localhost for preview with the JDK's HTTP server.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Build the site, then serve it at http://localhost:PORT/ for preview.")
final class ServeCommand implements Callable<Integer> {
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
    Build.Result result = options.build().run(Optional.of(out));
    int status =
        Main.report(result, options.strict, true, stdout, err, "Built the site into " + out);
    if (status != Main.OK) {
      return status;
    }
    String basePath = result.log().orElseThrow().site().basePath();
    Path root = out.toAbsolutePath().normalize();
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (java.net.BindException e) {
      err.println("foikb: port " + port + " is in use; choose another with --port N");
      return Main.USAGE;
    }
    server.createContext("/", exchange -> serve(exchange, root, basePath));
    server.start();
    stdout.println(
        "Serving " + out + " at http://localhost:" + port + basePath + " (Ctrl+C to stop)");
    new CountDownLatch(1).await();
    return Main.OK;
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
