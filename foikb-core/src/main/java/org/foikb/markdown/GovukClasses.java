package org.foikb.markdown;

import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Gives rendered Markdown the GOV.UK Frontend typography classes, so answers read like the page.
 */
final class GovukClasses implements AttributeProvider {
  @Override
  public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
    String css = classFor(node, tagName);
    if (css != null) {
      attributes.put("class", css);
    }
    if (node instanceof Link link && isExternal(link.getDestination())) {
      attributes.put("rel", "external noopener noreferrer");
    }
  }

  private static String classFor(Node node, String tagName) {
    if (node instanceof Paragraph) {
      return "govuk-body";
    }
    if (node instanceof Heading heading) {
      return switch (heading.getLevel()) {
        case 1, 2 -> "govuk-heading-m";
        case 3 -> "govuk-heading-s";
        default -> "govuk-heading-s";
      };
    }
    if (node instanceof BulletList) {
      return "govuk-list govuk-list--bullet";
    }
    if (node instanceof OrderedList) {
      return "govuk-list govuk-list--number";
    }
    if (node instanceof Link) {
      return "govuk-link";
    }
    if (node instanceof BlockQuote) {
      return "govuk-inset-text";
    }
    if (node instanceof ThematicBreak) {
      return "govuk-section-break govuk-section-break--m govuk-section-break--visible";
    }
    if (node instanceof TableBlock) {
      return "govuk-table";
    }
    if (node instanceof TableHead) {
      return "govuk-table__head";
    }
    if (node instanceof TableRow) {
      return "govuk-table__row";
    }
    if (node instanceof TableCell cell) {
      return cell.isHeader() ? "govuk-table__header" : "govuk-table__cell";
    }
    return null;
  }

  private static boolean isExternal(String destination) {
    return destination.startsWith("http://") || destination.startsWith("https://");
  }
}
