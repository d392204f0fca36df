package org.foikb.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What happened to one question, as an author writes it in a request's front matter. */
public enum Outcome {
  DISCLOSED("disclosed", "Disclosed", Requirement.NONE),
  PUBLISHED("published", "Already published", Requirement.SECTION_21_AND_SOURCE),
  PARTIAL("partial", "Partly disclosed", Requirement.A_SECTION),
  WITHHELD("withheld", "Withheld", Requirement.A_SECTION),
  NOT_HELD("not-held", "Not held", Requirement.NONE),
  NCND("ncnd", "Neither confirmed nor denied", Requirement.A_SECTION),
  INVALID("invalid", "Not a valid request", Requirement.NONE);

  /** What an answer with this outcome must cite. */
  public enum Requirement {
    NONE,
    A_SECTION,
    SECTION_21_AND_SOURCE
  }

  private final String slug;
  private final String label;
  private final Requirement requirement;

  Outcome(String slug, String label, Requirement requirement) {
    this.slug = slug;
    this.label = label;
    this.requirement = requirement;
  }

  /** The word written in content and used in URLs, e.g. {@code not-held}. */
  public String slug() {
    return slug;
  }

  public String label() {
    return label;
  }

  public Requirement requirement() {
    return requirement;
  }

  /** True when the requester got at least some of the information. */
  public boolean givesInformation() {
    return this == DISCLOSED || this == PUBLISHED || this == PARTIAL;
  }

  /** True when an exemption kept at least some information back. */
  public boolean refusesInformation() {
    return this == PARTIAL || this == WITHHELD || this == NCND;
  }

  public static Optional<Outcome> fromSlug(String slug) {
    return Arrays.stream(values()).filter(o -> o.slug.equals(slug)).findFirst();
  }

  /** The slugs, comma-separated, for error hints. */
  public static String allSlugs() {
    return Arrays.stream(values()).map(Outcome::slug).collect(Collectors.joining(", "));
  }
}
