package org.foikb.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The words a reader sees in a Markdown node, for search and snippets: link text without its
 * destination (commonmark's own text renderer appends the URL), raw HTML as the text it shows.
 */
public final class PlainText {
  private PlainText() {}

  public static String of(Node node) {
    StringBuilder text = new StringBuilder();
    append(node, text);
    return text.toString();
  }

  /**
   * Appends what {@link #of} gives for the node, without making a string of its own: the search
   * index joins the text of every block of every answer in the log.
   */
  public static void append(Node node, StringBuilder text) {
    int start = text.length();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text literal) {
            text.append(literal.getLiteral());
          }

          @Override
          public void visit(Code code) {
            text.append(code.getLiteral());
          }

          @Override
          public void visit(FencedCodeBlock block) {
            text.append(block.getLiteral()).append('\n');
          }

          @Override
          public void visit(IndentedCodeBlock block) {
            text.append(block.getLiteral()).append('\n');
          }

          @Override
          public void visit(HtmlInline html) {
            text.append(html.getLiteral());
          }

          @Override
          public void visit(HtmlBlock html) {
            text.append(html.getLiteral()).append('\n');
          }

          @Override
          public void visit(SoftLineBreak softLineBreak) {
            text.append(' ');
          }

          @Override
          public void visit(HardLineBreak hardLineBreak) {
            text.append('\n');
          }

          @Override
          protected void visitChildren(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
              child.accept(this);
              if (child instanceof Block) {
                text.append(
                    text.length() > 0 && text.charAt(text.length() - 1) == '\n' ? "" : "\n");
              } else if (isTableCell(child)) {
                text.append(' ');
              }
            }
          }
        });
    // strip the node's own part, as String.strip would
    int end = text.length();
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    text.setLength(end);
    int first = start;
    while (first < end && Character.isWhitespace(text.charAt(first))) {
      first++;
    }
    text.delete(start, first);
  }

  private static boolean isTableCell(Node node) {
    return node instanceof org.commonmark.ext.gfm.tables.TableCell;
  }
}
