package org.foikb.load;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.foikb.diag.Diagnostic;
import org.foikb.diag.Diagnostics;
import org.foikb.model.Page;

/** Reads {@code pages/<slug>.md}. */
final class PageLoader {
  private static final List<String> FIELDS = List.of("title", "summary");

  /** Top-level paths the site itself uses; a free page may not take them. */
  static final Set<String> RESERVED =
      Set.of(
          "requests",
          "sections",
          "published",
          "topics",
          "outcomes",
          "search",
          "ask",
          "assets",
          "page",
          "404",
          "sitemap",
          "feed",
          "data",
          "statistics",
          "robots");

  private PageLoader() {}

  static Optional<Page> load(SourceFile source, Diagnostics diagnostics) {
    String slug = Ids.fileStem(source.path());
    if (!Ids.valid(slug)) {
      diagnostics.add(
          Diagnostic.error(source.path(), 0, 0, "invalid page file name '" + slug + "'")
              .withHint("page file names become URLs: " + Ids.HINT));
      return Optional.empty();
    }
    if (RESERVED.contains(slug)) {
      diagnostics.add(
          Diagnostic.error(
                  source.path(),
                  0,
                  0,
                  "a page cannot be called '" + slug + "': the site uses /" + slug + "/ itself")
              .withHint("rename the file"));
      return Optional.empty();
    }
    Optional<FrontMatter> split = FrontMatter.split(source, diagnostics);
    Optional<YamlFields> parsed =
        split.flatMap(fm -> YamlFields.parse(source.path(), fm.yaml(), fm.yamlLine(), diagnostics));
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    YamlFields fields = parsed.get();
    fields.warnUnknown(FIELDS);
    Optional<String> title = fields.requiredText("title", "add 'title: <the page heading>'");
    Optional<String> summary = fields.optionalText("summary");
    return title.map(t -> new Page(source.path(), slug, t, summary, split.get().bodyLine()));
  }
}
