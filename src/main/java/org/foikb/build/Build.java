package org.foikb.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.foikb.concurrent.Results;
import org.foikb.diag.Diagnostics;
import org.foikb.link.CrossIndex;
import org.foikb.link.LogChecker;
import org.foikb.load.ContentLoader;
import org.foikb.load.LoadedContent;
import org.foikb.markdown.Markdown;
import org.foikb.model.DisclosureLog;
import org.foikb.output.SiteWriter;
import org.foikb.render.ParsedBodies;
import org.foikb.render.SiteRenderer;
import org.foikb.search.SearchIndex;
import org.foikb.search.SimilarQuestions;
import org.foikb.template.Templates;

/**
 * The pipeline, in order: load, check, cross-references and similar questions (side by side),
 * render (the search index is built from the bodies the render pass parses, and finished while the
 * other pages render), write. Each stage is timed.
 *
 * <pre>{@code
 * Build.Result result = new Build(Path.of("content"), Optional.empty(), false).run(Optional.of(out));
 * result.diagnostics().sorted().forEach(d -> System.err.println(d.format()));
 * }</pre>
 *
 * @param strict whether warnings stop the build too
 * @param searchIndex whether to build the search index and the "asked before" lists; without them a
 *     build is quicker (for previews and for measuring what the index costs)
 */
public record Build(Path content, Optional<Path> templates, boolean strict, boolean searchIndex) {

  public Build(Path content, Optional<Path> templates, boolean strict) {
    this(content, templates, strict, true);
  }

  /** How long a stage took. */
  public record StageTime(String stage, long millis) {}

  /** What a run found and did; {@code log} is empty when the content was refused. */
  public record Result(
      Diagnostics diagnostics,
      Optional<DisclosureLog> log,
      List<StageTime> times,
      boolean written) {
    public boolean failed(boolean strict) {
      return diagnostics.hasErrors() || (strict && diagnostics.warningCount() > 0);
    }
  }

  /** Checks the content and, given an output folder and no errors, builds the site into it. */
  public Result run(Optional<Path> out) {
    Diagnostics diagnostics = new Diagnostics();
    List<StageTime> times = new ArrayList<>();
    Markdown markdown = new Markdown();

    out.ifPresent(folder -> SiteWriter.checkReplaceable(folder, content));
    out.ifPresent(SiteWriter::repair);
    long start = System.nanoTime();
    LoadedContent loaded = new ContentLoader(markdown).load(content, diagnostics);
    start = lap(times, "load", start);
    Optional<DisclosureLog> log = LogChecker.check(loaded, diagnostics);
    start = lap(times, "check", start);
    boolean refused = diagnostics.hasErrors() || (strict && diagnostics.warningCount() > 0);
    if (log.isEmpty() || refused || out.isEmpty()) {
      return new Result(diagnostics, refused ? Optional.empty() : log, times, false);
    }
    DisclosureLog checked = log.get();
    // collecting the cross-references is serial work: let it take a core of its own while the
    // "asked before" lists use the others
    CompletableFuture<CrossIndex> crossReferences =
        CompletableFuture.supplyAsync(
            () -> CrossIndex.of(checked), task -> new Thread(task, "cross-references").start());
    SimilarQuestions similar = searchIndex ? SimilarQuestions.of(checked) : SimilarQuestions.none();
    CrossIndex index = Results.await(crossReferences);
    start =
        lap(
            times,
            searchIndex ? "cross-references and similar questions" : "cross-references",
            start);
    Templates templateSet = new Templates(templates);
    Path contentRoot = content.toAbsolutePath();
    try (SiteWriter writer = SiteWriter.open(out.get())) {
      SiteRenderer renderer =
          new SiteRenderer(log.get(), index, templateSet, markdown, contentRoot, writer, similar);
      if (searchIndex) {
        // the index reads each request from the body its page was rendered from
        SearchIndex search = new SearchIndex(log.get(), contentRoot, markdown, writer);
        renderer.renderRequests(ParsedBodies.of(search::read, search::add));
        start = lap(times, "render and index requests", start);
        // the other pages end on one long list that keeps a single core busy: finishing the index
        // beside them takes the idle core rather than time of its own
        CompletableFuture<Void> finished =
            CompletableFuture.runAsync(
                search::finish, task -> new Thread(task, "finish-search-index").start());
        renderOthersBeside(renderer, finished);
        start = lap(times, "render other pages and finish search index", start);
      } else {
        renderer.renderRequests(ParsedBodies.none());
        start = lap(times, "render requests", start);
        renderer.renderOthers();
        start = lap(times, "render other pages", start);
      }
      writer.commit();
      lap(times, "swap in", start);
    }
    return new Result(diagnostics, log, times, true);
  }

  /**
   * Renders the other pages while {@code task} runs, and returns once both are done; if either
   * failed, what it threw is rethrown, and only after the task has stopped writing.
   */
  private static void renderOthersBeside(SiteRenderer renderer, CompletableFuture<Void> task) {
    try {
      renderer.renderOthers();
    } catch (RuntimeException | Error e) {
      task.handle((ignored, failure) -> null).join();
      throw e;
    }
    Results.await(task);
  }

  private static long lap(List<StageTime> times, String stage, long start) {
    long now = System.nanoTime();
    times.add(new StageTime(stage, (now - start) / 1_000_000));
    return now;
  }
}
