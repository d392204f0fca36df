package org.foikb.template;

import java.util.List;

/** One section of the Act: the explanation, the standard wording and where it was applied. */
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
    List<RequestSummaryView> mentions) {}
