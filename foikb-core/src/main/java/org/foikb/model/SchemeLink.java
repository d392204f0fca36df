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

  /**
   * Whether {@code destination} is a relative path to a file, such as "diagram.svg" or
   * "../files/x.pdf": foikb copies nothing from content/, so on the site it would lead nowhere, or
   * to whatever happened to be served there.
   */
  public static boolean namesRelativeFile(String destination) {
    int end = destination.length();
    for (char c : new char[] {'?', '#'}) {
      int at = destination.indexOf(c);
      end = at >= 0 ? Math.min(end, at) : end;
    }
    String path = destination.substring(0, end);
    int slash = path.indexOf('/');
    int colon = path.indexOf(':');
    boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash);
    if (path.isEmpty() || hasScheme || path.startsWith("/") || path.endsWith("/")) {
      return false;
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 && dot < name.length() - 1;
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
