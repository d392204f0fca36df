package org.foikb.body;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.foikb.link.LinkRewriter;
import org.foikb.link.SiteUrls;
import org.foikb.markdown.AnswerSections;
import org.foikb.markdown.Markdown;
import org.foikb.markdown.PlainText;

/**
 * Turns a parsed body into what the pages and the search index take from it, so that no later stage
 * parses it again. The document's links are rewritten to site addresses in place: call this after
 * the body has been checked, since the check reads the links as written.
 */
public final class BodyParser {
  private final Markdown markdown;
  private final LinkRewriter rewriter;

  public BodyParser(Markdown markdown, SiteUrls urls) {
    this.markdown = markdown;
    this.rewriter = new LinkRewriter(urls);
  }

  public RequestBody request(Node document) {
    rewriter.rewrite(document);
    AnswerSections sections = AnswerSections.of(document);
    SortedMap<Integer, BodyPart> answers = new TreeMap<>();
    sections.answers().forEach((number, blocks) -> answers.put(number, part(blocks)));
    return new RequestBody(part(sections.intro()), answers, part(sections.closing()));
  }

  public SectionBody section(Node document) {
    rewriter.rewrite(document);
    StringBuilder explanation = new StringBuilder();
    StringBuilder wording = new StringBuilder();
    StringBuilder current = explanation;
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Heading heading && heading.getLevel() == 2) {
        boolean isWording =
            heading.getFirstChild() instanceof Text text
                && text.getLiteral().strip().equalsIgnoreCase("Standard wording");
        current = isWording ? wording : explanation;
        if (isWording) {
          continue;
        }
      }
      current.append(markdown.render(block));
    }
    return new SectionBody(explanation.toString(), wording.toString(), PlainText.of(document));
  }

  /** A body shown whole: a published source's description, a free page. */
  public BodyPart whole(Node document) {
    rewriter.rewrite(document);
    return new BodyPart(markdown.render(document), PlainText.of(document));
  }

  /** The blocks' HTML, and their plain text a line each. */
  private BodyPart part(List<Node> blocks) {
    StringBuilder html = new StringBuilder();
    StringBuilder text = new StringBuilder();
    for (Node block : blocks) {
      html.append(markdown.render(block));
      PlainText.append(block, text);
      text.append('\n');
    }
    return new BodyPart(html.toString(), text.toString());
  }
}
