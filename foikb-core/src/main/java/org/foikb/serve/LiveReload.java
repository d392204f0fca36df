package org.foikb.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.foikb.search.Json;

/**
 * What the open preview pages are told: which build the site on disk is (its generation), and the
 * content's problems when the latest build failed. Pages listen with server-sent events; the script
 * that listens is added to pages as they are served, never to the built site.
 */
final class LiveReload {
  static final String PREFIX = "__foikb/";

  private final CopyOnWriteArrayList<OutputStream> listeners = new CopyOnWriteArrayList<>();
  private volatile int generation;
  private volatile List<String> problems = List.of();

  int generation() {
    return generation;
  }

  /** A new site is on disk: every open page reloads. */
  void rebuilt() {
    generation++;
    problems = List.of();
    broadcast();
  }

  /** The content is back to what the site on disk was built from: nothing to show. */
  void clearProblems() {
    if (!problems.isEmpty()) {
      problems = List.of();
      broadcast();
    }
  }

  /** The latest build was refused: the last good site stays, and pages show why. */
  void refused(List<String> lines) {
    problems = List.copyOf(lines);
    broadcast();
  }

  /**
   * The tags that connect a served page to this server, written before {@code </head>}; the CSP of
   * every page already allows scripts and connections from its own origin.
   */
  String tags(String basePath) {
    return "<link rel=\"stylesheet\" href=\""
        + basePath
        + PREFIX
        + "live.css\"><script type=\"module\" src=\""
        + basePath
        + PREFIX
        + "live.js?generation="
        + generation
        + "\"></script>";
  }

  /** Holds the connection open and sends the state now and after every build. */
  void listen(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().add("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(200, 0);
    OutputStream stream = exchange.getResponseBody();
    listeners.add(stream);
    send(stream);
  }

  private void broadcast() {
    for (OutputStream stream : listeners) {
      send(stream);
    }
  }

  private void send(OutputStream stream) {
    StringBuilder data =
        new StringBuilder("{\"generation\":").append(generation).append(",\"problems\":[");
    List<String> current = problems;
    for (int i = 0; i < current.size(); i++) {
      data.append(i > 0 ? "," : "");
      Json.quote(data, current.get(i));
    }
    data.append("]}");
    try {
      synchronized (stream) {
        stream.write(("event: state\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        stream.flush();
      }
    } catch (IOException e) {
      // the page was closed
      listeners.remove(stream);
    }
  }

  void close() {
    for (OutputStream stream : listeners) {
      try {
        stream.close();
      } catch (IOException e) {
        // already gone
      }
    }
    listeners.clear();
  }
}
