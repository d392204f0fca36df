package org.foikb.model;

/**
 * A {@code published:}, {@code section:} or {@code request:} link written in a body.
 *
 * @param answer the question number whose {@code ## Answer N} holds the link, or 0 outside answers
 * @param question for {@code request:REF#qN} links, N; otherwise 0
 */
public record CrossReference(
    Kind kind, String target, int question, int answer, int line, int column) {

  /** The link schemes of the content format. */
  public enum Kind {
    PUBLISHED("published"),
    SECTION("section"),
    REQUEST("request");

    private final String scheme;

    Kind(String scheme) {
      this.scheme = scheme;
    }

    public String scheme() {
      return scheme;
    }
  }
}
