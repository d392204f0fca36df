package org.foikb.template;

import java.util.List;

/**
 * What every page shares: head, header, notice, breadcrumbs and footer.
 *
 * @param notice a sentence shown under the header on every page, or null
 * @param nav the header's links; {@code current} marks the section the page belongs to
 */
public record LayoutView(
    String lang,
    String siteTitle,
    String authority,
    String pageTitle,
    String description,
    String canonical,
    String home,
    String stylesheet,
    String script,
    String favicon,
    String feed,
    String searchUrl,
    String notice,
    List<NavItem> nav,
    List<LinkView> breadcrumbs,
    List<LinkView> footerLinks) {

  /** A header link. */
  public record NavItem(String label, String url, boolean current) {}
}
