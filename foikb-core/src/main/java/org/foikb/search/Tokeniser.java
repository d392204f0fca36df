package org.foikb.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
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
  // "section 21", "sections 21 and 40", "s.31(1)(a)", "ss 40, 41", "31(1)(a)": what the browser
  // matches, and what Shorthand matches by hand
  private static final String PAREN = "\\((?:\\d{1,2}|[a-z]|[ivx]{1,4})\\)";
  private static final String NUMBER = "\\d{1,3}[a-z]?(?:" + PAREN + ")*";
  static final Pattern SHORTHAND =
      Pattern.compile(
          "(?<![a-z0-9])(?:(?:sections?|sec|ss|s)\\.?\\s?("
              + NUMBER
              + "(?:\\s?(?:,|and|&|or)\\s?"
              + NUMBER
              + ")*)|(\\d{1,3}(?:"
              + PAREN
              + ")+))(?![a-z0-9])");

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

  /**
   * {@link #fold} as far as terms can tell, as characters to scan: typographic quotes, dashes and
   * the like, which fold leaves as they are and which neither words nor shorthand contain, become
   * DEL, so that text with a curly apostrophe skips the Unicode decomposition.
   */
  private static char[] foldForTerms(String text) {
    char[] folded = new char[text.length()];
    for (int i = 0; i < folded.length; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        folded[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else if (isInertPunctuation(c)) {
        folded[i] = '\u007f';
      } else {
        return fold(text).toCharArray();
      }
    }
    return folded;
  }

  /** Characters with no decomposition that are neither letters, digits nor white space. */
  private static boolean isInertPunctuation(char c) {
    return (c >= '\u2018' && c <= '\u201f')
        || c == '\u2013'
        || c == '\u2014'
        || c == '\u2022'
        || c == '\u00a3'
        || c == '\u20ac';
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
    char[] folded = foldForTerms(text);
    for (int start = nextWord(folded, 0); start >= 0; ) {
      int end = wordEnd(folded, start);
      words.add(new String(folded, start, end - start));
      start = nextWord(folded, end);
    }
    return words;
  }

  // a scan by hand rather than the regex [a-z0-9]+: the build tokenises every answer in the log
  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** Where the next word starts at or after {@code from}, or -1. */
  private static int nextWord(char[] folded, int from) {
    for (int i = from; i < folded.length; i++) {
      if (isWordChar(folded[i])) {
        return i;
      }
    }
    return -1;
  }

  private static int wordEnd(char[] folded, int start) {
    int end = start;
    while (end < folded.length && isWordChar(folded[end])) {
      end++;
    }
    return end;
  }

  /** The term one folded word indexes as, or null for a stop word. */
  public static String term(String word) {
    char[] chars = word.toCharArray();
    WordCache cache = WordCache.borrow();
    try {
      int term = cache.term(chars, 0, chars.length);
      return term == WordCache.STOP ? null : Lexicon.term(term);
    } finally {
      cache.release();
    }
  }

  /**
   * The term of a folded word, computed afresh: null for a stop word, the stem of a word of letters
   * alone, and anything with a digit (numbers, section words such as s21) as it is.
   */
  static String computeTerm(String word) {
    return STOP_WORDS.contains(word) ? null : Porter2.stem(word);
  }

  /** Whether a folded word is all letters a to z. */
  static boolean isLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  /** Every term of a text, in order, repeated as often as it occurs. */
  public static List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    List<String> sections = new ArrayList<>();
    scan(foldForTerms(text), term -> terms.add(Lexicon.term(term)), sections);
    terms.addAll(sections);
    return terms;
  }

  /**
   * Counts every term of a text into {@code counts}, {@code weight} an occurrence, in the order
   * {@link #terms} gives them.
   */
  static void count(String text, WeightedCounts counts, float weight) {
    List<String> sections = new ArrayList<>();
    scan(foldForTerms(text), term -> counts.add(term, weight), sections);
    for (String section : sections) {
      counts.add(Lexicon.id(section), weight);
    }
  }

  /** Section terms for the FOI shorthand in folded text: each id and its parents. */
  static List<String> sectionTerms(String folded) {
    List<String> sections = new ArrayList<>();
    scan(folded.toCharArray(), null, sections);
    return sections;
  }

  /**
   * One pass over folded text: the number of each word's term into {@code words} (unless null), and
   * the section terms of FOI shorthand, which always starts a word, into {@code sections}.
   */
  private static void scan(char[] folded, IntConsumer words, List<String> sections) {
    WordCache cache = WordCache.borrow();
    try {
      scan(folded, words, sections, cache);
    } finally {
      cache.release();
    }
  }

  private static void scan(
      char[] folded, IntConsumer words, List<String> sections, WordCache cache) {
    int shorthandEnd = 0;
    int at = 0;
    while (true) {
      while (at < folded.length && !isWordChar(folded[at])) {
        at++;
      }
      if (at == folded.length) {
        return;
      }
      int start = at;
      while (at < folded.length && isWordChar(folded[at])) {
        at++;
      }
      if (start >= shorthandEnd && Shorthand.mayStart(folded, start)) {
        shorthandEnd = Math.max(shorthandEnd, Shorthand.match(folded, start, sections));
      }
      if (words != null) {
        int term = cache.term(folded, start, at);
        if (term != WordCache.STOP) {
          words.accept(term);
        }
      }
    }
  }

  /** {@code 31(1)(a)} to {@code s31-1-a}, {@code s31-1}, {@code s31}. */
  public static void sectionIds(String number, List<String> out) {
    // the runs of [0-9a-z] in the number, each id the one before and the next run
    StringBuilder id = new StringBuilder(number.length() + 4).append('s');
    int first = out.size();
    for (int at = 0; at < number.length(); ) {
      if (!isWordChar(number.charAt(at))) {
        at++;
        continue;
      }
      if (id.length() > 1) {
        id.append('-');
      }
      while (at < number.length() && isWordChar(number.charAt(at))) {
        id.append(number.charAt(at++));
      }
      out.add(first, id.toString());
    }
  }
}
