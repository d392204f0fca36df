package org.foikb.body;

import java.util.SortedMap;

/**
 * A request's body as its page shows it: the text before the answers, each {@code ## Answer N} by
 * its number, and any other level-2 sections after them.
 */
public record RequestBody(BodyPart intro, SortedMap<Integer, BodyPart> answers, BodyPart closing) {
  /** An answer's part, or an empty one for a question the body does not answer. */
  public BodyPart answer(int number) {
    return answers.getOrDefault(number, BodyPart.EMPTY);
  }

  /** An answer's HTML, or null for a question the body does not answer. */
  public String answerHtml(int number) {
    BodyPart answer = answers.get(number);
    return answer == null ? null : answer.html();
  }
}
