package org.foikb.build;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.foikb.body.ParsedBodies;
import org.foikb.diag.Diagnostics;
import org.foikb.link.CrossIndex;
import org.foikb.link.LogChecker;
import org.foikb.load.ContentLoader;
import org.foikb.load.LoadCache;
import org.foikb.load.LoadedContent;
import org.foikb.load.RequestDraft;
import org.foikb.markdown.Markdown;
import org.foikb.model.DisclosureLog;
import org.foikb.model.Request;
import org.foikb.output.FilesInMemory;
import org.foikb.render.SiteRenderer;
import org.foikb.search.SimilarQuestions;
import org.foikb.template.Templates;

/**
 * The pages of edited request files, made at once for {@code serve} to show while the whole site is
 * rebuilt: each file is read again and the whole log checked with it, as a build would, but the
 * page is rendered from the last build's cross-references and "asked before" lists, so it can lag
 * the rebuild only in those lists. Nothing is written; the rebuild that follows makes the site.
 *
 * <pre>{@code
 * RequestPreview preview = build.run(Optional.of(out)).preview().orElseThrow();
 * if (preview.covers(paths)) {
 *   RequestPreview.Shown shown = preview.show(paths);
 * }
 * }</pre>
 *
 * <p>It keeps what the last build loaded, updated by each preview, so that a file left broken by
 * one preview is still reported by the next. Used from one thread.
 */
public final class RequestPreview {
  private final Build build;
  private final CrossIndex index;
  private final SimilarQuestions similar;
  private final Templates templates;
  private final byte[] pageInputs;
  private final Markdown markdown = new Markdown();
  private LoadedContent loaded;
  private final Set<String> requestFiles;
  private final Set<String> contentFiles;

  RequestPreview(
      Build build,
      LoadedContent loaded,
      CrossIndex index,
      SimilarQuestions similar,
      Templates templates,
      byte[] pageInputs,
      Set<String> contentFiles) {
    this.build = build;
    this.loaded = loaded;
    this.index = index;
    this.similar = similar;
    this.templates = templates;
    this.pageInputs = pageInputs;
    this.contentFiles = contentFiles;
    this.requestFiles =
        loaded.requestDrafts().stream().map(RequestDraft::path).collect(Collectors.toSet());
  }

  /**
   * What a preview found: the content's problems, and unless they refuse it, each edited request's
   * page by its file's path below the site's root.
   */
  public record Shown(Diagnostics diagnostics, boolean refused, Map<String, byte[]> pages) {}

  /**
   * Whether a preview can show these changed files (paths in the content folder, '/' between
   * folders): only request files the last build read, edited, not added or removed.
   */
  public boolean covers(Collection<String> paths) {
    return !paths.isEmpty() && requestFiles.containsAll(paths);
  }

  /**
   * Whether the last build saw a file at this path in the content folder: one it did not see and
   * that is gone now came and went between builds, as an editor's or {@code sed -i}'s temporary
   * file does, and changes nothing.
   */
  public boolean lastBuildSaw(String path) {
    return contentFiles.contains(path);
  }

  /** Reads the files at {@code paths} again, checks the log with them and renders their pages. */
  public Shown show(List<String> paths) {
    if (!covers(paths)) {
      throw new IllegalArgumentException("not request files of the last build: " + paths);
    }
    Diagnostics diagnostics = new Diagnostics();
    try (ParsedBodies bodies = ParsedBodies.kept()) {
      ContentLoader loader = new ContentLoader(markdown, bodies, LoadCache.none(), Map.of());
      for (String path : paths) {
        loaded = loader.reloadRequest(build.content(), loaded, path, diagnostics);
      }
      Optional<DisclosureLog> log = LogChecker.check(loaded, diagnostics);
      if (log.isEmpty()
          || diagnostics.hasErrors()
          || (build.strict() && diagnostics.warningCount() > 0)) {
        return new Shown(diagnostics, true, Map.of());
      }
      FilesInMemory files = new FilesInMemory();
      SiteRenderer renderer =
          new SiteRenderer(
              log.get(), index, templates, bodies, loaded.digests(), pageInputs, files);
      Set<String> edited = Set.copyOf(paths);
      List<Request> requests =
          log.get().requests().stream().filter(r -> edited.contains(r.path())).toList();
      for (Request request : requests) {
        renderer.renderRequest(request, similar);
      }
      return new Shown(diagnostics, false, Map.copyOf(files.files()));
    }
  }
}
