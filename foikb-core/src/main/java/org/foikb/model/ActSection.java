package org.foikb.model;

import java.util.Optional;

/**
 * A section of the Act cited in answers, from {@code sections/<id>.md}.
 *
 * @param number how it is printed, e.g. {@code 31(1)(a)}
 * @param test for exemptions, whether the public interest test applies
 */
public record ActSection(
    String path,
    String id,
    String number,
    String title,
    Kind kind,
    Optional<Test> test,
    Optional<String> parent,
    Optional<String> legislation,
    int bodyLine) {

  /** Exemptions withhold information; procedural sections govern how requests are handled. */
  public enum Kind {
    EXEMPTION("exemption", "Exemptions"),
    PROCEDURAL("procedural", "Procedural sections");

    private final String word;
    private final String heading;

    Kind(String word, String heading) {
      this.word = word;
      this.heading = heading;
    }

    public String word() {
      return word;
    }

    public String heading() {
      return heading;
    }
  }

  /** Whether an exemption is absolute or subject to the public interest test. */
  public enum Test {
    ABSOLUTE("absolute", "Absolute exemption"),
    QUALIFIED("qualified", "Qualified exemption: the public interest test applies");

    private final String word;
    private final String label;

    Test(String word, String label) {
      this.word = word;
      this.label = label;
    }

    public String word() {
      return word;
    }

    public String label() {
      return label;
    }
  }

  /** "Section 31(1)(a)", as a reader expects to see it. */
  public String displayName() {
    return "Section " + number;
  }
}
