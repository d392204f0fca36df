package org.foikb.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.foikb.markdown.AnswerSections;

/**
 * A parsed body cut into the parts a page shows separately: the text before the answers, each
 * {@code ## Answer N}, and any other level-2 sections after them. Rendered with links rewritten.
 */
final class MarkdownBlocks {
  final String intro;
  final Map<Integer, String> answers;
  final String closing;

  private MarkdownBlocks(String intro, Map<Integer, String> answers, String closing) {
    this.intro = intro;
    this.answers = answers;
    this.closing = closing;
  }

  /** A request body, parsed with its links rewritten and cut into sections. */
  static MarkdownBlocks of(RenderContext context, AnswerSections sections) {
    Map<Integer, String> answers = new TreeMap<>();
    sections.answers().forEach((n, blocks) -> answers.put(n, html(context, blocks)));
    return new MarkdownBlocks(
        blankToNull(html(context, sections.intro())),
        answers,
        blankToNull(html(context, sections.closing())));
  }

  private static String html(RenderContext context, List<Node> blocks) {
    StringBuilder html = new StringBuilder();
    for (Node block : blocks) {
      html.append(context.markdown.render(block));
    }
    return html.toString();
  }

  /** A section file's body: its explanation, then what follows {@code ## Standard wording}. */
  static String[] splitStandardWording(RenderContext context, String body) {
    Node document = context.markdown.parse(body);
    context.rewriter.rewrite(document);
    StringBuilder explanation = new StringBuilder();
    StringBuilder wording = new StringBuilder();
    StringBuilder current = explanation;
    List<Node> blocks = new ArrayList<>();
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      blocks.add(block);
    }
    for (Node block : blocks) {
      if (block instanceof Heading heading && heading.getLevel() == 2) {
        boolean isWording =
            heading.getFirstChild() instanceof Text text
                && text.getLiteral().strip().equalsIgnoreCase("Standard wording");
        current = isWording ? wording : explanation;
        if (isWording) {
          continue;
        }
      }
      current.append(context.markdown.render(block));
    }
    return new String[] {blankToNull(explanation), blankToNull(wording)};
  }

  static String render(RenderContext context, String body) {
    Node document = context.markdown.parse(body);
    context.rewriter.rewrite(document);
    return blankToNull(new StringBuilder(context.markdown.render(document)));
  }

  private static String blankToNull(CharSequence html) {
    String text = html.toString();
    return text.isBlank() ? null : text;
  }
}
