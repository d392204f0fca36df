package org.foikb.search;

import java.util.Map;
import java.util.Set;

/**
 * The Porter2 (Snowball English) stemmer, written from the published description of the algorithm,
 * plus a small conflation step so British and American spellings and {@code -ition} nouns meet
 * their verbs ({@code recognise}, {@code recognised}, {@code recognition}, {@code recognize}).
 *
 * <pre>{@code
 * Porter2.stem("recognised"); // "recogn"
 * }</pre>
 *
 * <p>{@code assets/search.js} holds the same algorithm line for line; {@code StemmingParityTest}
 * keeps the two equal.
 */
public final class Porter2 {
  private static final Map<String, String> EXCEPTIONS =
      Map.ofEntries(
          Map.entry("skis", "ski"),
          Map.entry("skies", "sky"),
          Map.entry("dying", "die"),
          Map.entry("lying", "lie"),
          Map.entry("tying", "tie"),
          Map.entry("idly", "idl"),
          Map.entry("gently", "gentl"),
          Map.entry("ugly", "ugli"),
          Map.entry("early", "earli"),
          Map.entry("only", "onli"),
          Map.entry("singly", "singl"),
          Map.entry("sky", "sky"),
          Map.entry("news", "news"),
          Map.entry("howe", "howe"),
          Map.entry("atlas", "atlas"),
          Map.entry("cosmos", "cosmos"),
          Map.entry("bias", "bias"),
          Map.entry("andes", "andes"));
  private static final Set<String> AFTER_1A =
      Set.of("inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed");
  private static final String[][] STEP2 = {
    {"ization", "ize"},
    {"ational", "ate"},
    {"fulness", "ful"},
    {"ousness", "ous"},
    {"iveness", "ive"},
    {"tional", "tion"},
    {"biliti", "ble"},
    {"lessli", "less"},
    {"entli", "ent"},
    {"ation", "ate"},
    {"alism", "al"},
    {"aliti", "al"},
    {"ousli", "ous"},
    {"iviti", "ive"},
    {"fulli", "ful"},
    {"enci", "ence"},
    {"anci", "ance"},
    {"abli", "able"},
    {"izer", "ize"},
    {"ator", "ate"},
    {"alli", "al"},
    {"bli", "ble"},
    {"ogi", "og"},
    {"li", ""}
  };
  private static final String[][] STEP3 = {
    {"ational", "ate"},
    {"tional", "tion"},
    {"alize", "al"},
    {"icate", "ic"},
    {"iciti", "ic"},
    {"ical", "ic"},
    {"ness", ""},
    {"ful", ""}
  };
  private static final String[] STEP4 = {
    "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous",
    "ive", "ize", "ion", "al", "er", "ic"
  };
  private static final String[] BRITISH_IS = {
    "isations", "isation", "ising", "ised", "ises", "isers", "iser", "ise"
  };

  private Porter2() {}

  /** The stem of one lower-case word of {@code [a-z]}; other words come back unchanged. */
  public static String stem(String word) {
    if (word.length() <= 2 || !Tokeniser.isLetters(word)) {
      return word;
    }
    String exception = EXCEPTIONS.get(word);
    if (exception != null) {
      return exception;
    }
    String stem = porter2(britishToAmerican(word));
    if (stem.length() >= 7 && stem.endsWith("it")) {
      stem = stem.substring(0, stem.length() - 2);
    }
    return stem;
  }

  /** {@code organise} and {@code organisation} to {@code organize}, {@code organization}. */
  static String britishToAmerican(String word) {
    for (String suffix : BRITISH_IS) {
      int base = word.length() - suffix.length();
      if (word.endsWith(suffix) && base >= 3) {
        return word.substring(0, base) + "iz" + suffix.substring(2);
      }
    }
    return word;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  private static String porter2(String input) {
    StringBuilder w = new StringBuilder(input);
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) == 'y' && (i == 0 || isVowel(w.charAt(i - 1)))) {
        w.setCharAt(i, 'Y');
      }
    }
    int r1 = region(w, 0);
    for (String prefix : new String[] {"gener", "commun", "arsen"}) {
      if (w.indexOf(prefix) == 0) {
        r1 = prefix.length();
      }
    }
    int r2 = region(w, r1);
    step1a(w);
    if (AFTER_1A.contains(w.toString())) {
      return w.toString();
    }
    step1b(w, r1);
    step1c(w);
    replaceIn(w, STEP2, r1, true);
    step3(w, r1, r2);
    step4(w, r2);
    step5(w, r1, r2);
    return w.toString().replace('Y', 'y');
  }

  /** The start of the region after the first non-vowel following a vowel, from {@code from}. */
  private static int region(CharSequence w, int from) {
    for (int i = from + 1; i < w.length(); i++) {
      if (!isVowel(w.charAt(i)) && isVowel(w.charAt(i - 1))) {
        return i + 1;
      }
    }
    return w.length();
  }

  private static boolean ends(CharSequence w, String s) {
    int n = w.length() - s.length();
    if (n < 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (w.charAt(n + i) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasVowel(CharSequence w, int end) {
    for (int i = 0; i < end; i++) {
      if (isVowel(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static void step1a(StringBuilder w) {
    int n = w.length();
    if (ends(w, "sses")) {
      w.setLength(n - 2);
    } else if (ends(w, "ied") || ends(w, "ies")) {
      w.setLength(n > 4 ? n - 2 : n - 1);
    } else if (ends(w, "us") || ends(w, "ss")) {
      return;
    } else if (ends(w, "s") && n >= 3 && hasVowel(w, n - 2)) {
      w.setLength(n - 1);
    }
  }

  private static void step1b(StringBuilder w, int r1) {
    int n = w.length();
    if (ends(w, "eedly") || ends(w, "eed")) {
      int cut = ends(w, "eedly") ? 5 : 3;
      if (n - cut >= r1) {
        w.setLength(n - cut + 2);
      }
      return;
    }
    int cut =
        ends(w, "ingly") ? 5 : ends(w, "edly") ? 4 : ends(w, "ing") ? 3 : ends(w, "ed") ? 2 : 0;
    if (cut == 0 || !hasVowel(w, n - cut)) {
      return;
    }
    w.setLength(n - cut);
    if (ends(w, "at") || ends(w, "bl") || ends(w, "iz")) {
      w.append('e');
    } else if (endsDouble(w)) {
      w.setLength(w.length() - 1);
    } else if (r1 >= w.length() && endsShortSyllable(w)) {
      w.append('e');
    }
  }

  private static boolean endsDouble(CharSequence w) {
    int n = w.length();
    if (n < 2 || w.charAt(n - 1) != w.charAt(n - 2)) {
      return false;
    }
    return "bdfgmnprt".indexOf(w.charAt(n - 1)) >= 0;
  }

  private static boolean endsShortSyllable(CharSequence w) {
    int n = w.length();
    if (n == 2) {
      return isVowel(w.charAt(0)) && !isVowel(w.charAt(1));
    }
    if (n < 3) {
      return false;
    }
    char a = w.charAt(n - 3);
    char b = w.charAt(n - 2);
    char c = w.charAt(n - 1);
    return !isVowel(a) && isVowel(b) && !isVowel(c) && c != 'w' && c != 'x' && c != 'Y';
  }

  private static void step1c(StringBuilder w) {
    int n = w.length();
    if (n > 2 && (w.charAt(n - 1) == 'y' || w.charAt(n - 1) == 'Y') && !isVowel(w.charAt(n - 2))) {
      w.setCharAt(n - 1, 'i');
    }
  }

  /** Replaces the longest matching suffix that starts at or after {@code r1}. */
  private static void replaceIn(StringBuilder w, String[][] rules, int r1, boolean step2) {
    for (String[] rule : rules) {
      if (ends(w, rule[0])) {
        int start = w.length() - rule[0].length();
        if (start < r1) {
          return;
        }
        if (step2 && rule[0].equals("ogi") && (start == 0 || w.charAt(start - 1) != 'l')) {
          return;
        }
        if (step2
            && rule[0].equals("li")
            && (start == 0 || "cdeghkmnrt".indexOf(w.charAt(start - 1)) < 0)) {
          return;
        }
        w.setLength(start);
        w.append(rule[1]);
        return;
      }
    }
  }

  private static void step3(StringBuilder w, int r1, int r2) {
    if (ends(w, "ative")) {
      int start = w.length() - 5;
      if (start >= r2) {
        w.setLength(start);
      }
      return;
    }
    replaceIn(w, STEP3, r1, false);
  }

  private static void step4(StringBuilder w, int r2) {
    for (String suffix : STEP4) {
      if (ends(w, suffix)) {
        int start = w.length() - suffix.length();
        if (start < r2) {
          return;
        }
        if (suffix.equals("ion") && (start == 0 || "st".indexOf(w.charAt(start - 1)) < 0)) {
          return;
        }
        w.setLength(start);
        return;
      }
    }
  }

  private static void step5(StringBuilder w, int r1, int r2) {
    int n = w.length();
    if (n == 0) {
      return;
    }
    char last = w.charAt(n - 1);
    if (last == 'e') {
      if (n - 1 >= r2 || (n - 1 >= r1 && !endsShortSyllable(w.subSequence(0, n - 1)))) {
        w.setLength(n - 1);
      }
    } else if (last == 'l' && n - 1 >= r2 && n >= 2 && w.charAt(n - 2) == 'l') {
      w.setLength(n - 1);
    }
  }
}
