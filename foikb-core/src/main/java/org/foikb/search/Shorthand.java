package org.foikb.search;

import java.util.List;

/**
 * {@link Tokeniser#SHORTHAND} matched by hand at one position of folded text: the same match, tried
 * in the same order as the pattern's backtracking tries it, and the same section ids. A log cites
 * sections a dozen times a request; the pattern's matcher, its groups and a second matcher for the
 * numbers cost microseconds a citation, most of what tokenising an answer cost.
 *
 * <pre>{@code
 * List<String> ids = new ArrayList<>();
 * Shorthand.match("under s.31(1)(a) and".toCharArray(), 6, ids); // 16; ids [s31-1-a, s31-1, s31]
 * }</pre>
 *
 * <p>The grammar, as in the pattern: {@code (sections?|sec|ss|s) .? space? NUMBER (space?
 * (,|and|&|or) space? NUMBER)*}, or {@code \d{1,3} PAREN+}; then no letter or digit. {@code NUMBER}
 * is {@code \d{1,3}[a-z]? PAREN*} and {@code PAREN} is {@code (\d{1,2}|[a-z]|[ivx]{1,4})} in
 * brackets.
 */
final class Shorthand {
  private Shorthand() {}

  private static final char[][] KEYWORDS = {
    "sections".toCharArray(),
    "section".toCharArray(),
    "sec".toCharArray(),
    "ss".toCharArray(),
    "s".toCharArray()
  };

  private static final char[][] SEPARATORS = {
    ",".toCharArray(), "and".toCharArray(), "&".toCharArray(), "or".toCharArray()
  };

  /**
   * Whether shorthand could start at {@code at}: a keyword, an optional dot and space, then a
   * digit; or up to three digits and a bracket. Cheap enough to ask of every word.
   */
  static boolean mayStart(char[] text, int at) {
    char first = text[at];
    if (first == 's') {
      for (char[] keyword : KEYWORDS) {
        if (startsWith(text, at, keyword)) {
          int next = at + keyword.length;
          next += isAt(text, next, '.') ? 1 : 0;
          next += next < text.length && isPatternSpace(text[next]) ? 1 : 0;
          if (next < text.length && isDigit(text[next])) {
            return true;
          }
        }
      }
      return false;
    }
    if (!isDigit(first)) {
      return false;
    }
    int digits = Math.min(3, digitsAt(text, at));
    return isAt(text, at + digits, '(');
  }

  /**
   * Adds the section ids of the shorthand that starts at {@code at}, if any, each most specific
   * first, and returns where it ends; -1, adding nothing, when none starts there. {@code at} must
   * start a word, as the pattern's look-behind asks: the tokeniser calls this at word starts alone.
   */
  static int match(char[] text, int at, List<String> ids) {
    for (char[] keyword : KEYWORDS) {
      if (!startsWith(text, at, keyword)) {
        continue;
      }
      int afterKeyword = at + keyword.length;
      for (int dot : optional(text, afterKeyword, '.')) {
        for (int list : optionalSpace(text, dot)) {
          int end = numberList(text, list);
          if (end >= 0) {
            addNumbers(text, list, end, ids);
            return end;
          }
        }
      }
    }
    // digits and brackets alone: 31(1)(a)
    for (int digits = Math.min(3, digitsAt(text, at)); digits >= 1; digits--) {
      int[] parens = parenEnds(text, at + digits);
      for (int k = parens.length - 1; k >= 1; k--) {
        if (endsWord(text, parens[k])) {
          addNumbers(text, at, parens[k], ids);
          return parens[k];
        }
      }
    }
    return -1;
  }

  /** The end of the first list of numbers from {@code at} that ends a word, or -1. */
  private static int numberList(char[] text, int at) {
    for (int end : numberEnds(text, at)) {
      int listEnd = restOfList(text, end);
      if (listEnd >= 0) {
        return listEnd;
      }
    }
    return -1;
  }

  /**
   * After a number at {@code at}: one more separator and number if that works out, else the end.
   */
  private static int restOfList(char[] text, int at) {
    for (int beforeSeparator : optionalSpace(text, at)) {
      for (char[] separator : SEPARATORS) {
        if (startsWith(text, beforeSeparator, separator)) {
          for (int next : optionalSpace(text, beforeSeparator + separator.length)) {
            int end = numberList(text, next);
            if (end >= 0) {
              return end;
            }
          }
        }
      }
    }
    return endsWord(text, at) ? at : -1;
  }

  /**
   * Where a {@code NUMBER} starting at {@code at} may end, in the order the pattern tries them:
   * most digits first, then with a letter before without, then most brackets first.
   */
  private static int[] numberEnds(char[] text, int at) {
    int digits = Math.min(3, digitsAt(text, at));
    int[][] byChoice = new int[digits * 2][];
    int count = 0;
    int total = 0;
    // counting up: counting down from a count of digits, the JIT's check on the loop's limit failed
    // in every build, and each failure had it throw away and recompile the tokeniser's loop, into
    // which this is inlined (a second of C2 time each, three times in a 10,000-request build)
    for (int fewer = 0; fewer < digits; fewer++) {
      int afterDigits = at + digits - fewer;
      if (afterDigits < text.length && isLetter(text[afterDigits])) {
        byChoice[count] = parenEnds(text, afterDigits + 1);
        total += byChoice[count++].length;
      }
      byChoice[count] = parenEnds(text, afterDigits);
      total += byChoice[count++].length;
    }
    int[] ends = new int[total];
    int n = 0;
    for (int c = 0; c < count; c++) {
      for (int k = byChoice[c].length - 1; k >= 0; k--) {
        ends[n++] = byChoice[c][k];
      }
    }
    return ends;
  }

  /** {@code at}, then the end of each bracket in the run of brackets from there. */
  private static int[] parenEnds(char[] text, int at) {
    int count = 1;
    for (int p = at; (p = parenEnd(text, p)) >= 0; ) {
      count++;
    }
    int[] ends = new int[count];
    ends[0] = at;
    for (int k = 1; k < count; k++) {
      ends[k] = parenEnd(text, ends[k - 1]);
    }
    return ends;
  }

  /** The end of a {@code PAREN} at {@code at}, or -1: each of its choices ends at one place. */
  private static int parenEnd(char[] text, int at) {
    if (at >= text.length || text[at] != '(') {
      return -1;
    }
    int inside = at + 1;
    int digits = digitsAt(text, inside);
    if (digits >= 1) {
      for (int d = Math.min(2, digits); d >= 1; d--) {
        if (isAt(text, inside + d, ')')) {
          return inside + d + 1;
        }
      }
      return -1;
    }
    if (inside < text.length && isLetter(text[inside]) && isAt(text, inside + 1, ')')) {
      return inside + 2;
    }
    int numeral = 0;
    while (numeral < 4 && inside + numeral < text.length && isNumeral(text[inside + numeral])) {
      numeral++;
    }
    return numeral >= 1 && isAt(text, inside + numeral, ')') ? inside + numeral + 1 : -1;
  }

  /**
   * The section ids of each number in {@code text[from, to)}, found as the pattern's numbers are
   * found in the matched list: leftmost, each as long as it can be.
   */
  private static void addNumbers(char[] text, int from, int to, List<String> ids) {
    for (int at = from; at < to; ) {
      if (!isDigit(text[at])) {
        at++;
        continue;
      }
      int end = at + Math.min(3, digitsAt(text, at, to));
      if (end < to && isLetter(text[end])) {
        end++;
      }
      for (int p; (p = parenEnd(text, end)) >= 0 && p <= to; ) {
        end = p;
      }
      Tokeniser.sectionIds(new String(text, at, end - at), ids);
      at = end;
    }
  }

  /** {@code at + 1} then {@code at} when {@code c} is at {@code at}, else {@code at} alone. */
  private static int[] optional(char[] text, int at, char c) {
    return isAt(text, at, c) ? new int[] {at + 1, at} : new int[] {at};
  }

  private static int[] optionalSpace(char[] text, int at) {
    return at < text.length && isPatternSpace(text[at]) ? new int[] {at + 1, at} : new int[] {at};
  }

  private static boolean endsWord(char[] text, int at) {
    return at >= text.length || !isWordChar(text[at]);
  }

  private static boolean startsWith(char[] text, int at, char[] word) {
    if (at + word.length > text.length) {
      return false;
    }
    for (int i = 0; i < word.length; i++) {
      if (text[at + i] != word[i]) {
        return false;
      }
    }
    return true;
  }

  private static int digitsAt(char[] text, int at) {
    return digitsAt(text, at, text.length);
  }

  private static int digitsAt(char[] text, int at, int limit) {
    int end = at;
    while (end < limit && isDigit(text[end])) {
      end++;
    }
    return end - at;
  }

  private static boolean isAt(char[] text, int at, char c) {
    return at < text.length && text[at] == c;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isNumeral(char c) {
    return c == 'i' || c == 'v' || c == 'x';
  }

  private static boolean isWordChar(char c) {
    return isLetter(c) || isDigit(c);
  }

  /** What {@code \s} matches in a Java pattern. */
  private static boolean isPatternSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }
}
