package org.foikb.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One published request and its answers, as loaded from {@code requests/**.md}.
 *
 * <p>The Markdown body is not kept: pages are rendered from the file again, so a large log never
 * sits in memory whole.
 *
 * @param path the source file, relative to the content folder
 * @param bodyLine the 1-based file line where the Markdown body starts
 * @param answered question numbers that have an {@code ## Answer N} section
 * @param references every cross-reference in the body, in order
 */
public record Request(
    String path,
    String reference,
    String title,
    Optional<LocalDate> received,
    LocalDate responded,
    List<String> topics,
    Optional<String> summary,
    Optional<String> supersedes,
    List<Question> questions,
    int bodyLine,
    List<Integer> answered,
    List<CrossReference> references) {

  public Request {
    topics = List.copyOf(topics);
    questions = List.copyOf(questions);
    answered = List.copyOf(answered);
    references = List.copyOf(references);
  }

  /** The reference lower-cased, each run outside {@code [a-z0-9]} turned into '-', trimmed. */
  public String slug() {
    return Slugs.of(reference);
  }

  public OverallOutcome overallOutcome() {
    return OverallOutcome.of(questions.stream().map(Question::outcome).toList());
  }

  public int year() {
    return responded.getYear();
  }
}
