package org.foikb.link;

/**
 * The site's URL scheme, one method per kind of page. These paths are a contract: staff cite them.
 *
 * <pre>{@code
 * SiteUrls urls = new SiteUrls("/");
 * urls.question("01-foi-23-030269", 4); // /requests/01-foi-23-030269/#q4
 * }</pre>
 */
public record SiteUrls(String basePath) {
  public SiteUrls {
    if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
      throw new IllegalArgumentException("base path must start and end with '/': " + basePath);
    }
  }

  public String home() {
    return basePath;
  }

  public String requests() {
    return basePath + "requests/";
  }

  /** Page 1 is the list itself; later pages live under {@code page/N/}. */
  public String requestsPage(String listPath, int page) {
    return page <= 1 ? listPath : listPath + "page/" + page + "/";
  }

  public String request(String slug) {
    return basePath + "requests/" + slug + "/";
  }

  public String question(String slug, int number) {
    return request(slug) + "#q" + number;
  }

  public String year(int year) {
    return basePath + "requests/" + year + "/";
  }

  public String outcomes() {
    return basePath + "outcomes/";
  }

  public String outcome(String slug) {
    return basePath + "outcomes/" + slug + "/";
  }

  public String sections() {
    return basePath + "sections/";
  }

  public String section(String id) {
    return basePath + "sections/" + id + "/";
  }

  public String sources() {
    return basePath + "published/";
  }

  public String source(String id) {
    return basePath + "published/" + id + "/";
  }

  public String topics() {
    return basePath + "topics/";
  }

  public String topic(String slug) {
    return basePath + "topics/" + slug + "/";
  }

  public String page(String slug) {
    return basePath + slug + "/";
  }

  public String search() {
    return basePath + "search/";
  }

  /** Paste a draft request; see which of its questions were answered before. */
  public String ask() {
    return basePath + "ask/";
  }

  public String asset(String name) {
    return basePath + "assets/" + name;
  }
}
