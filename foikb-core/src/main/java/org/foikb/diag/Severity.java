package org.foikb.diag;

/** How bad a problem is: errors stop the build, warnings do not (unless the build is strict). */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The word printed in a diagnostic, as compilers print it. */
  public String label() {
    return label;
  }
}
