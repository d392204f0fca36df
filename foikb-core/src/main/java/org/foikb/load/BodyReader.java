package org.foikb.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.foikb.diag.Diagnostic;
import org.foikb.diag.Diagnostics;
import org.foikb.markdown.Markdown;
import org.foikb.markdown.Outline;
import org.foikb.model.CrossReference;
import org.foikb.model.SchemeLink;

/**
 * Parses a Markdown body to learn its outline and cross-references, and refuses what must never
 * reach the site: script URLs, images from other hosts and raw HTML that could run script.
 */
final class BodyReader {
  /** Schemes that run code or smuggle content when clicked or loaded. */
  private static final Pattern SCRIPT_URL =
      Pattern.compile("^\\s*(?:javascript|vbscript|data|file)\\s*:", Pattern.CASE_INSENSITIVE);

  /** Anything in raw HTML that could run script if it were ever passed through. */
  private static final Pattern DANGEROUS_HTML =
      Pattern.compile(
          "<\\s*/?\\s*(?:script|iframe|object|embed|svg|style|link|meta|base|form|math|template)\\b"
              + "|\\bon[a-z]+\\s*="
              + "|(?:javascript|vbscript)\\s*:"
              + "|\\bdata\\s*:\\s*text/html",
          Pattern.CASE_INSENSITIVE);

  private final Markdown markdown;

  BodyReader(Markdown markdown) {
    this.markdown = markdown;
  }

  /**
   * What the body holds, with positions in the file, and the parsed document itself for the one
   * later use of it ({@link org.foikb.body.BodyParser}).
   */
  record Result(Outline outline, List<CrossReference> references, Node document) {}

  Result read(String path, String body, int bodyLine, Diagnostics diagnostics) {
    Node document = markdown.parse(body);
    Outline outline = Outline.of(document, bodyLine);
    List<CrossReference> references = new ArrayList<>();
    for (Outline.Target link : outline.links()) {
      checkLink(path, link, references, diagnostics);
    }
    for (Outline.Target image : outline.images()) {
      diagnostics.add(
          Diagnostic.error(
                  path,
                  image.line(),
                  image.column(),
                  "images are not published: '" + shorten(image.text()) + "'")
              .withHint(
                  "the site loads nothing from other hosts; link to the document instead:"
                      + " [description](https://...)"));
    }
    for (Outline.Target html : outline.rawHtml()) {
      if (DANGEROUS_HTML.matcher(html.text()).find()) {
        diagnostics.add(
            Diagnostic.error(
                    path,
                    html.line(),
                    html.column(),
                    "raw HTML that could run script: '" + shorten(html.text()) + "'")
                .withHint("remove it; write the text in Markdown (raw HTML is never published)"));
      }
    }
    return new Result(outline, references, document);
  }

  private static void checkLink(
      String path, Outline.Target link, List<CrossReference> references, Diagnostics diagnostics) {
    String destination = link.text();
    if (SCRIPT_URL.matcher(destination).find()) {
      diagnostics.add(
          Diagnostic.error(
                  path,
                  link.line(),
                  link.column(),
                  "link with a script URL: '" + shorten(destination) + "'")
              .withHint(
                  "links may point to http(s) addresses and to published:, section: and request: ids"));
      return;
    }
    SchemeLink.Parsed parsed = SchemeLink.parse(destination);
    if (parsed == null) {
      if (SchemeLink.namesRelativeFile(destination)) {
        diagnostics.add(
            Diagnostic.warning(
                    path,
                    link.line(),
                    link.column(),
                    "link to '"
                        + shorten(destination)
                        + "' leads nowhere: foikb does not publish files from content/")
                .withHint(
                    "link to a published:, section: or request: id, or to the document's full"
                        + " https:// address"));
      }
      return;
    }
    if (parsed.target().isEmpty()) {
      diagnostics.add(
          Diagnostic.error(
                  path,
                  link.line(),
                  link.column(),
                  "link '" + destination + "' names no " + parsed.kind().scheme())
              .withHint("write the id after the colon, e.g. (" + parsed.kind().scheme() + ":id)"));
      return;
    }
    if (parsed.question() < 0) {
      diagnostics.add(
          Diagnostic.error(
                  path,
                  link.line(),
                  link.column(),
                  "link '" + destination + "' points to an unknown part of the request")
              .withHint("to link to question 3 write (request:" + parsed.target() + "#q3)"));
      return;
    }
    references.add(
        new CrossReference(
            parsed.kind(),
            parsed.target(),
            parsed.question(),
            link.answer(),
            link.line(),
            link.column()));
  }

  private static String shorten(String text) {
    String oneLine = text.strip().replace('\n', ' ');
    return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
  }
}
