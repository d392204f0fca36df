package org.foikb.render;

import java.util.ArrayList;
import java.util.List;
import org.foikb.link.CrossIndex;
import org.foikb.load.BodySource;
import org.foikb.model.ActSection;
import org.foikb.template.LinkView;
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
      String body = BodySource.read(context.contentRoot, section.path(), section.bodyLine());
      String[] parts = MarkdownBlocks.splitStandardWording(context, body);
      List<CrossIndex.Citation> applications = context.index.applicationsOf(section.id());
      LinkView parent =
          section
              .parent()
              .flatMap(context.log::section)
              .map(p -> new LinkView(p.displayName() + " – " + p.title(), urls.section(p.id())))
              .orElse(null);
      List<LinkView> subsections =
          context.log.sections().stream()
              .filter(s -> s.parent().filter(section.id()::equals).isPresent())
              .map(
                  s ->
                      new LinkView(
                          s.displayName() + " – " + s.title(),
                          urls.section(s.id()),
                          context.index.applicationCount(s.id())))
              .toList();
      String url = urls.section(section.id());
      var view =
          new SectionPageView(
              context.layout(
                  section.displayName() + ": " + section.title(),
                  section.title(),
                  url,
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
              parts[0],
              parts[1],
              context.index.applicationCount(section.id()),
              applications.size(),
              applications.stream().map(c -> context.summary(c.request(), c.questions())).toList(),
              context.index.mentionsOf(section.id()).stream()
                  .map(c -> context.summary(c.request(), c.questions()))
                  .toList());
      context.writePage(url, "section", view);
    } catch (RuntimeException | StackOverflowError e) {
      throw new RenderException(section.path(), e);
    }
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
                          context.index.applicationCount(s.id())))
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
}
