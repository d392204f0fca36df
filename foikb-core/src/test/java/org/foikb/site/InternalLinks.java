package org.foikb.site;

import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Follows every internal link of a built site on disk: {@code href}, {@code src} and form {@code
 * action} values that start with the base path, are relative, or are absolute addresses on the
 * site's own base URL (canonical links, permalinks).
 *
 * <pre>{@code
 * assertThat(InternalLinks.broken(site)).isEmpty();
 * }</pre>
 */
final class InternalLinks {
  private static final List<String> ATTRIBUTES = List.of("href", "src", "action");

  private InternalLinks() {}

  /**
   * One line per link that leads to no file, or to a page without the {@code #fragment} it names.
   */
  static List<String> broken(BuiltSite site) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Document> entry : site.pages.entrySet()) {
      String pagePath = site.basePath + entry.getKey().replaceFirst("(^|/)index\\.html$", "$1");
      for (Element element : entry.getValue().select("[href], [src], form[action]")) {
        for (String attribute : ATTRIBUTES) {
          if (element.hasAttr(attribute)) {
            String problem = check(site, pagePath, element.attr(attribute));
            if (problem != null) {
              problems.add(
                  entry.getKey()
                      + ": <"
                      + element.tagName()
                      + " "
                      + attribute
                      + "=\""
                      + element.attr(attribute)
                      + "\">: "
                      + problem);
            }
          }
        }
      }
    }
    return problems;
  }

  /** One line per id used twice on a page: a fragment link to it could land on either. */
  static List<String> duplicateIds(BuiltSite site) {
    List<String> problems = new ArrayList<>();
    site.pages.forEach(
        (file, page) -> {
          Set<String> seen = new HashSet<>();
          for (Element element : page.select("[id]")) {
            if (!seen.add(element.id())) {
              problems.add(file + ": id=\"" + element.id() + "\" is used more than once");
            }
          }
        });
    return problems;
  }

  /** Whether a value is a link within the site; external and {@code mailto:} links are not. */
  static boolean isInternal(BuiltSite site, String value) {
    String link = value.strip();
    if (link.startsWith(site.baseUrl)) {
      return true;
    }
    if (link.startsWith("//")) {
      return false;
    }
    try {
      return URI.create(link).getScheme() == null;
    } catch (IllegalArgumentException e) {
      return true; // malformed: let check() report it
    }
  }

  private static String check(BuiltSite site, String pagePath, String value) {
    String link = value.strip();
    if (link.isEmpty() || !isInternal(site, link)) {
      return null; // an empty action submits to the page itself
    }
    URI target;
    try {
      target =
          link.startsWith(site.baseUrl)
              ? URI.create(link)
              : URI.create("https://site.invalid" + pagePath).resolve(link);
    } catch (IllegalArgumentException e) {
      return "malformed address";
    }
    String path = target.getPath();
    if (path == null || !path.startsWith(site.basePath)) {
      return "leaves the base path " + site.basePath;
    }
    String relative = path.substring(site.basePath.length());
    String file = relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
    if (!Files.isRegularFile(site.root.resolve(file))) {
      return "no file " + file;
    }
    String fragment = target.getFragment();
    if (fragment == null || fragment.isEmpty()) {
      return null;
    }
    Document page = site.pages.get(file);
    if (page == null) {
      return "#" + fragment + " on a file that is not an HTML page";
    }
    boolean found =
        page.getElementById(fragment) != null
            || !page.getElementsByAttributeValue("name", fragment).isEmpty();
    return found ? null : "no id=\"" + fragment + "\" in " + file;
  }
}
