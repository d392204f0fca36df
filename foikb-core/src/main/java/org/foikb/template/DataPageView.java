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

  /** "12 requests and 40 questions", each noun in the number its count needs. */
  public String countsText() {
    return Plural.requests(requestCount) + " and " + Plural.questions(questionCount);
  }

  /** A column of questions.csv and what it holds. */
  public record ColumnView(String name, String meaning) {}
}
