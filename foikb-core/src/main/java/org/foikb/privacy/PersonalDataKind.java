package org.foikb.privacy;

/**
 * The kinds of personal data that {@link PersonalDataScanner} refuses to publish.
 *
 * <p>Each kind has a human-readable label for build error messages:
 *
 * <pre>{@code
 * String message = "found a " + finding.kind().label() + " (" + finding.masked() + ")";
 * // found a UK phone number (07*** ****23)
 * }</pre>
 */
public enum PersonalDataKind {
  EMAIL("e-mail address"),
  PHONE("UK phone number"),
  NATIONAL_INSURANCE("National Insurance number"),
  POSTCODE("UK postcode");

  private final String label;

  PersonalDataKind(String label) {
    this.label = label;
  }

  /** The lower-case noun phrase used in messages, such as {@code "UK postcode"}. */
  public String label() {
    return label;
  }
}
