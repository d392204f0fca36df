package org.foikb.render;

import java.util.ArrayList;
import java.util.List;
import org.foikb.model.Request;

/**
 * Writes {@code sitemap.xml} (split past the protocol's 50,000 URLs) and the Atom feed of latest
 * responses.
 */
final class Feeds {
  static final int SITEMAP_LIMIT = 50_000;
  private static final int FEED_SIZE = 20;

  /** Views for the XML templates. */
  record UrlSet(List<Entry> urls) {}

  record Entry(String loc, String lastmod) {}

  record SitemapIndex(List<Entry> sitemaps) {}

  record Feed(
      String title,
      String authority,
      String id,
      String self,
      String home,
      String updated,
      List<FeedEntry> entries) {}

  record FeedEntry(String title, String url, String updated, String summary) {}

  private final RenderContext context;

  Feeds(RenderContext context) {
    this.context = context;
  }

  void renderAll() {
    sitemap();
    feed();
  }

  private void sitemap() {
    var urls = context.urls;
    List<Entry> entries = new ArrayList<>();
    entries.add(new Entry(context.absolute(urls.home()), null));
    entries.add(new Entry(context.absolute(urls.requests()), null));
    entries.add(new Entry(context.absolute(urls.sections()), null));
    entries.add(new Entry(context.absolute(urls.sources()), null));
    entries.add(new Entry(context.absolute(urls.topics()), null));
    context
        .log
        .pages()
        .forEach(p -> entries.add(new Entry(context.absolute(urls.page(p.slug())), null)));
    context
        .log
        .sections()
        .forEach(s -> entries.add(new Entry(context.absolute(urls.section(s.id())), null)));
    context
        .log
        .sources()
        .forEach(s -> entries.add(new Entry(context.absolute(urls.source(s.id())), null)));
    for (Request request : context.log.requests()) {
      entries.add(
          new Entry(
              context.absolute(urls.request(request.slug())), request.responded().toString()));
    }
    if (entries.size() <= SITEMAP_LIMIT) {
      context.writer.write("sitemap.xml", context.templates.render("sitemap", new UrlSet(entries)));
      return;
    }
    List<Entry> parts = new ArrayList<>();
    for (int from = 0, n = 1; from < entries.size(); from += SITEMAP_LIMIT, n++) {
      String name = "sitemap-" + n + ".xml";
      context.writer.write(
          name,
          context.templates.render(
              "sitemap",
              new UrlSet(entries.subList(from, Math.min(entries.size(), from + SITEMAP_LIMIT)))));
      parts.add(new Entry(context.absolute(urls.home() + name), null));
    }
    context.writer.write(
        "sitemap.xml", context.templates.render("sitemap-index", new SitemapIndex(parts)));
  }

  private void feed() {
    var urls = context.urls;
    var site = context.log.site();
    List<FeedEntry> entries =
        context.log.requests().stream()
            .limit(FEED_SIZE)
            .map(
                r ->
                    new FeedEntry(
                        r.reference() + ": " + r.title(),
                        context.absolute(urls.request(r.slug())),
                        r.responded() + "T00:00:00Z",
                        r.summary().orElse(r.overallOutcome().label())))
            .toList();
    String updated =
        context.log.requests().isEmpty()
            ? "1970-01-01T00:00:00Z"
            : context.log.requests().get(0).responded() + "T00:00:00Z";
    context.writer.write(
        "feed.xml",
        context.templates.render(
            "feed",
            new Feed(
                site.title(),
                site.authority(),
                context.absolute(urls.home()),
                context.absolute(urls.home() + "feed.xml"),
                context.absolute(urls.home()),
                updated,
                entries)));
  }
}
