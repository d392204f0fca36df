package org.foikb.template;

import java.util.List;

/** All published sources, with how many requests point to each. */
public record SourceListView(LayoutView layout, List<Row> sources) {
  /** One source in the table. */
  public record Row(String title, String url, String publisher, String externalUrl, int count) {}
}
