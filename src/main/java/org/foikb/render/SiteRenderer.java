package org.foikb.render;

import java.nio.file.Path;
import org.foikb.link.CrossIndex;
import org.foikb.markdown.Markdown;
import org.foikb.model.DisclosureLog;
import org.foikb.output.SiteWriter;
import org.foikb.search.SimilarQuestions;
import org.foikb.template.Templates;

/**
 * Renders every page of a checked log and writes each as soon as it is rendered.
 *
 * <pre>{@code
 * new SiteRenderer(log, CrossIndex.of(log), templates, markdown, contentRoot, writer).renderAll();
 * }</pre>
 */
public final class SiteRenderer {
  private final RenderContext context;
  private final SimilarQuestions similar;

  public SiteRenderer(
      DisclosureLog log,
      CrossIndex index,
      Templates templates,
      Markdown markdown,
      Path contentRoot,
      SiteWriter writer) {
    this(log, index, templates, markdown, contentRoot, writer, SimilarQuestions.none());
  }

  /** With the "asked before" matches each question lists. */
  public SiteRenderer(
      DisclosureLog log,
      CrossIndex index,
      Templates templates,
      Markdown markdown,
      Path contentRoot,
      SiteWriter writer,
      SimilarQuestions similar) {
    this.context = new RenderContext(log, index, templates, markdown, contentRoot, writer);
    this.similar = similar;
  }

  public void renderRequests() {
    new RequestPages(context, similar).renderAll();
  }

  public void renderOthers() {
    new SectionPages(context).renderAll();
    new SourcePages(context).renderAll();
    new ListPages(context).renderAll();
    new OtherPages(context).renderAll();
    new Feeds(context).renderAll();
    new Assets(context).copyAll();
  }
}
