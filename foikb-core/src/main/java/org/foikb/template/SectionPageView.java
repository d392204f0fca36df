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
    int subsectionApplicationCount,
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

  /** A count of 0 is still a value to Mustache, so the template asks this instead. */
  public boolean hasOwnApplications() {
    return applicationCount > 0;
  }

  /** Whether the section or any of its subsections was applied to a question. */
  public boolean applied() {
    return applicationCount > 0 || subsectionApplicationCount > 0;
  }

  public boolean appliedThroughSubsections() {
    return subsectionApplicationCount > 0;
  }

  /**
   * A parent section is seldom cited itself, so its page counts the questions its subsections were
   * applied to, each question once however many of them it cites.
   */
  public String throughSubsectionsText() {
    int summed = subsections.stream().mapToInt(LinkView::count).sum();
    return (applicationCount > 0 ? "Also applied to " : "Applied to ")
        + Plural.questions(subsectionApplicationCount)
        + " through its subsections"
        + (summed > subsectionApplicationCount
            ? " (some cite more than one, so the counts below add up to more):"
            : ":");
  }

  /** The subsections that were applied, each with the number of questions it was applied to. */
  public List<SubsectionUse> subsectionUses() {
    return subsections.stream()
        .filter(LinkView::hasCount)
        .map(s -> new SubsectionUse(s.label(), s.url(), Plural.questions(s.count())))
        .toList();
  }

  /** A subsection named on its parent's page, with how many questions it was applied to. */
  public record SubsectionUse(String label, String url, String countText) {}

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
