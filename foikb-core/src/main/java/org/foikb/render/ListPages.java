package org.foikb.render;

import java.util.ArrayList;
import java.util.List;
import org.foikb.model.Outcome;
import org.foikb.model.Request;
import org.foikb.template.LinkView;
import org.foikb.template.ListPageView;
import org.foikb.template.TextPageView;

/** Renders the paginated request lists: the whole log, each year, each outcome and each topic. */
final class ListPages {
  static final int PAGE_SIZE = 20;

  private final RenderContext context;
  private final List<ListPageView.FilterGroup> filters;

  /** The filters as every list page's key has them: each year's and outcome's count. */
  private final String filtersText;

  ListPages(RenderContext context) {
    this.context = context;
    var urls = context.urls;
    List<LinkView> years =
        context.index.years().stream()
            .map(y -> new LinkView(String.valueOf(y), urls.year(y), context.index.inYear(y).size()))
            .toList();
    List<LinkView> outcomes = outcomeLinks(context);
    this.filters =
        List.of(
            new ListPageView.FilterGroup("By year", years),
            new ListPageView.FilterGroup("By outcome of a question", outcomes));
    this.filtersText = filters.toString();
  }

  static List<LinkView> outcomeLinks(RenderContext context) {
    List<LinkView> links = new ArrayList<>();
    for (Outcome outcome : Outcome.values()) {
      int count = context.index.withOutcome(outcome).size();
      if (count > 0) {
        links.add(new LinkView(outcome.label(), context.urls.outcome(outcome.slug()), count));
      }
    }
    return links;
  }

  void renderAll() {
    var urls = context.urls;
    List<Runnable> jobs = new ArrayList<>();
    jobs.add(
        () ->
            list(
                urls.requests(),
                "All requests",
                null,
                "Every published request, newest first.",
                context.log.requests(),
                null));
    for (int year : context.index.years()) {
      jobs.add(
          () ->
              list(
                  urls.year(year),
                  "Requests answered in " + year,
                  "Requests",
                  "Requests whose response was sent in " + year + ".",
                  context.index.inYear(year),
                  null));
    }
    for (Outcome outcome : Outcome.values()) {
      jobs.add(
          () ->
              list(
                  urls.outcome(outcome.slug()),
                  "Outcome: " + outcome.label(),
                  "Requests",
                  "Requests with at least one question whose outcome was '"
                      + outcome.label().toLowerCase(java.util.Locale.UK)
                      + "'.",
                  context.index.withOutcome(outcome),
                  null));
    }
    for (String slug : context.index.topicSlugs()) {
      jobs.add(
          () ->
              list(
                  urls.topic(slug),
                  "Topic: " + context.index.topicName(slug),
                  "Topics",
                  "Requests about " + context.index.topicName(slug) + ".",
                  context.index.withTopic(slug),
                  new LinkView(
                      "Latest responses on " + context.index.topicName(slug),
                      urls.topic(slug) + "feed.xml")));
    }
    jobs.parallelStream().forEach(Runnable::run);
    renderIndexes();
  }

  /** Writes one list's pages; {@code feed}, when not null, is the feed its pages offer. */
  private void list(
      String listUrl,
      String heading,
      String parentCrumb,
      String intro,
      List<Request> requests,
      LinkView feed) {
    int pages = Math.max(1, (requests.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    for (int page = 1; page <= pages; page++) {
      int from = (page - 1) * PAGE_SIZE;
      int to = Math.min(requests.size(), from + PAGE_SIZE);
      String url = context.urls.requestsPage(listUrl, page);
      PageKey key =
          context
              .key("requests")
              .text(listUrl)
              .text(heading)
              .text(parentCrumb)
              .text(intro)
              .text(feed)
              .text(filtersText)
              .text(page + " of " + pages + ", " + requests.size());
      requests.subList(from, to).forEach(key::request);
      int current = page;
      context.writePage(
          url,
          "requests",
          key,
          from < to ? requests.get(from).responded() : context.newestResponse(),
          () -> view(listUrl, heading, parentCrumb, intro, requests, feed, current, pages));
    }
  }

  private ListPageView view(
      String listUrl,
      String heading,
      String parentCrumb,
      String intro,
      List<Request> requests,
      LinkView feed,
      int page,
      int pages) {
    int from = (page - 1) * PAGE_SIZE;
    int to = Math.min(requests.size(), from + PAGE_SIZE);
    String url = context.urls.requestsPage(listUrl, page);
    String title = heading + (page > 1 ? " (page " + page + " of " + pages + ")" : "");
    List<LinkView> crumbs =
        parentCrumb == null ? context.crumbs() : context.crumbs(parentLink(parentCrumb));
    var layout = context.layout(title, intro, url, section(parentCrumb), crumbs);
    return new ListPageView(
        feed == null ? layout : layout.withFeed(feed.url(), feed.label()),
        heading,
        page > 1 ? "Page " + page + " of " + pages : null,
        intro,
        requests.size(),
        requests.isEmpty() ? 0 : from + 1,
        to,
        requests.subList(from, to).stream().map(context::summary).toList(),
        Pages.navigation(context.urls, listUrl, page, pages),
        filters);
  }

  private LinkView parentLink(String crumb) {
    return "Topics".equals(crumb)
        ? new LinkView("Topics", context.urls.topics())
        : new LinkView("Requests", context.urls.requests());
  }

  private static String section(String parentCrumb) {
    return "Topics".equals(parentCrumb) ? "topics" : "requests";
  }

  private void renderIndexes() {
    var urls = context.urls;
    List<LinkView> topics =
        context.index.topicSlugs().stream()
            .map(
                s ->
                    new LinkView(
                        context.index.topicName(s),
                        urls.topic(s),
                        context.index.withTopic(s).size()))
            .toList();
    context.writePage(
        urls.topics(),
        "links",
        new TextPageView(
            context.layout(
                "Topics", "Requests grouped by topic.", urls.topics(), "topics", context.crumbs()),
            "Topics",
            null,
            topics));
    context.writePage(
        urls.outcomes(),
        "links",
        new TextPageView(
            context.layout(
                "Outcomes",
                "Requests grouped by the outcome of their questions.",
                urls.outcomes(),
                "requests",
                context.crumbs(new LinkView("Requests", urls.requests()))),
            "Requests by outcome",
            null,
            outcomeLinks(context)));
  }
}
