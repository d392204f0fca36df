package org.foikb.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.foikb.body.BodyPart;
import org.foikb.body.SectionBody;
import org.foikb.link.CrossIndex;
import org.foikb.model.ActSection;
import org.foikb.template.LinkView;
import org.foikb.template.RequestSummaryView;
import org.foikb.template.SectionListView;
import org.foikb.template.SectionPageView;

/** Renders {@code /sections/} and {@code /sections/<id>/}. */
final class SectionPages {
  private final RenderContext context;

  SectionPages(RenderContext context) {
    this.context = context;
  }

  void renderAll() {
    context.log.sections().parallelStream().forEach(this::render);
    renderList();
  }

  private void render(ActSection section) {
    try {
      var urls = context.urls;
      SectionBody body = context.bodies.section(section.path());
      List<CrossIndex.Citation> applications = context.index.applicationsOf(section.id());
      LinkView parent =
          section
              .parent()
              .flatMap(context.log::section)
              .map(p -> new LinkView(p.displayName() + " – " + p.title(), urls.section(p.id())))
              .orElse(null);
      List<ActSection> children =
          context.log.sections().stream()
              .filter(s -> s.parent().filter(section.id()::equals).isPresent())
              .toList();
      List<LinkView> subsections =
          children.stream()
              .map(
                  s ->
                      new LinkView(
                          s.displayName() + " – " + s.title(),
                          urls.section(s.id()),
                          timesApplied(s)))
              .toList();
      String url = urls.section(section.id());
      List<CrossIndex.Citation> mentions = context.index.mentionsOf(section.id());
      // one sequence, applications then mentions, paged as the request lists are: each entry
      // names its questions, so a page of 200 is far too long to read on a phone
      int total = applications.size() + mentions.size();
      int perPage = ListPages.PAGE_SIZE;
      int pages = Pages.count(total, perPage);
      int applyingAny = questionsApplyingAny(children);
      // every page of a section shows the same list, so all of them changed when its newest did
      LocalDate lastmod = newest(applications, mentions);
      for (int page = 1; page <= pages; page++) {
        int from = (page - 1) * perPage;
        int to = Math.min(total, from + perPage);
        String pageUrl = urls.requestsPage(url, page);
        List<CrossIndex.Citation> applied = slice(applications, from, to);
        List<CrossIndex.Citation> mentioned =
            slice(mentions, from - applications.size(), to - applications.size());
        PageKey key =
            context
                .key("section")
                .file(section.path())
                .text(parent)
                .text(subsections)
                .text(
                    context.index.applicationCount(section.id())
                        + " "
                        + applications.size()
                        + " "
                        + mentions.size()
                        + " "
                        + applyingAny)
                .text(page + " of " + pages);
        add(key, applied);
        add(key, mentioned);
        int current = page;
        context.writePage(
            pageUrl,
            "section",
            key,
            lastmod,
            () ->
                new SectionPageView(
                    context.layout(
                        section.displayName()
                            + ": "
                            + section.title()
                            + (current > 1 ? " (page " + current + " of " + pages + ")" : ""),
                        section.title(),
                        pageUrl,
                        "sections",
                        context.crumbs(new LinkView("Sections of the Act", urls.sections()))),
                    section.id(),
                    section.displayName(),
                    section.title(),
                    section.kind().word(),
                    section.test().map(ActSection.Test::label).orElse(null),
                    parent,
                    subsections,
                    section.legislation().orElse(null),
                    BodyPart.orNull(body.explanationHtml()),
                    BodyPart.orNull(body.wordingHtml()),
                    context.index.applicationCount(section.id()),
                    applications.size(),
                    applyingAny,
                    summaries(applied),
                    summaries(mentioned),
                    current,
                    pages,
                    Pages.navigation(urls, url, current, pages)));
      }
    } catch (RuntimeException | StackOverflowError e) {
      throw new RenderException(section.path(), e);
    }
  }

  /** How many questions cite at least one of the sections: one citing two counts once. */
  private int questionsApplyingAny(List<ActSection> sections) {
    Set<String> questions = new HashSet<>();
    for (ActSection section : sections) {
      for (CrossIndex.Citation citation : context.index.applicationsOf(section.id())) {
        citation.questions().forEach(n -> questions.add(citation.request().reference() + "#" + n));
      }
    }
    return questions.size();
  }

  /**
   * How many questions a section was applied to, its subsections' included: a parent cited only
   * through them (s31 through s31(1)(a)) would otherwise read as never applied.
   */
  private int timesApplied(ActSection section) {
    List<ActSection> family = new ArrayList<>();
    family.add(section);
    context.log.sections().stream()
        .filter(s -> s.parent().filter(section.id()::equals).isPresent())
        .forEach(family::add);
    return family.size() == 1
        ? context.index.applicationCount(section.id())
        : questionsApplyingAny(family);
  }

  /** The part of one list that falls within [from, to) of the whole sequence. */
  private static List<CrossIndex.Citation> slice(List<CrossIndex.Citation> list, int from, int to) {
    int start = Math.max(0, from);
    int end = Math.min(list.size(), to);
    return start >= end ? List.of() : list.subList(start, end);
  }

  /** Adds to a page's key the citations it lists: each request and the questions named. */
  static void add(PageKey key, List<CrossIndex.Citation> citations) {
    key.text("citations " + citations.size());
    for (CrossIndex.Citation citation : citations) {
      key.request(citation.request()).text(citation.questions());
    }
  }

  private List<RequestSummaryView> summaries(List<CrossIndex.Citation> citations) {
    return citations.stream().map(c -> context.summary(c.request(), c.questions())).toList();
  }

  private void renderList() {
    List<SectionListView.Group> groups = new ArrayList<>();
    for (ActSection.Kind kind : ActSection.Kind.values()) {
      List<SectionListView.Row> rows =
          context.log.sections().stream()
              .filter(s -> s.kind() == kind)
              .sorted(SectionOrder.NATURAL)
              .map(
                  s ->
                      new SectionListView.Row(
                          s.displayName(),
                          s.title(),
                          context.urls.section(s.id()),
                          s.test().map(t -> t.word()).orElse(null),
                          timesApplied(s)))
              .toList();
      if (!rows.isEmpty()) {
        groups.add(new SectionListView.Group(kind.heading(), kind.word(), rows));
      }
    }
    String url = context.urls.sections();
    context.writePage(
        url,
        "sections",
        new SectionListView(
            context.layout(
                "Sections of the Act",
                "Every section of the Act cited in this log, with how often it was applied.",
                url,
                "sections",
                context.crumbs()),
            groups));
  }

  /** The date of the newest response among those a section's page lists. */
  private LocalDate newest(
      List<CrossIndex.Citation> applications, List<CrossIndex.Citation> mentions) {
    return java.util.stream.Stream.concat(applications.stream(), mentions.stream())
        .map(c -> c.request().responded())
        .max(java.util.Comparator.naturalOrder())
        .orElse(context.newestResponse());
  }
}
