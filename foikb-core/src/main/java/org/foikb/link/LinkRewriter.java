package org.foikb.link;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.foikb.model.SchemeLink;
import org.foikb.model.Slugs;

/**
 * Turns {@code published:}, {@code section:} and {@code request:} links into site URLs on the AST,
 * before the renderer's URL sanitiser would empty their unknown schemes.
 *
 * <p>Runs after validation, so every target exists.
 */
public final class LinkRewriter {
  private final SiteUrls urls;

  public LinkRewriter(SiteUrls urls) {
    this.urls = urls;
  }

  public void rewrite(Node node) {
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            link.setDestination(resolve(link.getDestination()));
            visitChildren(link);
          }
        });
  }

  /** Schemes a reader may follow; anything else (javascript:, data:, ...) becomes an empty link. */
  private static final java.util.regex.Pattern SAFE =
      java.util.regex.Pattern.compile(
          "(?i)(?:https?:|mailto:|tel:|[^:]*(?:[/?#]|$)).*", java.util.regex.Pattern.DOTALL);

  /** The site URL for a scheme link; other safe destinations are returned as they are. */
  public String resolve(String destination) {
    SchemeLink.Parsed parsed = SchemeLink.parse(destination);
    if (parsed == null) {
      // a relative file path was warned about at load time; emptied, it cannot reach a served file
      boolean safe = SAFE.matcher(destination).matches();
      return safe && !SchemeLink.namesRelativeFile(destination) ? destination : "";
    }
    return switch (parsed.kind()) {
      case PUBLISHED -> urls.source(parsed.target());
      case SECTION -> urls.section(parsed.target());
      case REQUEST ->
          parsed.question() > 0
              ? urls.question(Slugs.of(parsed.target()), parsed.question())
              : urls.request(Slugs.of(parsed.target()));
    };
  }
}
