package org.foikb.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.foikb.build.Build;
import org.foikb.build.Progress;
import org.foikb.build.RequestPreview;
import org.foikb.diag.Diagnostic;
import org.foikb.diag.Diagnostics;
import org.foikb.load.ContentLoader;

/**
 * The editor's loop: serves a built site on localhost, watches the content and templates folders,
 * rebuilds when a file changes, and reloads the open pages. A build that the content fails leaves
 * the last good site served, and the open pages show why; the command line's {@code serve} and the
 * Maven plugin's {@code foikb:serve} both run one.
 *
 * <p>When only request files were edited, their pages are shown first, from a {@link
 * RequestPreview} of the last build, and the open pages reload with them; the rebuild follows and
 * they reload again once the whole site is written. A preview that the content fails shows why at
 * once, and the rebuild, which would fail the same way, is not run.
 *
 * <pre>{@code
 * try (PreviewSession session = PreviewSession.start(build, out, basePath, 8080, log, preview)) {
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
  private volatile int rebuilds;

  /**
   * What shows edited requests' pages before the rebuild, from the last build that wrote the site;
   * none after a build the content failed, until one succeeds. Used by the watching thread only.
   */
  private Optional<RequestPreview> preview;

  private PreviewSession(
      Build build, Path out, String basePath, int port, Log log, Optional<RequestPreview> preview)
      throws IOException {
    this.build = build;
    this.out = out;
    this.log = log;
    this.preview = preview;
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
    return start(build, out, basePath, port, log, Optional.empty());
  }

  /**
   * As {@link #start(Build, Path, String, int, Log)}, with the preview of the build that has just
   * written the site, so that the first edit to a request shows at once too.
   */
  public static PreviewSession start(
      Build build, Path out, String basePath, int port, Log log, Optional<RequestPreview> preview)
      throws IOException {
    return new PreviewSession(build, out, basePath, port, log, preview);
  }

  /** The address of the site's home page. */
  public String address() {
    return server.address();
  }

  /** How many builds after the first one have replaced the site. */
  public int rebuilds() {
    return rebuilds;
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
        Set<Path> changed = new LinkedHashSet<>();
        collect(key, changed);
        // let the burst finish, so that one save is one build
        for (WatchKey next; (next = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
          collect(next, changed);
        }
        for (Path path : changed) {
          if (Files.isDirectory(path)) {
            registerTree(path);
          }
        }
        rebuild(changed);
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // the session is over
    } catch (IOException e) {
      log.problem("foikb: stopped watching for changes: " + e.getMessage());
    }
  }

  /** Adds the paths the key's events name; an overflow, which names none, adds the folder. */
  private static void collect(WatchKey key, Set<Path> changed) {
    Path folder = (Path) key.watchable();
    for (var event : key.pollEvents()) {
      changed.add(event.context() instanceof Path name ? folder.resolve(name) : folder);
    }
    key.reset();
  }

  private void rebuild(Set<Path> changed) {
    Optional<List<String>> requests = editedRequests(changed);
    if (requests.isPresent() && !showPreview(preview.orElseThrow(), requests.get())) {
      return;
    }
    long start = System.nanoTime();
    try {
      Build.Result result = build.runUnlessUpToDate(out, Progress.SILENT);
      server.stopShowing();
      if (result.upToDate()) {
        // an edit undone: the site on disk is right again, and so is the preview
        live.clearProblems();
        return;
      }
      if (result.written()) {
        rebuilds++;
        preview = result.preview();
        live.rebuilt();
        log.info(
            "Rebuilt in "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)
                + " ms ("
                + result.stageSummary()
                + "); the open pages reload");
        return;
      }
      preview = Optional.empty();
      refused(result.diagnostics());
    } catch (RuntimeException e) {
      server.stopShowing();
      preview = Optional.empty();
      String line =
          "foikb: the build failed: " + e.getMessage() + "; the last good site is still served";
      log.problem(line);
      live.refused(List.of(line));
    }
  }

  /**
   * The changed files' paths in the content folder, if the preview can show them all: request files
   * the last build read, still there. Files a build passes over, folders, and files that came and
   * went since the last build do not count.
   */
  private Optional<List<String>> editedRequests(Set<Path> changed) {
    if (preview.isEmpty()) {
      return Optional.empty();
    }
    List<String> paths = new ArrayList<>();
    for (Path path : changed) {
      if (Files.isDirectory(path)) {
        continue;
      }
      if (!path.startsWith(build.content())) {
        return Optional.empty();
      }
      String relative =
          build.content().relativize(path).toString().replace(File.separatorChar, '/');
      if (!Files.isRegularFile(path)) {
        if (preview.get().lastBuildSaw(relative)) {
          return Optional.empty();
        }
      } else if (!ContentLoader.passesOver(relative)) {
        paths.add(relative);
      }
    }
    return preview.get().covers(paths) ? Optional.of(paths) : Optional.empty();
  }

  /**
   * Shows the edited requests' pages and reloads the open pages; false if the content failed, whose
   * problems are then shown instead.
   */
  private boolean showPreview(RequestPreview requests, List<String> paths) {
    long start = System.nanoTime();
    RequestPreview.Shown shown;
    try {
      shown = requests.show(paths);
    } catch (RuntimeException e) {
      // the rebuild will say what is wrong, file and all
      preview = Optional.empty();
      return true;
    }
    if (shown.refused()) {
      refused(shown.diagnostics());
      return false;
    }
    server.show(shown.pages());
    live.rebuilt();
    log.info(
        "Showed the edited page"
            + (paths.size() == 1 ? "" : "s")
            + " in "
            + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)
            + " ms; rebuilding the site");
    return true;
  }

  private void refused(Diagnostics diagnostics) {
    List<String> lines = new ArrayList<>();
    for (Diagnostic diagnostic : diagnostics.sorted()) {
      lines.addAll(List.of(diagnostic.format().split("\n")));
    }
    lines.add(diagnostics.summary() + "; the last good site is still served");
    lines.forEach(log::problem);
    live.refused(lines);
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
