package org.foikb.template;

import java.util.List;

/** The home page: what the log is, search, counts, the latest responses, the most-cited sources. */
public record HomeView(
    LayoutView layout,
    String siteTitle,
    String authority,
    int requestCount,
    int questionCount,
    int sectionCount,
    int sourceCount,
    List<RequestSummaryView> latest,
    List<LinkView> topSources,
    List<LinkView> topSections,
    List<LinkView> years,
    List<LinkView> outcomes,
    String allRequestsUrl) {

  public String requestsNoun() {
    return Plural.noun(requestCount, "request", "requests");
  }

  public String questionsNoun() {
    return Plural.noun(questionCount, "question answered", "questions answered");
  }

  public String sourcesNoun() {
    return Plural.noun(sourceCount, "published source", "published sources");
  }

  public String sectionsNoun() {
    return Plural.noun(
        sectionCount, "section of the Act explained", "sections of the Act explained");
  }
}
