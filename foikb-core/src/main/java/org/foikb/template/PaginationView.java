package org.foikb.template;

import java.util.List;

/** GOV.UK pagination for a list split over pages; empty when there is one page. */
public record PaginationView(String previous, String next, List<PageLink> pages) {
  /** One numbered link; {@code ellipsis} stands for skipped pages. */
  public record PageLink(int number, String url, boolean current, boolean ellipsis) {}

  public boolean show() {
    return pages.size() > 1;
  }
}
