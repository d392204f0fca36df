package org.foikb.privacy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every way of writing a UK number this test suite can think of, made by combining how it starts
 * (national, "+44", "(+44)", "0044", "+44 (0)", a bracketed area code, ...), how its digits are
 * grouped, and what separates the groups.
 *
 * <pre>{@code
 * for (String spelling : PhoneSpellings.of("07700900123")) { ... } // "07 700 90 01 23", ...
 * }</pre>
 */
public final class PhoneSpellings {
  /**
   * Spaces, typographic spaces, tabs, dots, hyphens and dashes, alone and with spaces round them.
   */
  public static final List<String> SEPARATORS =
      List.of(
          " ",
          "  ",
          "\t",
          "\u00A0",
          "\u2009",
          "\u202F",
          ".",
          ". ",
          "-",
          " - ",
          "\u2013",
          " \u2013 ",
          "\u2014",
          "\u2010",
          "");

  /** Group sizes of the national number, trunk zero included. */
  private static final List<int[]> SPLITS =
      List.of(
          new int[] {11},
          new int[] {5, 6},
          new int[] {5, 3, 3},
          new int[] {2, 3, 2, 2, 2},
          new int[] {3, 4, 4},
          new int[] {4, 3, 4},
          new int[] {5, 2, 2, 2},
          new int[] {4, 7},
          new int[] {3, 8});

  /** How an international number opens; {@code S} stands for the separator in use. */
  private static final List<String> COUNTRY_CODES =
      List.of(
          "+44S",
          "+44",
          "+44 ",
          "+ 44 ",
          "(+44)S",
          "(+44)",
          "(+44) ",
          "0044S",
          "0044 ",
          "00 44 ",
          "(0044) ",
          "+44 (0)",
          "+44 (0) ",
          "+44(0)",
          "+44S(0)S",
          "+44 [0]",
          "+44 0");

  private PhoneSpellings() {}

  /**
   * Spellings of {@code national}, an 11-digit number with its trunk zero, such as "07700900123".
   */
  public static List<String> of(String national) {
    Set<String> spellings = new LinkedHashSet<>();
    for (String separator : SEPARATORS) {
      for (int[] split : SPLITS) {
        List<String> groups = groups(national, split);
        spellings.add(String.join(separator, groups));
        if (groups.size() > 1) {
          String rest = String.join(separator, groups.subList(1, groups.size()));
          spellings.add("(" + groups.get(0) + ")" + (separator.isEmpty() ? " " : separator) + rest);
        }
        for (String code : COUNTRY_CODES) {
          spellings.add(international(code, separator, groups));
        }
      }
    }
    return List.copyOf(spellings);
  }

  private static String international(String code, String separator, List<String> groups) {
    if (code.endsWith(" 0")) {
      // "+44 07700 900123": the trunk zero written out after the code, a common slip
      return code.substring(0, code.length() - 1) + String.join(separator, groups);
    }
    List<String> subscriber = new ArrayList<>(groups);
    subscriber.set(0, groups.get(0).substring(1));
    return code.replace("S", separator) + String.join(separator, subscriber);
  }

  private static List<String> groups(String digits, int[] split) {
    List<String> groups = new ArrayList<>();
    int at = 0;
    for (int size : split) {
      groups.add(digits.substring(at, at + size));
      at += size;
    }
    return groups;
  }
}
