package org.foikb.model;

import java.util.List;

/**
 * One question of a request, as asked, with what happened to it.
 *
 * @param number 1-based position in the request; the page anchor is {@code q<number>}
 * @param sectionIds ids of the sections of the Act applied, in the order written
 * @param line the front-matter line of its {@code ask:}, for diagnostics
 */
public record Question(int number, String ask, Outcome outcome, List<String> sectionIds, int line) {
  public Question {
    sectionIds = List.copyOf(sectionIds);
  }

  public String anchor() {
    return "q" + number;
  }
}
