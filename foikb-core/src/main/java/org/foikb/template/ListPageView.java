package org.foikb.template;

import java.util.List;

/**
 * A list of requests: the log, a year, an outcome or a topic, one page of it.
 *
 * @param filters groups of browse links shown beside the list
 */
public record ListPageView(
    LayoutView layout,
    String heading,
    String caption,
    String intro,
    int total,
    int first,
    int last,
    List<RequestSummaryView> requests,
    PaginationView pagination,
    List<FilterGroup> filters) {

  /** "Showing 1 to 1 of 1 request.", the noun in the number of the total. */
  public String showingText() {
    return "Showing " + first + " to " + last + " of " + Plural.requests(total) + ".";
  }

  /** A titled group of links, e.g. years with their counts. */
  public record FilterGroup(String title, List<LinkView> links) {}
}
