package org.foikb.model;

import java.util.List;

/** A request's outcome, derived from its questions' outcomes and never typed by hand. */
public enum OverallOutcome {
  PROVIDED_IN_FULL("full", "Information provided in full"),
  PARTLY_REFUSED("partly-refused", "Partly provided, partly refused"),
  PROVIDED_IN_PART("in-part", "Provided in part (some not held or not valid)"),
  REFUSED("refused", "Refused"),
  NOT_HELD("not-held", "Information not held"),
  NOT_VALID("invalid", "Not a valid request");

  private final String slug;
  private final String label;

  OverallOutcome(String slug, String label) {
    this.slug = slug;
    this.label = label;
  }

  public String slug() {
    return slug;
  }

  public String label() {
    return label;
  }

  /** Whether any information was given and whether any was refused decides the result. */
  public static OverallOutcome of(List<Outcome> outcomes) {
    boolean given = outcomes.stream().anyMatch(Outcome::givesInformation);
    boolean refused = outcomes.stream().anyMatch(Outcome::refusesInformation);
    boolean allGiven = outcomes.stream().allMatch(Outcome::givesInformation);
    if (given && refused) {
      return PARTLY_REFUSED;
    }
    if (given) {
      return allGiven ? PROVIDED_IN_FULL : PROVIDED_IN_PART;
    }
    if (refused) {
      return REFUSED;
    }
    boolean allInvalid = outcomes.stream().allMatch(o -> o == Outcome.INVALID);
    return allInvalid ? NOT_VALID : NOT_HELD;
  }
}
