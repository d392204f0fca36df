package org.foikb.pages;

import java.util.List;

/** One address of every kind of page the bundled log in content/ has, for the browser tests. */
final class PageTypes {
  private PageTypes() {}

  static final List<String> PATHS =
      List.of(
          "/",
          "/requests/",
          "/requests/page/2/",
          "/requests/2023/",
          "/outcomes/partial/",
          "/topics/",
          "/topics/children/",
          "/requests/01-foi-23-030269/",
          "/sections/",
          "/sections/s31/",
          "/sections/s31-1-a/",
          "/sections/s21/",
          "/published/",
          "/published/lfr-deployment-record/",
          "/about/",
          "/statistics/",
          "/data/",
          "/search/",
          "/search/?q=police",
          "/ask/?q=" + "How%20many%20drones%3F%0AHow%20much%20overtime%3F",
          "/404.html");

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
