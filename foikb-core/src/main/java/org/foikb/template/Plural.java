package org.foikb.template;

/**
 * A count and its noun in the right number, so no page reads "1 questions" or "question(s)".
 *
 * <pre>{@code
 * Plural.count(1, "question", "questions"); // "1 question"
 * Plural.count(3, "question", "questions"); // "3 questions"
 * }</pre>
 */
public final class Plural {
  private Plural() {}

  /** The noun alone, for pages that set the number apart from it. */
  public static String noun(int count, String one, String many) {
    return count == 1 ? one : many;
  }

  public static String count(int count, String one, String many) {
    return count + " " + noun(count, one, many);
  }

  public static String questions(int count) {
    return count(count, "question", "questions");
  }

  public static String requests(int count) {
    return count(count, "request", "requests");
  }
}
