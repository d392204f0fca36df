package org.foikb.diag;

import java.util.Collection;

/** Finds the known word an author probably meant, for "did you mean" hints. */
public final class Suggestions {
  private static final int MAX_DISTANCE = 2;

  private Suggestions() {}

  /** The closest of the candidates within two edits (one for short words), or null. */
  public static String closest(String typed, Collection<String> candidates) {
    String best = null;
    // two edits turn "s40" into "s21": short ids get one
    int bestDistance = Math.min(MAX_DISTANCE, Math.max(1, typed.length() / 4)) + 1;
    for (String candidate : candidates) {
      int distance = distance(typed, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
