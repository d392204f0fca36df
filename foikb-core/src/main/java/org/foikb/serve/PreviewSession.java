package org.foikb.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.foikb.build.Build;
import org.foikb.build.Progress;
import org.foikb.diag.Diagnostic;

/**
 * The editor's loop: serves a built site on localhost, watches the content and templates folders,
 * rebuilds when a file changes, and reloads the open pages. A build that the content fails leaves
 * the last good site served, and the open pages show why; the command line's {@code serve} and the
 * Maven plugin's {@code foikb:serve} both run one.
 *
 * <pre>{@code
 * try (PreviewSession session = PreviewSession.start(build, out, basePath, 8080, log)) {
 *   session.awaitClose();
 * }
 * }</pre>
 */
public final class PreviewSession implements AutoCloseable {
  /** Files often change in bursts (an editor's save, a checkout): wait this long for quiet. */
  private static final long QUIET_MILLIS = 150;

  /** Where a session reports what it does; the command line prints, the plugin logs. */
  public interface Log {
    void info(String line);

    void problem(String line);
  }

  private final Build build;
  private final Path out;
  private final Log log;
  private final LiveReload live = new LiveReload();
  private final PreviewServer server;
  private final WatchService watcher;
  private final Thread watching;
  private final List<Path> watched;

  private PreviewSession(Build build, Path out, String basePath, int port, Log log)
      throws IOException {
    this.build = build;
    this.out = out;
    this.log = log;
    this.watched = new ArrayList<>();
    watched.add(build.content());
    build.templates().ifPresent(watched::add);
    this.watcher = FileSystems.getDefault().newWatchService();
    try {
      for (Path folder : watched) {
        registerTree(folder);
      }
      this.server = PreviewServer.start(out, basePath, port, live);
    } catch (IOException | RuntimeException e) {
      watcher.close();
      throw e;
    }
    this.watching = new Thread(this::watch, "foikb-watch");
    watching.setDaemon(true);
    watching.start();
  }

  /**
   * Serves the site that {@code build} has just written into {@code out}, and rebuilds it on every
   * change from now on.
   *
   * @throws java.net.BindException when the port is taken
   */
  public static PreviewSession start(Build build, Path out, String basePath, int port, Log log)
      throws IOException {
    return new PreviewSession(build, out, basePath, port, log);
  }

  /** The address of the site's home page. */
  public String address() {
    return server.address();
  }

  /** How many builds after the first one have replaced the site. */
  public int rebuilds() {
    return live.generation();
  }

  /** Blocks until the session is closed or the thread interrupted (Ctrl+C ends the process). */
  public void awaitClose() throws InterruptedException {
    watching.join();
  }

  @Override
  public void close() {
    try {
      watcher.close();
    } catch (IOException e) {
      // closing a watcher fails only when it is closed already
    }
    live.close();
    server.close();
  }

  private void watch() {
    try {
      while (true) {
        WatchKey key = watcher.take();
        List<Path> created = new ArrayList<>();
        collect(key, created);
        // let the burst finish, so that one save is one build
        for (WatchKey next; (next = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
          collect(next, created);
        }
        for (Path folder : created) {
          if (Files.isDirectory(folder)) {
            registerTree(folder);
          }
        }
        rebuild();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // the session is over
    } catch (IOException e) {
      log.problem("foikb: stopped watching for changes: " + e.getMessage());
    }
  }

  private static void collect(WatchKey key, List<Path> created) {
    Path folder = (Path) key.watchable();
    for (var event : key.pollEvents()) {
      if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name) {
        created.add(folder.resolve(name));
      }
    }
    key.reset();
  }

  private void rebuild() {
    long start = System.nanoTime();
    try {
      Build.Result result = build.runUnlessUpToDate(out, Progress.SILENT);
      if (result.upToDate()) {
        // an edit undone: the site on disk is right again
        live.clearProblems();
        return;
      }
      if (result.written()) {
        live.rebuilt();
        log.info(
            "Rebuilt in "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)
                + " ms ("
                + result.stageSummary()
                + "); the open pages reload");
        return;
      }
      List<String> lines = new ArrayList<>();
      for (Diagnostic diagnostic : result.diagnostics().sorted()) {
        lines.addAll(List.of(diagnostic.format().split("\n")));
      }
      lines.add(result.diagnostics().summary() + "; the last good site is still served");
      lines.forEach(log::problem);
      live.refused(lines);
    } catch (RuntimeException e) {
      String line =
          "foikb: the build failed: " + e.getMessage() + "; the last good site is still served";
      log.problem(line);
      live.refused(List.of(line));
    }
  }

  private void registerTree(Path root) throws IOException {
    try (Stream<Path> folders = Files.walk(root)) {
      for (Path folder : folders.filter(Files::isDirectory).toList()) {
        folder.register(watcher, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
