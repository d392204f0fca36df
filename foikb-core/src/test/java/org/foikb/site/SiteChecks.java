package org.foikb.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The link checks the bundled log's site passes, for a site another module's test built: a log made
 * by {@code new site} and built by the Maven plugin must pass them too.
 */
public final class SiteChecks {
  private SiteChecks() {}

  /** One line per broken internal link or duplicated id in the site built from {@code content}. */
  public static List<String> linkProblems(Path content, Path site) {
    BuiltSite built = BuiltSite.read(content, site);
    List<String> problems = new ArrayList<>(InternalLinks.broken(built));
    problems.addAll(InternalLinks.duplicateIds(built));
    return problems;
  }

  /** How many HTML pages the site has; a check of zero pages proves nothing. */
  public static int pageCount(Path content, Path site) {
    return BuiltSite.read(content, site).pages.size();
  }
}
