package org.foikb.render;

import java.util.Comparator;
import java.util.List;
import org.foikb.link.CrossIndex;
import org.foikb.model.PublishedSource;
import org.foikb.template.LinkView;
import org.foikb.template.SourceListView;
import org.foikb.template.SourcePageView;

/** Renders {@code /published/} and {@code /published/<id>/}. */
final class SourcePages {
  /** Requests listed a page; a source cited thousands of times continues on further pages. */
  static final int BACKLINKS_PER_PAGE = 200;

  private final RenderContext context;

  SourcePages(RenderContext context) {
    this.context = context;
  }

  void renderAll() {
    context.log.sources().parallelStream().forEach(this::render);
    renderList();
  }

  private void render(PublishedSource source) {
    try {
      var citations = context.index.citationsOf(source.id());
      String url = context.urls.source(source.id());
      String description = context.bodies.whole(source.path()).htmlOrNull();
      int pages = Pages.count(citations.size(), BACKLINKS_PER_PAGE);
      // every page of a source shows the same list, so all of them changed when its newest did
      java.time.LocalDate lastmod =
          citations.stream()
              .map(c -> c.request().responded())
              .max(java.util.Comparator.naturalOrder())
              .orElse(context.newestResponse());
      for (int page = 1; page <= pages; page++) {
        String pageUrl = context.urls.requestsPage(url, page);
        List<CrossIndex.Citation> listed = Pages.slice(citations, page, BACKLINKS_PER_PAGE);
        PageKey key =
            context
                .key("published")
                .file(source.path())
                .text(citations.size() + " " + page + " of " + pages);
        SectionPages.add(key, listed);
        int current = page;
        context.writePage(
            pageUrl,
            "published",
            key,
            lastmod,
            () ->
                new SourcePageView(
                    context.layout(
                        source.title()
                            + (current > 1 ? " (page " + current + " of " + pages + ")" : ""),
                        "Published information: " + source.title(),
                        pageUrl,
                        "published",
                        context.crumbs(
                            new LinkView("Published information", context.urls.sources()))),
                    source.id(),
                    source.title(),
                    source.publisher().orElse(null),
                    source.url(),
                    source.checked().map(RenderContext::date).orElse(null),
                    source.checked().map(Object::toString).orElse(null),
                    description,
                    citations.size(),
                    listed.stream().map(c -> context.summary(c.request(), c.questions())).toList(),
                    current,
                    pages,
                    Pages.navigation(context.urls, url, current, pages)));
      }
    } catch (RuntimeException | StackOverflowError e) {
      throw new RenderException(source.path(), e);
    }
  }

  private void renderList() {
    var rows =
        context.log.sources().stream()
            .sorted(
                Comparator.comparing(
                    (PublishedSource s) -> s.title().toLowerCase(java.util.Locale.ROOT)))
            .map(
                s ->
                    new SourceListView.Row(
                        s.title(),
                        context.urls.source(s.id()),
                        s.publisher().orElse(null),
                        s.url(),
                        context.index.citationCount(s.id())))
            .toList();
    String url = context.urls.sources();
    context.writePage(
        url,
        "published-list",
        new SourceListView(
            context.layout(
                "Published information",
                "Information already published elsewhere, which answers point to.",
                url,
                "published",
                context.crumbs()),
            rows));
  }
}
