package org.foikb.body;

/**
 * One part of a body the site shows on its own: its HTML, links already rewritten to site
 * addresses, and its plain text for the search index. Either may be empty, never null.
 */
public record BodyPart(String html, String text) {
  public static final BodyPart EMPTY = new BodyPart("", "");

  /** The HTML, or null when the part shows nothing, as templates test for a part's presence. */
  public String htmlOrNull() {
    return orNull(html);
  }

  /** Blank HTML as null. */
  public static String orNull(String html) {
    return html.isBlank() ? null : html;
  }
}
