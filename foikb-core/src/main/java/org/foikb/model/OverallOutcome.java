package org.foikb.model;

import java.util.List;

/**
 * A request's outcome, derived from its questions' outcomes and never typed by hand.
 *
 * <p>Where a request's outcome means what a question's does, it takes the question's label, so a
 * reader meets one name for one outcome on every page, feed and file.
 */
public enum OverallOutcome {
  PROVIDED_IN_FULL("full", "Disclosed in full"),
  PARTLY_REFUSED("partly-refused", Outcome.PARTIAL.label()),
  PROVIDED_IN_PART("in-part", "Some disclosed, the rest not held"),
  REFUSED("refused", "Refused"),
  NOT_HELD("not-held", Outcome.NOT_HELD.label()),
  NOT_VALID("invalid", Outcome.INVALID.label());

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
