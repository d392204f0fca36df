package org.foikb.template;

import java.util.List;

/** One request, question by question. HTML fields hold rendered, already-safe Markdown. */
public record RequestPageView(
    LayoutView layout,
    String reference,
    String title,
    String received,
    String receivedIso,
    String responded,
    String respondedIso,
    String summary,
    String outcomeLabel,
    String outcomeSlug,
    List<LinkView> topics,
    List<RequestSummaryView> supersededBy,
    RequestSummaryView supersedes,
    String introHtml,
    List<QuestionView> questions,
    String closingHtml,
    List<RequestSummaryView> citedBy,
    String permalink) {

  public boolean hasTopics() {
    return !topics.isEmpty();
  }

  public boolean isSuperseded() {
    return !supersededBy.isEmpty();
  }

  /** One question with its answer. */
  public record QuestionView(
      int number,
      String anchor,
      String ask,
      String outcomeLabel,
      String outcomeSlug,
      List<LinkView> sections,
      String answerHtml,
      String permalink,
      List<SourceLinkView> publishedSources,
      List<AskedBeforeItem> askedBefore) {

    public boolean hasSections() {
      return !sections.isEmpty();
    }

    public boolean hasAnswer() {
      return answerHtml != null;
    }

    public boolean isPublished() {
      return !publishedSources.isEmpty();
    }

    public boolean hasAskedBefore() {
      return !askedBefore.isEmpty();
    }
  }

  /**
   * A similar question from another request ("asked before"), as {@code asked-before-item.mustache}
   * rendered it: once for each question, however many pages list it.
   */
  public record AskedBeforeItem(String itemHtml) {}

  /** What {@code asked-before-item.mustache} shows of a similar question. */
  public record AskedBeforeView(
      String ask,
      String url,
      String reference,
      String responded,
      String respondedIso,
      String outcomeLabel,
      String outcomeSlug) {}

  /** A published source an answer points to: our page about it and the source itself. */
  public record SourceLinkView(String title, String url, String externalUrl, String publisher) {}
}
