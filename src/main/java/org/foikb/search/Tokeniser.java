package org.foikb.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns text into index terms: folds case and accents, splits on anything but {@code [a-z0-9]},
 * drops a short list of stop words, stems with {@link Porter2}, and adds section terms for FOI
 * shorthand ({@code s21}, {@code section 21}, {@code sections 21 and 40}, {@code 31(1)(a)}, {@code
 * s.31(1)(a)} give {@code s31-1-a} and its parents {@code s31-1} and {@code s31}).
 *
 * <pre>{@code
 * Tokeniser.terms("Recognised under s.31(1)(a)?"); // [recogn, s31, 1, a, s31-1-a, s31-1, s31]
 * }</pre>
 *
 * <p>{@code assets/search.js} implements the same steps; {@code StemmingParityTest} keeps them
 * equal.
 */
public final class Tokeniser {
  /** Words too common to help; the browser drops the same ones. */
  public static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "could", "did",
          "do", "does", "for", "from", "had", "has", "have", "how", "i", "if", "in", "into", "is",
          "it", "its", "me", "my", "of", "on", "or", "our", "please", "so", "such", "that", "the",
          "their", "them", "then", "there", "these", "they", "this", "those", "to", "was", "we",
          "were", "what", "when", "where", "which", "who", "whom", "why", "will", "with", "would",
          "you", "your");

  private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
  private static final Pattern SECTION_WORD = Pattern.compile("s\\d+(-[a-z0-9]+)*");
  // "section 21", "sections 21 and 40", "s.31(1)(a)", "ss 40, 41", "31(1)(a)"
  private static final String PAREN = "\\((?:\\d{1,2}|[a-z]|[ivx]{1,4})\\)";
  private static final String NUMBER = "\\d{1,3}[a-z]?(?:" + PAREN + ")*";
  private static final Pattern SHORTHAND =
      Pattern.compile(
          "(?<![a-z0-9])(?:(?:sections?|sec|ss|s)\\.?\\s?("
              + NUMBER
              + "(?:\\s?(?:,|and|&|or)\\s?"
              + NUMBER
              + ")*)|(\\d{1,3}(?:"
              + PAREN
              + ")+))(?![a-z0-9])");
  private static final Pattern ONE_NUMBER = Pattern.compile(NUMBER);
  private static final Pattern PART = Pattern.compile("[0-9a-z]+");

  private Tokeniser() {}

  /** Lower case, accents removed, a few letters that do not decompose spelled out. */
  public static String fold(String text) {
    if (isAscii(text)) {
      // most text is plain ASCII: nothing to decompose, and lower-casing is the whole fold
      return text.toLowerCase(java.util.Locale.ROOT);
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String lower = COMBINING.matcher(decomposed).replaceAll("").toLowerCase(java.util.Locale.ROOT);
    return lower
        .replace("ß", "ss")
        .replace("æ", "ae")
        .replace("œ", "oe")
        .replace("ø", "o")
        .replace("ł", "l")
        .replace("đ", "d");
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The folded words of a text, in order, stop words included and nothing stemmed. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(fold(text));
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }

  /** The term one folded word indexes as, or null for a stop word. */
  public static String term(String word) {
    // a log repeats a small vocabulary millions of times: stem each word once
    String known = TERMS.get(word);
    if (known != null) {
      return known.isEmpty() ? null : known;
    }
    String term = computeTerm(word);
    if (TERMS.size() < TERM_CACHE_LIMIT) {
      TERMS.put(word, term == null ? "" : term);
    }
    return term;
  }

  private static final int TERM_CACHE_LIMIT = 1_000_000;
  private static final java.util.concurrent.ConcurrentHashMap<String, String> TERMS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String computeTerm(String word) {
    if (STOP_WORDS.contains(word)) {
      return null;
    }
    if (SECTION_WORD.matcher(word).matches()) {
      return word;
    }
    return Porter2.stem(word);
  }

  /** Every term of a text, in order, repeated as often as it occurs. */
  public static List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    String folded = fold(text);
    Matcher matcher = WORD.matcher(folded);
    while (matcher.find()) {
      String term = term(matcher.group());
      if (term != null) {
        terms.add(term);
      }
    }
    terms.addAll(sectionTerms(folded));
    return terms;
  }

  /** Section terms for the FOI shorthand in folded text: each id and its parents. */
  static List<String> sectionTerms(String folded) {
    List<String> terms = new ArrayList<>();
    Matcher matcher = SHORTHAND.matcher(folded);
    while (matcher.find()) {
      String list = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
      Matcher number = ONE_NUMBER.matcher(list);
      while (number.find()) {
        sectionIds(number.group(), terms);
      }
    }
    return terms;
  }

  /** {@code 31(1)(a)} to {@code s31-1-a}, {@code s31-1}, {@code s31}. */
  public static void sectionIds(String number, List<String> out) {
    Matcher part = PART.matcher(number);
    StringBuilder id = new StringBuilder("s");
    List<String> ids = new ArrayList<>();
    while (part.find()) {
      if (id.length() > 1) {
        id.append('-');
      }
      id.append(part.group());
      ids.add(id.toString());
    }
    for (int i = ids.size() - 1; i >= 0; i--) {
      out.add(ids.get(i));
    }
  }
}
