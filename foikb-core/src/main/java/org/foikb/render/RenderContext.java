package org.foikb.render;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.foikb.body.ParsedBodies;
import org.foikb.digest.Digests;
import org.foikb.digest.FileDigests;
import org.foikb.link.CrossIndex;
import org.foikb.link.SiteUrls;
import org.foikb.model.DisclosureLog;
import org.foikb.model.Question;
import org.foikb.model.Request;
import org.foikb.output.PageFiles;
import org.foikb.template.LayoutView;
import org.foikb.template.LinkView;
import org.foikb.template.RequestSummaryView;
import org.foikb.template.Templates;

/** What every page renderer shares; configured once per build, safe to use from many threads. */
final class RenderContext {
  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** The month names {@link #LONG_DATE} writes. */
  private static final String[] MONTHS = new String[12];

  static {
    for (int month = 1; month <= 12; month++) {
      MONTHS[month - 1] =
          LocalDate.of(2000, month, 1).format(DateTimeFormatter.ofPattern("MMMM", Locale.UK));
    }
  }

  final DisclosureLog log;
  final CrossIndex index;
  final SiteUrls urls;
  final Templates templates;
  final ParsedBodies bodies;
  final PageFiles writer;
  private final FileDigests files;
  private final byte[] base;
  private final String origin;

  /** The scheme, host and port of {@code base-url}, with no path. */
  String origin() {
    return origin;
  }

  RenderContext(
      DisclosureLog log,
      CrossIndex index,
      Templates templates,
      ParsedBodies bodies,
      FileDigests files,
      byte[] inputs,
      PageFiles writer) {
    this.log = log;
    this.files = files;
    this.base = base(log, inputs);
    this.index = index;
    this.urls = new SiteUrls(log.site().basePath());
    this.templates = templates;
    this.bodies = bodies;
    this.writer = writer;
    String base = log.site().baseUrl();
    this.origin = base.substring(0, base.length() - log.site().basePath().length());
  }

  /**
   * The absolute address of a site path, for canonical links, permalinks, feeds and the sitemap.
   */
  String absolute(String sitePath) {
    return origin + sitePath;
  }

  /** Every HTML page written, for the sitemap, which is written last. */
  final java.util.Queue<SitemapEntry> pagesWritten =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  /** A page for the sitemap: its site path and when what it shows last changed. */
  record SitemapEntry(String sitePath, LocalDate lastmod) {}

  /**
   * What every page depends on: foikb, the templates and the options ({@code inputs}), the site's
   * settings, and the names of the sections, published sources and free pages, which the layout and
   * many pages show. Their bodies are not part of it: only their own pages show those.
   */
  private static byte[] base(DisclosureLog log, byte[] inputs) {
    MessageDigest sha = Digests.sha256();
    sha.update(inputs);
    Digests.update(sha, log.site().toString());
    log.sections().forEach(s -> Digests.update(sha, s.toString()));
    log.sources().forEach(s -> Digests.update(sha, s.toString()));
    log.pages().forEach(p -> Digests.update(sha, p.toString()));
    return sha.digest();
  }

  /** A key for a page rendered with {@code template}, to which its renderer adds what it shows. */
  PageKey key(String template) {
    return new PageKey(base, files, template);
  }

  /**
   * Writes the page at {@code sitePath} made from {@code key}: the old site's file if the last
   * build made it from the same key, else {@code view} rendered with {@code template}.
   */
  void writePage(
      String sitePath, String template, PageKey key, LocalDate lastmod, Supplier<Object> view) {
    String file = fileFor(sitePath);
    byte[] digest = key.digest();
    if (!writer.keepMadeFrom(file, digest)) {
      writer.write(file, templates.render(template, view.get()).getBytes(UTF_8), digest);
    }
    pagesWritten.add(new SitemapEntry(sitePath, lastmod));
  }

  /**
   * Renders a template and writes it as {@code <sitePath>index.html}; the sitemap gives it the date
   * of the log's newest response, since it may show any of them.
   */
  void writePage(String sitePath, String template, Object view) {
    writePage(sitePath, template, view, newestResponse());
  }

  /** As {@link #writePage(String, String, Object)}, with the date the page's contents changed. */
  void writePage(String sitePath, String template, Object view, LocalDate lastmod) {
    writer.write(fileFor(sitePath), templates.render(template, view));
    pagesWritten.add(new SitemapEntry(sitePath, lastmod));
  }

  /** The newest response of the log, or null for a log of no requests. */
  LocalDate newestResponse() {
    return log.requests().isEmpty() ? null : log.requests().get(0).responded();
  }

  String fileFor(String sitePath) {
    String relative = sitePath.substring(urls.basePath().length());
    return relative.isEmpty() ? "index.html" : relative + "index.html";
  }

  static String date(LocalDate date) {
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      // the pattern pads short years and signs long ones
      return date.format(LONG_DATE);
    }
    // a formatter walks its pattern for every date; a page can show dozens (each "asked before"
    // match has one), and at 100,000 requests the formatter took seconds
    return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + year;
  }

  LayoutView layout(
      String pageTitle,
      String description,
      String sitePath,
      String section,
      List<LinkView> breadcrumbs) {
    var site = log.site();
    return new LayoutView(
        site.language(),
        site.title(),
        site.authority(),
        pageTitle,
        description,
        absolute(sitePath),
        urls.home(),
        urls.asset("site.css"),
        urls.asset("site.js"),
        urls.asset("favicon.svg"),
        urls.home() + "feed.xml",
        "Latest responses",
        urls.search(),
        site.notice().orElse(null),
        List.of(
            new LayoutView.NavItem("Requests", urls.requests(), "requests".equals(section)),
            new LayoutView.NavItem(
                "Sections of the Act", urls.sections(), "sections".equals(section)),
            new LayoutView.NavItem(
                "Published information", urls.sources(), "published".equals(section)),
            new LayoutView.NavItem("Topics", urls.topics(), "topics".equals(section)),
            new LayoutView.NavItem(
                "Statistics", urls.home() + STATISTICS, "statistics".equals(section)),
            new LayoutView.NavItem("Search", urls.search(), "search".equals(section))),
        breadcrumbs,
        footerLinks(),
        List.of(),
        null);
  }

  /** The site path, below the base path, of the statistics page. */
  static final String STATISTICS = "statistics/";

  /** The site path, below the base path, of the page explaining the open data. */
  static final String DATA = "data/";

  private List<LinkView> footerLinks() {
    List<LinkView> links = new java.util.ArrayList<>();
    log.pages().forEach(p -> links.add(new LinkView(p.title(), urls.page(p.slug()))));
    links.add(new LinkView("Open data", urls.home() + DATA));
    return links;
  }

  List<LinkView> crumbs(LinkView... trail) {
    var list = new java.util.ArrayList<LinkView>();
    list.add(new LinkView("Home", urls.home()));
    list.addAll(List.of(trail));
    return list;
  }

  RequestSummaryView summary(Request request) {
    return summary(request, List.of());
  }

  /** A request in a list, naming the given questions (0 stands for the request as a whole). */
  RequestSummaryView summary(Request request, List<Integer> questionNumbers) {
    String slug = request.slug();
    List<RequestSummaryView.QuestionLinkView> questions =
        questionNumbers.stream()
            .filter(n -> n > 0)
            .map(
                n -> {
                  Question q = request.questions().get(n - 1);
                  return new RequestSummaryView.QuestionLinkView(
                      n, q.ask(), urls.question(slug, n), q.outcome().label(), q.outcome().slug());
                })
            .toList();
    return new RequestSummaryView(
        request.reference(),
        request.title(),
        urls.request(slug),
        date(request.responded()),
        request.responded().toString(),
        request.summary().orElse(null),
        request.overallOutcome().label(),
        request.overallOutcome().slug(),
        request.questions().size(),
        questions);
  }
}
