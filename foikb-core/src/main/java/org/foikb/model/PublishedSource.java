package org.foikb.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Information already published elsewhere, pointed to by section 21 answers.
 *
 * @param urlLine 1-based line of the {@code url:} value in the file, or 0 when unknown
 * @param urlColumn 1-based column of that value, or 0 when unknown
 */
public record PublishedSource(
    String path,
    String id,
    String title,
    String url,
    Optional<String> publisher,
    Optional<LocalDate> checked,
    int bodyLine,
    int urlLine,
    int urlColumn) {

  /** A source whose {@code url:} position is not known, as in tests that build one by hand. */
  public PublishedSource(
      String path,
      String id,
      String title,
      String url,
      Optional<String> publisher,
      Optional<LocalDate> checked,
      int bodyLine) {
    this(path, id, title, url, publisher, checked, bodyLine, 0, 0);
  }
}
