package org.foikb.privacy;

import java.util.Objects;

/**
 * One piece of personal data found by {@link PersonalDataScanner}.
 *
 * <p>{@code offset} and {@code length} are char offsets into the scanned text, so the original is
 * {@code text.substring(f.offset(), f.end())}. {@code masked} hides the data but leaves enough for
 * an author to find it, and is the only form that may appear in build output:
 *
 * <pre>{@code
 * for (PersonalDataFinding f : scanner.scan(text)) {
 *     System.err.printf("%s at char %d: %s%n", f.kind().label(), f.offset(), f.masked());
 * }
 * }</pre>
 *
 * @param kind what was found
 * @param offset index of the first char of the finding in the scanned text
 * @param length number of chars the finding spans
 * @param masked the finding with the identifying part replaced by {@code *}
 */
public record PersonalDataFinding(PersonalDataKind kind, int offset, int length, String masked) {

  public PersonalDataFinding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(masked, "masked");
    if (offset < 0 || length <= 0) {
      throw new IllegalArgumentException("bad span: offset " + offset + ", length " + length);
    }
  }

  /** Index just past the last char of the finding. */
  public int end() {
    return offset + length;
  }
}
