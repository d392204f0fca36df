package org.foikb.render;

import java.util.Comparator;
import java.util.List;
import org.foikb.model.ActSection;
import org.foikb.model.Page;
import org.foikb.model.PublishedSource;
import org.foikb.template.HomeView;
import org.foikb.template.LinkView;
import org.foikb.template.TextPageView;

/** Renders the home page, free pages, the search page and the 404 page. */
final class OtherPages {
  private static final int LATEST = 10;
  private static final int TOP = 8;

  private final RenderContext context;

  OtherPages(RenderContext context) {
    this.context = context;
  }

  void renderAll() {
    home();
    for (Page page : context.log.pages()) {
      freePage(page);
    }
    search();
    ask();
    notFound();
  }

  private void home() {
    var urls = context.urls;
    var log = context.log;
    var index = context.index;
    List<LinkView> topSources =
        log.sources().stream()
            .filter(s -> index.citationCount(s.id()) > 0)
            .sorted(
                Comparator.comparingInt((PublishedSource s) -> -index.citationCount(s.id()))
                    .thenComparing(PublishedSource::id))
            .limit(TOP)
            .map(s -> new LinkView(s.title(), urls.source(s.id()), index.citationCount(s.id())))
            .toList();
    List<LinkView> topSections =
        log.sections().stream()
            .filter(
                s -> s.kind() == ActSection.Kind.EXEMPTION && index.applicationCount(s.id()) > 0)
            .sorted(
                Comparator.comparingInt((ActSection s) -> -index.applicationCount(s.id()))
                    .thenComparing(ActSection::id))
            .limit(TOP)
            .map(
                s ->
                    new LinkView(
                        s.displayName() + " – " + s.title(),
                        urls.section(s.id()),
                        index.applicationCount(s.id())))
            .toList();
    List<LinkView> years =
        index.years().stream()
            .map(y -> new LinkView(String.valueOf(y), urls.year(y), index.inYear(y).size()))
            .toList();
    int questions = log.requests().stream().mapToInt(r -> r.questions().size()).sum();
    var site = log.site();
    context.writePage(
        urls.home(),
        "home",
        new HomeView(
            context.layout(
                site.title(),
                "Answers " + site.authority() + " has given to Freedom of Information requests.",
                urls.home(),
                "home",
                List.of()),
            site.title(),
            site.authority(),
            log.requests().size(),
            questions,
            log.sections().size(),
            log.sources().size(),
            log.requests().stream().limit(LATEST).map(context::summary).toList(),
            topSources,
            topSections,
            years,
            ListPages.outcomeLinks(context),
            urls.requests()));
  }

  private void freePage(Page page) {
    try {
      String url = context.urls.page(page.slug());
      context.writePage(
          url,
          "page",
          new TextPageView(
              context.layout(
                  page.title(), page.summary().orElse(page.title()), url, "page", context.crumbs()),
              page.title(),
              context.bodies.whole(page.path()).htmlOrNull(),
              List.of()));
    } catch (RuntimeException | StackOverflowError e) {
      throw new RenderException(page.path(), e);
    }
  }

  private List<LinkView> browseLinks() {
    var urls = context.urls;
    return List.of(
        new LinkView("All requests, newest first", urls.requests(), context.log.requests().size()),
        new LinkView("Requests by outcome", urls.outcomes()),
        new LinkView("Topics", urls.topics(), context.index.topicSlugs().size()),
        new LinkView("Sections of the Act", urls.sections(), context.log.sections().size()),
        new LinkView("Published information", urls.sources(), context.log.sources().size()));
  }

  private void search() {
    String url = context.urls.search();
    context.writePage(
        url,
        "search",
        new TextPageView(
            context.layout("Search", "Search the disclosure log.", url, "search", context.crumbs()),
            "Search the disclosure log",
            null,
            searchLinks()));
  }

  /** Where a reader without JavaScript can look instead: the browse pages and every year. */
  private List<LinkView> searchLinks() {
    List<LinkView> links = new java.util.ArrayList<>(browseLinks());
    for (int year : context.index.years()) {
      links.add(
          new LinkView(
              "Requests answered in " + year,
              context.urls.year(year),
              context.index.inYear(year).size()));
    }
    return links;
  }

  private void ask() {
    String url = context.urls.ask();
    context.writePage(
        url,
        "ask",
        new TextPageView(
            context.layout(
                "Has it been asked before?",
                "Paste a draft request and see which of its questions were answered before.",
                url,
                "search",
                context.crumbs()),
            "Has it been asked before?",
            null,
            browseLinks()));
  }

  private void notFound() {
    context.writer.write(
        "404.html",
        context.templates.render(
            "not-found",
            new TextPageView(
                context.layout(
                    "Page not found",
                    "Page not found",
                    context.urls.home() + "404.html",
                    "none",
                    context.crumbs()),
                "Page not found",
                null,
                browseLinks())));
  }
}
