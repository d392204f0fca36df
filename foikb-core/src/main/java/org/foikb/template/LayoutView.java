package org.foikb.template;

import java.util.List;

/**
 * What every page shares: head, header, notice, breadcrumbs and footer.
 *
 * @param notice a sentence shown under the header on every page, or null
 * @param nav the header's links; {@code current} marks the section the page belongs to
 * @param feed the Atom feed the page offers (a topic's on its pages, else the whole log's)
 * @param openGraph Open Graph properties for link previews; empty on most pages
 * @param jsonLd schema.org data about the page, already JSON with {@code <} escaped, or null
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
    String feedTitle,
    String searchUrl,
    String notice,
    List<NavItem> nav,
    List<LinkView> breadcrumbs,
    List<LinkView> footerLinks,
    List<MetaProperty> openGraph,
    String jsonLd) {

  /** A header link. */
  public record NavItem(String label, String url, boolean current) {}

  /** One {@code <meta property content>} of the head. */
  public record MetaProperty(String property, String content) {}

  /**
   * The {@code <title>}: the page, the site, the authority; the home page, whose title is the
   * site's, names the site once.
   */
  public String documentTitle() {
    boolean home = pageTitle == null || pageTitle.isBlank() || pageTitle.equals(siteTitle);
    return (home ? "" : pageTitle + " – ") + siteTitle + " – " + authority;
  }

  /** The home page has no trail, and an empty navigation landmark would only be noise. */
  public boolean hasBreadcrumbs() {
    return !breadcrumbs.isEmpty();
  }

  /** The same layout with link-preview properties and schema.org data, for request pages. */
  public LayoutView withMetadata(List<MetaProperty> properties, String json) {
    return new LayoutView(
        lang,
        siteTitle,
        authority,
        pageTitle,
        description,
        canonical,
        home,
        stylesheet,
        script,
        favicon,
        feed,
        feedTitle,
        searchUrl,
        notice,
        nav,
        breadcrumbs,
        footerLinks,
        properties,
        json);
  }

  /** The same layout offering another feed, for a topic's pages. */
  public LayoutView withFeed(String url, String title) {
    return new LayoutView(
        lang,
        siteTitle,
        authority,
        pageTitle,
        description,
        canonical,
        home,
        stylesheet,
        script,
        favicon,
        url,
        title,
        searchUrl,
        notice,
        nav,
        breadcrumbs,
        footerLinks,
        openGraph,
        jsonLd);
  }
}
