package org.foikb.render;

import org.foikb.body.ParsedBodies;
import org.foikb.digest.FileDigests;
import org.foikb.link.CrossIndex;
import org.foikb.model.DisclosureLog;
import org.foikb.model.Request;
import org.foikb.output.PageFiles;
import org.foikb.search.SimilarQuestions;
import org.foikb.template.Templates;

/**
 * Renders every page of a checked log and writes each as soon as it is rendered. A page the last
 * build made from the same inputs is not rendered: its old file is kept (see {@link PageKey}).
 * {@code inputs} is a digest of what every page depends on besides the log: foikb, the templates
 * and the options; {@code files} gives the digest of each content file.
 *
 * <pre>{@code
 * SiteRenderer renderer = new SiteRenderer(log, index, templates, bodies, files, inputs, writer);
 * renderer.renderOthers();
 * renderer.renderRequests(similar);
 * renderer.finish();
 * }</pre>
 */
public final class SiteRenderer {
  private final RenderContext context;

  public SiteRenderer(
      DisclosureLog log,
      CrossIndex index,
      Templates templates,
      ParsedBodies bodies,
      FileDigests files,
      byte[] inputs,
      PageFiles writer) {
    this.context = new RenderContext(log, index, templates, bodies, files, inputs, writer);
  }

  /**
   * Renders the request pages, each question with the "asked before" matches {@code similar} gives
   * it.
   */
  public void renderRequests(SimilarQuestions similar) {
    new RequestPages(context, similar).renderAll();
  }

  /** Renders the page of one request, as {@link #renderRequests} would. */
  public void renderRequest(Request request, SimilarQuestions similar) {
    new RequestPages(context, similar).render(request);
  }

  /** Renders every page but the requests': none of them needs the "asked before" matches. */
  public void renderOthers() {
    new SectionPages(context).renderAll();
    new SourcePages(context).renderAll();
    new ListPages(context).renderAll();
    new OtherPages(context).renderAll();
    new Feeds(context).renderFeeds();
    new OpenData(context).renderAll();
    new StatisticsPage(context).render();
    new DataPage(context).render();
    new Assets(context).copyAll();
  }

  /** Writes what lists every page, once the request pages are written too: the sitemap. */
  public void finish() {
    new Feeds(context).renderSitemap();
  }
}
