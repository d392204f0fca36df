package org.foikb.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * What the build needs to know about a body without keeping it: its {@code ## Answer N} sections,
 * its links and images, and any raw HTML, each with its 1-based line and column in the file.
 */
public record Outline(
    List<AnswerHeading> answers, List<Target> links, List<Target> images, List<Target> rawHtml) {

  private static final Pattern ANSWER = Pattern.compile("Answer\\s+(\\d{1,6})\\s*");

  /** An {@code ## Answer N} heading. */
  public record AnswerHeading(int number, int line, int column) {}

  /**
   * A link or image destination, or a raw HTML fragment.
   *
   * @param answer the number of the answer section it stands in, or 0 before any
   */
  public record Target(String text, int answer, int line, int column) {}

  /** Returns N for a level-2 heading reading "Answer N" (so 0 for "Answer 0"), or -1. */
  public static int answerNumber(Node node) {
    if (node instanceof Heading heading
        && heading.getLevel() == 2
        && heading.getFirstChild() instanceof Text text
        && text.getNext() == null) {
      Matcher matcher = ANSWER.matcher(text.getLiteral());
      if (matcher.matches()) {
        return Integer.parseInt(matcher.group(1));
      }
    }
    return -1;
  }

  /** True for a heading that closes an answer section without opening another. */
  public static boolean endsAnswer(Node node) {
    return node instanceof Heading heading && heading.getLevel() <= 2;
  }

  /**
   * Reads a parsed body.
   *
   * @param bodyLine the file line of the body's first line, so positions are file positions
   */
  public static Outline of(Node document, int bodyLine) {
    Collector collector = new Collector(bodyLine);
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      int number = answerNumber(block);
      if (number >= 0) {
        collector.answer = number;
        collector.answers.add(
            new AnswerHeading(number, collector.line(block), collector.column(block)));
        continue;
      }
      if (endsAnswer(block)) {
        collector.answer = 0;
      }
      block.accept(collector);
    }
    return new Outline(collector.answers, collector.links, collector.images, collector.rawHtml);
  }

  private static final class Collector extends AbstractVisitor {
    private final int bodyLine;
    private final List<AnswerHeading> answers = new ArrayList<>();
    private final List<Target> links = new ArrayList<>();
    private final List<Target> images = new ArrayList<>();
    private final List<Target> rawHtml = new ArrayList<>();
    private int answer;

    Collector(int bodyLine) {
      this.bodyLine = bodyLine;
    }

    @Override
    public void visit(Link link) {
      links.add(new Target(link.getDestination(), answer, line(link), column(link)));
      visitChildren(link);
    }

    @Override
    public void visit(Image image) {
      images.add(new Target(image.getDestination(), answer, line(image), column(image)));
      visitChildren(image);
    }

    @Override
    public void visit(HtmlInline html) {
      rawHtml.add(new Target(html.getLiteral(), answer, line(html), column(html)));
    }

    @Override
    public void visit(HtmlBlock html) {
      rawHtml.add(new Target(html.getLiteral(), answer, line(html), column(html)));
    }

    int line(Node node) {
      List<SourceSpan> spans = node.getSourceSpans();
      return spans.isEmpty() ? bodyLine : bodyLine + spans.get(0).getLineIndex();
    }

    int column(Node node) {
      List<SourceSpan> spans = node.getSourceSpans();
      return spans.isEmpty() ? 0 : spans.get(0).getColumnIndex() + 1;
    }
  }
}
