package org.foikb.template;

import java.util.List;

/**
 * One section of the Act: the explanation, the standard wording and where it was applied. A long
 * list of applications continues on further pages.
 */
public record SectionPageView(
    LayoutView layout,
    String id,
    String name,
    String title,
    String kind,
    String test,
    LinkView parent,
    List<LinkView> subsections,
    String legislation,
    String explanationHtml,
    String standardWordingHtml,
    int applicationCount,
    int requestCount,
    List<RequestSummaryView> applications,
    List<RequestSummaryView> mentions,
    int page,
    int pages,
    PaginationView pagination) {

  /** "Applied to 1 question in 1 request." */
  public String appliedText() {
    return "Applied to "
        + Plural.questions(applicationCount)
        + " in "
        + Plural.requests(requestCount)
        + ".";
  }

  /** The explanation and standard wording stand on the first page only. */
  public boolean firstPage() {
    return page == 1;
  }

  /** A section without subsections has no column for them, rather than one that says "None". */
  public boolean hasSubsections() {
    return !subsections.isEmpty();
  }

  public boolean hasApplications() {
    return !applications.isEmpty();
  }

  public boolean hasMentions() {
    return !mentions.isEmpty();
  }

  /** Mentions follow the applications, so the last page holds them, or says there are none. */
  public boolean lastPage() {
    return page == pages;
  }
}
