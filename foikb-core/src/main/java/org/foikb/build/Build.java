package org.foikb.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.foikb.body.ParsedBodies;
import org.foikb.concurrent.Results;
import org.foikb.diag.Diagnostics;
import org.foikb.digest.FileStamps;
import org.foikb.link.CrossIndex;
import org.foikb.link.LogChecker;
import org.foikb.load.ContentLoader;
import org.foikb.load.LoadCache;
import org.foikb.load.LoadedContent;
import org.foikb.markdown.Markdown;
import org.foikb.model.DisclosureLog;
import org.foikb.output.MadeFrom;
import org.foikb.output.ReportFile;
import org.foikb.output.SiteWriter;
import org.foikb.render.SiteRenderer;
import org.foikb.report.ReportHtml;
import org.foikb.report.StaffReport;
import org.foikb.search.SearchIndex;
import org.foikb.search.SimilarQuestions;
import org.foikb.search.SimilarQuestionsFile;
import org.foikb.template.Templates;

/**
 * The pipeline, in order: read and hash the inputs, load (each file read and its body parsed,
 * once), check, open the site, cross-references, the pages other than requests', the request pages,
 * the search index, swap in and keep the caches. The "asked before" lists are found beside the
 * cross-references and the other pages. The pages and the index take the bodies the load stage
 * parsed: nothing after it reads {@code content/}, so a file edited during a build cannot put text
 * on the site that was not checked. Each stage is timed.
 *
 * <pre>{@code
 * Build.Result result = new Build(Path.of("content"), Optional.empty(), false).run(Optional.of(out));
 * result.diagnostics().sorted().forEach(d -> System.err.println(d.format()));
 * }</pre>
 *
 * @param strict whether warnings stop the build too
 * @param searchIndex whether to build the search index and the "asked before" lists; without them a
 *     build is quicker (for previews and for measuring what the index costs)
 * @param staffReport where to write the staff report (HTML) after a site is written, if anywhere
 * @param clean whether to write every file afresh rather than keep the old site's unchanged files,
 *     and read every file rather than take unchanged ones from the load cache
 * @param loadCache the folder of the load cache, if any (see {@link LoadCache})
 */
public record Build(
    Path content,
    Optional<Path> templates,
    boolean strict,
    boolean searchIndex,
    Optional<Path> staffReport,
    boolean clean,
    Optional<Path> loadCache) {

  public Build(Path content, Optional<Path> templates, boolean strict, boolean searchIndex) {
    this(content, templates, strict, searchIndex, Optional.empty(), false, Optional.empty());
  }

  public Build(Path content, Optional<Path> templates, boolean strict) {
    this(content, templates, strict, true);
  }

  /**
   * The same build, which also writes the staff report to {@code file} after each site it writes.
   * The report lies outside the site: it is for the authority's staff, not the public.
   */
  public Build withStaffReport(Path file) {
    return new Build(content, templates, strict, searchIndex, Optional.of(file), clean, loadCache);
  }

  /**
   * The same build, keeping what it learns of each request file in {@code folder} and taking from
   * there the files that have not changed since the last build that did.
   */
  public Build withLoadCache(Path folder) {
    return new Build(
        content, templates, strict, searchIndex, staffReport, clean, Optional.of(folder));
  }

  /** Where the CLI keeps the load cache of a site built into {@code out}: beside it. */
  public static Path loadCacheBeside(Path out) {
    Path absolute = out.toAbsolutePath().normalize();
    return absolute.resolveSibling(absolute.getFileName() + ".foikb-cache");
  }

  /**
   * The same build, writing every file afresh: without it, a file whose bytes are unchanged is the
   * old site's file, kept rather than written again.
   */
  public Build withClean() {
    return new Build(content, templates, strict, searchIndex, staffReport, true, loadCache);
  }

  /** How long a stage took. */
  public record StageTime(String stage, long millis) {}

  /**
   * What a run found and did; {@code log} is empty when the content was refused. A build that wrote
   * the site also keeps the cross-references it made and, with the index, the similar questions, so
   * that the staff report need not find them again.
   *
   * @param upToDate whether nothing was done because the site was up to date (see {@link
   *     #runUnlessUpToDate})
   * @param preview for a build that wrote the site, what previews its requests' edits until the
   *     next one does
   */
  public record Result(
      Diagnostics diagnostics,
      Optional<DisclosureLog> log,
      List<StageTime> times,
      boolean written,
      Optional<CrossIndex> crossIndex,
      Optional<SimilarQuestions> similarQuestions,
      Optional<StaffReport> staffReport,
      boolean upToDate,
      Optional<RequestPreview> preview) {
    public Result(
        Diagnostics diagnostics,
        Optional<DisclosureLog> log,
        List<StageTime> times,
        boolean written) {
      this(
          diagnostics,
          log,
          times,
          written,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          false,
          Optional.empty());
    }

    private static Result ofUpToDate() {
      return new Result(
          new Diagnostics(),
          Optional.empty(),
          List.of(),
          false,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          true,
          Optional.empty());
    }

    /** Each stage and how long it took, as "load and parse 812 ms, check 31 ms, …". */
    public String stageSummary() {
      return times.stream()
          .map(t -> t.stage() + " " + t.millis() + " ms")
          .collect(Collectors.joining(", "));
    }

    public boolean failed(boolean strict) {
      return diagnostics.hasErrors() || (strict && diagnostics.warningCount() > 0);
    }
  }

  /**
   * Whether {@code out} holds the site this build would write: it records the digest of the same
   * content, templates, options and foikb. A site that records none is never up to date.
   */
  public boolean upToDate(Path out) {
    return upToDate(out, inputs(note -> {}));
  }

  private static boolean upToDate(Path out, BuildInputs inputs) {
    return Files.isDirectory(out)
        && SiteWriter.recordedInputs(out).filter(inputs.digest()::equals).isPresent();
  }

  private BuildInputs inputs(Consumer<String> notes) {
    FileStamps stamps =
        loadCache
            .map(
                folder ->
                    clean
                        ? FileStamps.none(Instant.now())
                        : FileStamps.after(folder.resolve(STAMPS), Instant.now(), notes))
            .orElseGet(FileStamps::off);
    return BuildInputs.read(content, templates, options(), stamps);
  }

  /** Where the cache keeps the stamps of the input files, and their digests. */
  private static final String STAMPS = "stamps.bin";

  /**
   * Keeps the stamps the inputs took for the next build, unless every one was the last build's. A
   * build that finds its site up to date keeps them too, without the cache's lock: they are written
   * whole under a new name and then renamed, so that two builds at once leave one whole file.
   */
  private void keepStamps(BuildInputs inputs) {
    FileStamps stamps = inputs.stamps();
    if (stamps.keeps() && stamps.reused() < stamps.size()) {
      loadCache.ifPresent(folder -> stamps.write(folder.resolve(STAMPS)));
    }
  }

  private String options() {
    return "strict=" + strict + " searchIndex=" + searchIndex;
  }

  /** Checks the content and, given an output folder and no errors, builds the site into it. */
  public Result run(Optional<Path> out) {
    return run(out, Progress.SILENT);
  }

  /** Like {@link #run(Optional)}, telling {@code progress} of each stage as it starts and ends. */
  public Result run(Optional<Path> out, Progress progress) {
    Stages stages = new Stages(progress);
    BuildInputs inputs = out.isPresent() ? readInputs(stages) : NO_INPUTS;
    return run(out, stages, inputs);
  }

  private BuildInputs readInputs(Stages stages) {
    stages.start("read the inputs");
    BuildInputs inputs = inputs(stages.progress::note);
    stages.end();
    FileStamps stamps = inputs.stamps();
    if (stamps.reused() > 0) {
      stages.progress.note(
          String.format(
              Locale.ROOT,
              "%,d of %,d input files have the size and times the last build saw; not read again",
              stamps.reused(),
              stamps.size()));
    }
    return inputs;
  }

  private static final BuildInputs NO_INPUTS =
      new BuildInputs("", Map.of(), new byte[0], FileStamps.off());

  /**
   * Builds the site into {@code out} unless it is {@link #upToDate} (and this build is not clean),
   * reading and hashing the inputs once for both: the result says which.
   */
  public Result runUnlessUpToDate(Path out, Progress progress) {
    Stages stages = new Stages(progress);
    BuildInputs inputs = readInputs(stages);
    if (!clean && upToDate(out, inputs)) {
      keepStamps(inputs);
      return Result.ofUpToDate();
    }
    return run(Optional.of(out), stages, inputs);
  }

  private Result run(Optional<Path> out, Stages stages, BuildInputs inputs) {
    Progress progress = stages.progress;
    out.ifPresent(folder -> SiteWriter.checkReplaceable(folder, content));
    if (out.isPresent() && staffReport.isPresent()) {
      ReportFile.checkPlace(staffReport.get(), out.get(), content);
    }
    out.ifPresent(SiteWriter::repair);
    // only a build that renders keeps the parsed bodies, or has a cache
    stages.start("load and parse");
    Optional<Path> cacheFolder = out.isPresent() ? loadCache : Optional.empty();
    try (LoadCache cache =
            cacheFolder
                .map(
                    folder ->
                        LoadCache.open(
                            folder, BuildInputs.code(), siteYaml(), !clean, progress::note))
                .orElseGet(LoadCache::none);
        ParsedBodies bodies = out.isEmpty() ? ParsedBodies.none() : cache.newBodies()) {
      return run(out, inputs, cache, bodies, stages);
    }
  }

  /** The bytes of {@code site.yaml}, which the load cache depends on; none if it cannot be read. */
  private byte[] siteYaml() {
    try {
      return Files.readAllBytes(content.resolve("site.yaml"));
    } catch (IOException e) {
      return new byte[0];
    }
  }

  /**
   * The build proper. {@code inputs} were read before loading, so that an edit made during the
   * build makes the next one run; the loader takes unchanged request files from the cache by the
   * digests they give, without reading them again.
   */
  private Result run(
      Optional<Path> out, BuildInputs inputs, LoadCache cache, ParsedBodies bodies, Stages stages) {
    Diagnostics diagnostics = new Diagnostics();
    LoadedContent loaded =
        new ContentLoader(new Markdown(), bodies, cache, inputs.contentFiles())
            .load(content, diagnostics);
    if (cache.damaged() > 0) {
      stages.progress.note(
          String.format(
              Locale.ROOT,
              "%,d parsed bodies in the load cache in %s failed their check; their files were read"
                  + " again",
              cache.damaged(),
              cache.folder().orElseThrow()));
    }
    if (cache.taken() > 0) {
      stages.progress.note(
          String.format(
              Locale.ROOT,
              "%,d of %,d request files unchanged since the last build, taken from the load cache",
              cache.taken(),
              loaded.requestDrafts().size()));
    }
    stages.start("check");
    Optional<DisclosureLog> log = LogChecker.check(loaded, diagnostics);
    stages.end();
    boolean refused = diagnostics.hasErrors() || (strict && diagnostics.warningCount() > 0);
    if (log.isEmpty() || refused || out.isEmpty()) {
      return new Result(diagnostics, refused ? Optional.empty() : log, stages.times, false);
    }
    DisclosureLog checked = log.get();
    ForkJoinPool similarPool = new ForkJoinPool(1);
    CrossIndex index;
    SimilarQuestions matches;
    Templates pageTemplates;
    stages.start("open the site");
    Optional<Path> pagesFile = cache.folder().map(folder -> folder.resolve(PAGES_MADE_FROM));
    MadeFrom previousPages =
        pagesFile
            .filter(file -> !clean)
            .map(
                file ->
                    MadeFrom.read(
                        file, SiteWriter.recordedInputs(out.get()), stages.progress::note))
            .orElseGet(MadeFrom::none);
    try (SiteWriter writer = SiteWriter.open(out.get(), inputs.digest(), !clean, previousPages)) {
      stages.filesWritten = writer::filesWritten;
      // the "asked before" lists need only the checked log, and request pages alone show them:
      // they take the cores the cross-references (serial work) and the other pages (which end on
      // one long list) leave idle. One thread of their own, their parallel streams included: in
      // the shared pool they took its one worker too, and the cross-references took 7.8 s
      // instead of 3.2 (5.5 s beside one thread) at 100,000 requests.
      stages.start("cross-references");
      CompletableFuture<AskedBefore> similar =
          searchIndex
              ? CompletableFuture.supplyAsync(
                  () -> askedBefore(checked, cache, stages.progress), similarPool)
              : CompletableFuture.completedFuture(
                  new AskedBefore(SimilarQuestions.none(), Optional.empty()));
      index = besideTask(() -> CrossIndex.of(checked), similar);
      pageTemplates = new Templates(templates);
      SiteRenderer renderer =
          new SiteRenderer(
              checked, index, pageTemplates, bodies, loaded.digests(), inputs.pageInputs(), writer);
      stages.start(
          searchIndex ? "render other pages, \"asked before\" lists" : "render other pages");
      AskedBefore asked =
          besideTask(
              () -> {
                renderer.renderOthers();
                return Results.await(similar);
              },
              similar);
      matches = asked.similar();
      stages.start("render requests");
      renderer.renderRequests(matches);
      if (searchIndex) {
        stages.start("search index");
        SearchIndex.build(checked, bodies, writer);
      }
      stages.start("swap in and keep the caches");
      renderer.finish();
      writer.commit();
      // kept only with a site made from it, so that a refused or failed build writes nothing
      cache.save(bodies);
      keepStamps(inputs);
      pagesFile.ifPresent(file -> writer.madeFrom().write(file));
      asked.toKeep().ifPresent(digest -> keep(cache, digest, asked.similar()));
      stages.end();
      if (writer.pagesKept() > 0) {
        stages.progress.note(
            String.format(
                Locale.ROOT,
                "%,d of %,d pages were made from what the last build made them from, and kept"
                    + " without being rendered again",
                writer.pagesKept(),
                writer.pagesMade()));
      }
    } finally {
      similarPool.shutdown();
    }
    Optional<StaffReport> report = Optional.empty();
    if (staffReport.isPresent()) {
      stages.start("staff report");
      // a build without the index found no similar questions; the report still needs them
      SimilarQuestions similar = searchIndex ? matches : SimilarQuestions.of(checked);
      report = Optional.of(StaffReport.of(checked, index, similar, Clock.systemDefaultZone()));
      try {
        ReportFile.write(staffReport.get(), ReportHtml.render(report.get()));
      } catch (IOException e) {
        throw new UncheckedIOException("could not write the staff report " + staffReport.get(), e);
      }
      stages.end();
    }
    return new Result(
        diagnostics,
        log,
        stages.times,
        true,
        Optional.of(index),
        searchIndex ? Optional.of(matches) : Optional.empty(),
        report,
        false,
        Optional.of(
            new RequestPreview(
                this,
                loaded,
                index,
                matches,
                pageTemplates,
                inputs.pageInputs(),
                inputs.contentFiles().keySet())));
  }

  /** The "asked before" lists, and the digest to keep them under if they were found afresh. */
  private record AskedBefore(SimilarQuestions similar, Optional<String> toKeep) {}

  private static final String ASKED_BEFORE = "asked-before.bin";

  /** Where the cache keeps what each page of the site in place was made from. */
  private static final String PAGES_MADE_FROM = "pages.bin";

  /** The lists kept by the last build if they were made from the same questions, else found. */
  private AskedBefore askedBefore(DisclosureLog log, LoadCache cache, Progress progress) {
    if (cache.folder().isEmpty()) {
      return new AskedBefore(SimilarQuestions.of(log), Optional.empty());
    }
    String inputs = SimilarQuestionsFile.inputs(log, BuildInputs.code());
    if (!clean) {
      Optional<SimilarQuestions> kept =
          SimilarQuestionsFile.read(
              cache.folder().get().resolve(ASKED_BEFORE), inputs, log, progress::note);
      if (kept.isPresent()) {
        progress.note(
            "no question, title, summary or topic changed since the last build, so its \"asked"
                + " before\" lists were used again");
        return new AskedBefore(kept.get(), Optional.empty());
      }
    }
    return new AskedBefore(SimilarQuestions.of(log), Optional.of(inputs));
  }

  private static void keep(LoadCache cache, String inputs, SimilarQuestions similar) {
    cache
        .folder()
        .ifPresent(
            folder -> SimilarQuestionsFile.write(folder.resolve(ASKED_BEFORE), inputs, similar));
  }

  /** Times each stage, from its start to the next one's, and tells the progress of both. */
  private static final class Stages {
    final List<StageTime> times = new ArrayList<>();
    final Progress progress;
    LongSupplier filesWritten = () -> 0;
    private String current;
    private long started;

    Stages(Progress progress) {
      this.progress = progress;
    }

    void start(String stage) {
      end();
      current = stage;
      started = System.nanoTime();
      progress.started(stage, filesWritten);
    }

    void end() {
      if (current != null) {
        StageTime time = new StageTime(current, (System.nanoTime() - started) / 1_000_000);
        times.add(time);
        current = null;
        progress.ended(time);
      }
    }
  }

  /**
   * Does {@code work} while {@code task} runs on another thread; if the work fails, what it threw
   * is rethrown once the task has stopped, so that a failed build leaves nothing running.
   */
  private static <T> T besideTask(Supplier<T> work, CompletableFuture<?> task) {
    try {
      return work.get();
    } catch (RuntimeException | Error e) {
      task.handle((ignored, failure) -> null).join();
      throw e;
    }
  }
}
