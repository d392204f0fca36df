package org.foikb.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The promises every page of a disclosure log keeps: nothing is loaded from another host, a
 * Content-Security-Policy forbids inline code, and there is no inline code to forbid.
 *
 * <pre>{@code
 * assertThat(PageSafety.problems(site)).isEmpty();
 * }</pre>
 */
final class PageSafety {
  /**
   * Elements that make the browser fetch something as the page loads, and the attribute naming it.
   */
  private static final Map<String, String> LOADERS =
      Map.of(
          "script[src]", "src",
          "link[href]", "href",
          "img[src]", "src",
          "iframe[src]", "src",
          "source[src]", "src",
          "video[src]", "src",
          "audio[src]", "src",
          "embed[src]", "src",
          "object[data]", "data");

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private PageSafety() {}

  private static boolean isJson(String text) {
    try {
      return JSON.readTree(text).isObject();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return false;
    }
  }

  /** One line per broken promise, naming the page. */
  static List<String> problems(BuiltSite site) {
    List<String> problems = new ArrayList<>();
    site.pages.forEach((file, page) -> check(site, file, page, problems));
    return problems;
  }

  private static void check(BuiltSite site, String file, Document page, List<String> problems) {
    LOADERS.forEach(
        (selector, attribute) -> {
          for (Element element : page.select(selector)) {
            if (!InternalLinks.isInternal(site, element.attr(attribute))) {
              problems.add(file + ": loads from another host: " + element.outerHtml());
            }
          }
        });
    var policies = page.select("head > meta[http-equiv=Content-Security-Policy]");
    if (policies.size() != 1) {
      problems.add(file + ": has " + policies.size() + " Content-Security-Policy meta tags, not 1");
    }
    for (Element policy : policies) {
      String content = policy.attr("content");
      if (content.contains("'unsafe-inline'")
          || content.contains("'unsafe-eval'")
          || !content.contains("default-src 'self'")) {
        problems.add(file + ": weak Content-Security-Policy: " + content);
      }
    }
    for (Element script : page.select("script:not([src])")) {
      // a data block is never run; it must be JSON, and nothing may close the element early
      boolean data =
          script.attr("type").equals("application/ld+json")
              && isJson(script.data())
              && !script.data().contains("<");
      if (!data) {
        problems.add(file + ": inline script: " + script.outerHtml());
      }
    }
    for (Element element : page.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) {
          problems.add(
              file + ": event-handler attribute " + name + " on <" + element.tagName() + ">");
        }
        if (attribute.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
          problems.add(file + ": javascript: URL in " + name + " on <" + element.tagName() + ">");
        }
        if (name.equals("style")) {
          problems.add(
              file
                  + ": inline style attribute, blocked by style-src 'self', on <"
                  + element.tagName()
                  + ">");
        }
      }
    }
  }
}
