package org.foikb.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds UK phone numbers however people space, punctuate or prefix them: "07700 900123", "07 700 90
 * 01 23", "(+44) 7700-900-123", "+44 (0)7700 900123", "0044 7700 900123", "07700 – 900123",
 * "(07700) 900123", with spaces, tabs, no-break and thin spaces, dots, hyphens and dashes.
 *
 * <p>A hand-written scanner rather than a regular expression: every attempt reads at most twelve
 * digits and a bounded number of separators, so a scan is linear in the text whatever it holds. '/'
 * is never a separator, since FOI references such as "01/FOI/23/030000" are written with it.
 */
final class PhoneNumbers {
  /** At most this many spaces on either side of a separator's one punctuation mark. */
  private static final int MAX_SPACES = 3;

  private static final int MAX_DIGITS = 11;

  private PhoneNumbers() {}

  /** Every phone number in {@code text}, in order and never overlapping. */
  static List<PersonalDataFinding> find(String text) {
    List<PersonalDataFinding> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int end = mayStart(text, i) ? numberEnd(text, i) : -1;
      if (end > 0) {
        String phone = text.substring(i, end);
        found.add(new PersonalDataFinding(PersonalDataKind.PHONE, i, end - i, mask(phone)));
        i = end;
      } else {
        i++;
      }
    }
    return found;
  }

  /** A '0', '+' or '(' that begins a token rather than continuing a word, sum or reference. */
  private static boolean mayStart(String text, int i) {
    char c = text.charAt(i);
    boolean shape =
        switch (c) {
          case '0' -> isUkRangeAt(text, i + 1) || text.startsWith("0", i + 1);
          case '+' -> true;
          case '(' -> text.startsWith("0", i + 1) || text.startsWith("+", i + 1);
          default -> false;
        };
    if (!shape || i == 0) {
      return shape;
    }
    char before = text.charAt(i - 1);
    if (isWordChar(before) || before == '+' || "\u00A3$\u20AC".indexOf(before) >= 0) {
      return false;
    }
    // "2023-05-06", "01.FOI.23.030269" and "FOI/0161..." put a digit run straight after a joiner
    boolean joined = (isPunctuation(before) || before == '/') && i >= 2;
    return !(joined && isWordChar(text.charAt(i - 2))) && !followsIsbnLabel(text, i);
  }

  /** "ISBN 0123456789" and "ISBN-10: 0123456789" are books, whatever their digits look like. */
  private static boolean followsIsbnLabel(String text, int i) {
    int j = i;
    while (j > 0 && i - j < 8 && " \u00A0:-013".indexOf(text.charAt(j - 1)) >= 0) {
      j--;
    }
    return j >= 4 && text.regionMatches(true, j - 4, "ISBN", 0, 4);
  }

  /**
   * End of the longest UK number starting at {@code start}, or -1. The number grows one digit group
   * at a time and stops once it holds more digits than any UK number, so a run of numbers such as
   * "07700 900123 07700 900124" yields its first and leaves the rest for the next attempt.
   */
  private static int numberEnd(String text, int start) {
    int p = start;
    boolean bracket = text.charAt(p) == '(';
    if (bracket) {
      p++;
    }
    boolean international = false;
    int afterCode = countryCodeEnd(text, p);
    if (afterCode > 0) {
      international = true;
      p = afterCode;
      if (bracket) {
        p = closingBracketEnd(text, p);
        if (p < 0) {
          return -1;
        }
        bracket = false;
      }
      p = skipTrunkZeroMarker(text, p);
    }
    if (!isDigitAt(text, p)) {
      return -1;
    }
    return groupsEnd(text, p, international, bracket);
  }

  /**
   * After "+44", "+ 44", "0044" or "00 44", or -1 when there is no UK country code at {@code p}.
   */
  private static int countryCodeEnd(String text, int p) {
    int q;
    if (text.startsWith("+", p)) {
      q = p + 1;
    } else if (text.startsWith("00", p)) {
      q = p + 2;
    } else {
      return -1;
    }
    q = skipSpaces(text, q);
    return text.startsWith("44", q) ? q + 2 : -1;
  }

  /**
   * Past the separator after the country code and any "(0)" or "[0]", the trunk zero a caller from
   * abroad leaves out.
   */
  private static int skipTrunkZeroMarker(String text, int p) {
    int q = separatorEnd(text, p);
    boolean marker = text.startsWith("(0)", q) || text.startsWith("[0]", q);
    return marker ? skipSeparator(text, q + 3) : skipSeparator(text, p);
  }

  private static int groupsEnd(String text, int p, boolean international, boolean bracket) {
    StringBuilder digits = new StringBuilder(MAX_DIGITS + 1);
    if (international && text.charAt(p) != '0') {
      // "+44 7700 900123" is dialled within the UK as 07700 900123
      digits.append('0');
    }
    boolean open = bracket;
    int best = -1;
    int groups = 0;
    while (isDigitAt(text, p)) {
      while (isDigitAt(text, p) && digits.length() <= MAX_DIGITS) {
        digits.append(text.charAt(p++));
      }
      if (digits.length() > MAX_DIGITS) {
        break;
      }
      groups++;
      if (open && groups == 1) {
        // "(07700) 900123": the area code alone is bracketed, or this is not our number's start
        p = closingBracketEnd(text, p);
        if (p < 0) {
          return -1;
        }
        open = false;
        p = skipSeparator(text, p);
        continue;
      }
      if (groups == 3 && isDate(text, p, digits.length())) {
        return -1;
      }
      if (isUkNationalNumber(digits) && !continuesAsLongerToken(text, p)) {
        best = p;
      }
      p = skipSeparator(text, p);
    }
    return best;
  }

  /**
   * "01.05.2023" or "01-05-2023" before {@code end}: two, two and four digits joined by one dot or
   * hyphen, which a date followed by a time or a count would otherwise make look like a number.
   */
  private static boolean isDate(String text, int end, int digitCount) {
    int start = end - 10;
    if (digitCount != 8 || start < 0) {
      return false;
    }
    char joiner = text.charAt(start + 2);
    return (joiner == '.' || joiner == '-')
        && text.charAt(start + 5) == joiner
        && isDigitAt(text, start)
        && isDigitAt(text, start + 3)
        && isDigitAt(text, start + 6);
  }

  /** Past a ')' with at most a few spaces before it, or -1. */
  private static int closingBracketEnd(String text, int p) {
    int q = skipSpaces(text, p);
    return q < text.length() && text.charAt(q) == ')' ? q + 1 : -1;
  }

  /**
   * Past the separator at {@code p} when a digit follows it, else {@code p}: a few spaces, or one
   * punctuation mark with up to a few spaces either side.
   */
  private static int skipSeparator(String text, int p) {
    int q = separatorEnd(text, p);
    return q > p && isDigitAt(text, q) ? q : p;
  }

  private static int separatorEnd(String text, int p) {
    int q = skipSpaces(text, p);
    if (q < text.length() && isPunctuation(text.charAt(q))) {
      q = skipSpaces(text, q + 1);
    }
    return q;
  }

  private static int skipSpaces(String text, int p) {
    int q = p;
    while (q < text.length() && q - p < MAX_SPACES && isSpace(text.charAt(q))) {
      q++;
    }
    return q;
  }

  /** True when the digits run on into a word, decimal or reference such as "0161-496-0000-12". */
  private static boolean continuesAsLongerToken(String text, int end) {
    if (end >= text.length()) {
      return false;
    }
    char next = text.charAt(end);
    if (isWordChar(next)) {
      return true;
    }
    boolean joiner = isPunctuation(next) || next == '/' || next == ':';
    return joiner && end + 1 < text.length() && isWordChar(text.charAt(end + 1));
  }

  /** Ofcom numbering: 11 digits after a trunk zero, or 10 for some 01, 05 and 08 numbers. */
  private static boolean isUkNationalNumber(CharSequence number) {
    int length = number.length();
    if (length < 10 || length > MAX_DIGITS || number.charAt(0) != '0') {
      return false;
    }
    char range = number.charAt(1);
    return (length == 11 ? "1235789" : "158").indexOf(range) >= 0;
  }

  private static boolean isUkRangeAt(String text, int i) {
    return i < text.length() && "1235789".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean isDigitAt(String text, int i) {
    return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
  }

  /** Space, tab, no-break space and the typographic spaces (figure, thin, narrow no-break, ...). */
  private static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u00A0'
        || c == '\u202F'
        || (c >= '\u2002' && c <= '\u200A');
  }

  /** Dot, hyphen, and the Unicode hyphens and dashes that word processors substitute for it. */
  private static boolean isPunctuation(char c) {
    return c == '.' || c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** Keeps the first two and last two digits and every other char, so the author can find it. */
  static String mask(String phone) {
    int total = 0;
    for (int i = 0; i < phone.length(); i++) {
      if (isDigitAt(phone, i)) {
        total++;
      }
    }
    StringBuilder out = new StringBuilder(phone.length());
    int seen = 0;
    for (int i = 0; i < phone.length(); i++) {
      boolean digit = isDigitAt(phone, i);
      boolean keep = !digit || seen < 2 || seen >= total - 2;
      out.append(keep ? phone.charAt(i) : '*');
      if (digit) {
        seen++;
      }
    }
    return out.toString();
  }
}
