package org.foikb.model;

import java.util.Locale;

/** The one rule that turns references and topics into URL segments. */
public final class Slugs {
  private Slugs() {}

  /** Lower-cases, replaces every run of characters outside {@code [a-z0-9]} with '-', trims. */
  public static String of(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder(lower.length());
    boolean pendingDash = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (pendingDash && slug.length() > 0) {
          slug.append('-');
        }
        pendingDash = false;
        slug.append(c);
      } else {
        pendingDash = true;
      }
    }
    return slug.toString();
  }
}
