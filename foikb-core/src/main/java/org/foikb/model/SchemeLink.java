package org.foikb.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the content format's link schemes: {@code published:ID}, {@code section:ID}, {@code
 * request:REF#qN}.
 */
public final class SchemeLink {
  private static final Pattern QUESTION_FRAGMENT = Pattern.compile("q([1-9]\\d{0,5})");

  private SchemeLink() {}

  /**
   * A parsed scheme link.
   *
   * @param question N of a {@code #qN} fragment, 0 for none, -1 for a fragment that is not {@code
   *     qN}
   */
  public record Parsed(CrossReference.Kind kind, String target, int question) {}

  /** Returns null for destinations that use no scheme of ours (ordinary URLs, anchors). */
  public static Parsed parse(String destination) {
    int colon = destination.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String scheme = destination.substring(0, colon).toLowerCase(Locale.ROOT);
    String rest = destination.substring(colon + 1);
    for (CrossReference.Kind kind : CrossReference.Kind.values()) {
      if (kind.scheme().equals(scheme)) {
        return kind == CrossReference.Kind.REQUEST ? request(rest) : new Parsed(kind, rest, 0);
      }
    }
    return null;
  }

  private static Parsed request(String rest) {
    int hash = rest.indexOf('#');
    if (hash < 0) {
      return new Parsed(CrossReference.Kind.REQUEST, rest, 0);
    }
    Matcher matcher = QUESTION_FRAGMENT.matcher(rest.substring(hash + 1));
    int question = matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
    return new Parsed(CrossReference.Kind.REQUEST, rest.substring(0, hash), question);
  }
}
