package org.foikb.template;

import java.util.List;

/** A request in a list: enough to recognise it and follow the link. */
public record RequestSummaryView(
    String reference,
    String title,
    String url,
    String responded,
    String respondedIso,
    String summary,
    String outcomeLabel,
    String outcomeSlug,
    int questionCount,
    List<QuestionLinkView> questions) {

  /** A question named in a list of back-links, linked to its anchor. */
  public record QuestionLinkView(
      int number, String ask, String url, String outcomeLabel, String outcomeSlug) {}

  /** "1 question", "3 questions". */
  public String questionCountText() {
    return Plural.questions(questionCount);
  }

  public boolean hasQuestions() {
    return !questions.isEmpty();
  }
}
