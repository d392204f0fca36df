package org.foikb.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The one place commonmark-java is configured: GitHub tables, source positions on every node and
 * raw HTML escaped (shown as text, never passed through). Unsafe URLs are refused when content is
 * loaded and emptied again by the link rewriter, so commonmark's own sanitiser, which would also
 * mark every link nofollow, is not used.
 *
 * <p>Thread-safe: parse and render from any number of threads.
 */
public final class Markdown {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  private final Parser parser =
      Parser.builder()
          .extensions(EXTENSIONS)
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private final HtmlRenderer renderer =
      HtmlRenderer.builder()
          .extensions(EXTENSIONS)
          .escapeHtml(true)
          .attributeProviderFactory(context -> new GovukClasses())
          .build();

  public Node parse(String markdown) {
    return parser.parse(markdown);
  }

  /**
   * Renders a node and its children; scheme links must be rewritten first, see {@link
   * LinkRewriter}.
   */
  public String render(Node node) {
    return renderer.render(node);
  }
}
