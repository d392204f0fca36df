package org.foikb.render;

import java.util.ArrayList;
import java.util.List;
import org.foikb.link.SiteUrls;
import org.foikb.template.PaginationView;

/**
 * Splits a long list over numbered pages at {@code <list>/page/N/}, page 1 being the list itself.
 */
final class Pages {
  private Pages() {}

  static int count(int items, int pageSize) {
    return Math.max(1, (items + pageSize - 1) / pageSize);
  }

  static <T> List<T> slice(List<T> items, int page, int pageSize) {
    int from = Math.min(items.size(), (page - 1) * pageSize);
    return items.subList(from, Math.min(items.size(), from + pageSize));
  }

  /** GOV.UK pagination: first, last and the pages either side of the current one. */
  static PaginationView navigation(SiteUrls urls, String listUrl, int page, int pages) {
    List<PaginationView.PageLink> links = new ArrayList<>();
    for (int n = 1; n <= pages; n++) {
      boolean near = n == 1 || n == pages || Math.abs(n - page) <= 1;
      if (near) {
        links.add(new PaginationView.PageLink(n, urls.requestsPage(listUrl, n), n == page, false));
      } else if (!links.isEmpty() && !links.get(links.size() - 1).ellipsis()) {
        links.add(new PaginationView.PageLink(0, null, false, true));
      }
    }
    return new PaginationView(
        page > 1 ? urls.requestsPage(listUrl, page - 1) : null,
        page < pages ? urls.requestsPage(listUrl, page + 1) : null,
        links);
  }
}
