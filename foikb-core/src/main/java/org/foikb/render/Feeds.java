package org.foikb.render;

import java.util.ArrayList;
import java.util.List;
import org.foikb.model.Request;

/**
 * Writes the Atom feeds of the latest responses (the whole log's and each topic's), {@code
 * robots.txt}, and, once every page is written, {@code sitemap.xml} (split past the protocol's
 * 50,000 URLs), which lists every HTML page written but the 404 page.
 */
final class Feeds {
  static final int SITEMAP_LIMIT = 50_000;
  static final int FEED_SIZE = 50;

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

  void renderFeeds() {
    var site = context.log.site();
    feed(
        "feed.xml",
        site.title() + " – " + site.authority(),
        context.urls.home(),
        context.log.requests());
    for (String slug : context.index.topicSlugs()) {
      feed(
          context.fileFor(context.urls.topic(slug)).replace("index.html", "feed.xml"),
          site.title() + ": " + context.index.topicName(slug) + " – " + site.authority(),
          context.urls.topic(slug),
          context.index.withTopic(slug));
    }
    context.writer.write(
        "robots.txt",
        "User-agent: *\nAllow: /\nSitemap: "
            + context.absolute(context.urls.home() + "sitemap.xml")
            + "\n");
  }

  /** Lists every page written so far: call it once every page is written. */
  void renderSitemap() {
    List<Entry> entries =
        context.pagesWritten.stream()
            .sorted(java.util.Comparator.comparing(RenderContext.SitemapEntry::sitePath))
            .map(
                p ->
                    new Entry(
                        context.absolute(p.sitePath()),
                        p.lastmod() == null ? null : p.lastmod().toString()))
            .toList();
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
      parts.add(new Entry(context.absolute(context.urls.home() + name), null));
    }
    context.writer.write(
        "sitemap.xml", context.templates.render("sitemap-index", new SitemapIndex(parts)));
  }

  private void feed(String file, String title, String pagePath, List<Request> requests) {
    var urls = context.urls;
    List<FeedEntry> entries =
        requests.stream()
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
        requests.isEmpty() ? "1970-01-01T00:00:00Z" : requests.get(0).responded() + "T00:00:00Z";
    context.writer.write(
        file,
        context.templates.render(
            "feed",
            new Feed(
                title,
                context.log.site().authority(),
                context.absolute(urls.home() + file),
                context.absolute(urls.home() + file),
                context.absolute(pagePath),
                updated,
                entries)));
  }
}
