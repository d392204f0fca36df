package org.foikb.template;

import java.util.List;

/** One published source and every answer that points to it. */
public record SourcePageView(
    LayoutView layout,
    String id,
    String title,
    String publisher,
    String externalUrl,
    String checked,
    String checkedIso,
    String descriptionHtml,
    int citationCount,
    List<RequestSummaryView> citations,
    int page,
    int pages,
    PaginationView pagination) {

  /** "1 request pointed", "3 requests pointed". */
  public String citationCountText() {
    return Plural.requests(citationCount);
  }

  public boolean firstPage() {
    return page == 1;
  }
}
