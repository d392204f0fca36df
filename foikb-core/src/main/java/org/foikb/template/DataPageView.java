package org.foikb.template;

import java.util.List;

/** The page that explains the open data files and the licence they may be reused under. */
public record DataPageView(
    LayoutView layout,
    String authority,
    int requestCount,
    int questionCount,
    String requestsJson,
    String schema,
    String questionsCsv,
    String exampleRequestJson,
    String licence,
    String licenceUrl,
    List<ColumnView> columns) {

  /** A column of questions.csv and what it holds. */
  public record ColumnView(String name, String meaning) {}
}
