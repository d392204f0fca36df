package org.foikb.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.foikb.model.ActSection;
import org.foikb.model.DisclosureLog;
import org.foikb.model.Request;
import org.foikb.model.Slugs;
import org.foikb.search.BrowserSite;

/**
 * One address of every kind of page, for the browser tests, chosen from the log under test: the
 * bundled log in content/, or any other given as {@code -Dfoikb.pagesContent=DIR}, so that the same
 * checks run on a log no one here wrote. The hardest page of a kind is chosen where it matters: the
 * request with the most questions, a section with subsections.
 */
final class PageTypes {
  private PageTypes() {}

  static final List<String> PATHS = ofPagesUnderTest();

  private static List<String> ofPagesUnderTest() {
    try {
      return of(BrowserSite.pagesUnderTest());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<String> of(BrowserSite site) {
    DisclosureLog log = site.log;
    Set<String> paths = new LinkedHashSet<>();
    paths.add("/");
    paths.add("/requests/");
    paths.add("/requests/page/2/");
    Request longest =
        log.requests().stream()
            .max(Comparator.comparingInt((Request r) -> r.questions().size()))
            .orElseThrow();
    paths.add("/requests/" + longest.year() + "/");
    paths.add("/outcomes/" + longest.overallOutcome().slug() + "/");
    paths.add("/topics/");
    log.requests().stream()
        .flatMap(r -> r.topics().stream())
        .findFirst()
        .ifPresent(topic -> paths.add("/topics/" + Slugs.of(topic) + "/"));
    paths.add("/requests/" + longest.slug() + "/");
    paths.add("/sections/");
    for (ActSection section : log.sections()) {
      if (section.parent().isPresent()) {
        paths.add("/sections/" + section.parent().get() + "/");
        paths.add("/sections/" + section.id() + "/");
        break;
      }
    }
    paths.add("/sections/s21/");
    paths.add("/published/");
    log.sources().stream().findFirst().ifPresent(s -> paths.add("/published/" + s.id() + "/"));
    log.pages().stream().findFirst().ifPresent(p -> paths.add("/" + p.slug() + "/"));
    paths.add("/statistics/");
    paths.add("/data/");
    paths.add("/search/");
    String word = longest.title().split("\\W+")[0];
    paths.add("/search/?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
    String asked =
        longest.questions().get(0).ask()
            + "\n"
            + longest.questions().get(longest.questions().size() - 1).ask();
    paths.add("/ask/?q=" + URLEncoder.encode(asked, StandardCharsets.UTF_8).replace("+", "%20"));
    paths.add("/404.html");
    // pages every log has must be there; the others only where the log has such a page
    Set<String> always =
        Set.of(
            "/",
            "/requests/",
            "/requests/" + longest.slug() + "/",
            "/sections/",
            "/published/",
            "/statistics/",
            "/data/",
            "/search/",
            "/404.html");
    List<String> existing = new ArrayList<>();
    for (String path : paths) {
      String file = path.replaceAll("\\?.*$", "");
      Path onDisk = site.root.resolve(file.substring(1) + (file.endsWith("/") ? "index.html" : ""));
      if (Files.isRegularFile(onDisk)) {
        existing.add(path);
      } else if (always.contains(path)) {
        throw new IllegalStateException("the built site has no page " + path);
      }
    }
    return List.copyOf(existing);
  }

  /** A file name for a screenshot of the page at the address. */
  static String fileName(String path, int width) {
    String name =
        path.toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    return (name.isEmpty() ? "home" : name.substring(0, Math.min(40, name.length())))
        + "-"
        + width
        + ".png";
  }
}
