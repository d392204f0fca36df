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
    String allRequestsUrl) {}
