package org.foikb.search;

/**
 * One thread's memory of the terms of words it has seen, looked up by a range of characters in the
 * text, so that a word seen before costs neither a new string nor a second hash. A log repeats a
 * small vocabulary millions of times; when the table fills with the long tail of rare words it
 * starts afresh, and the common words come back at once.
 */
final class WordCache {
  private static final int SLOTS = 1 << 16;
  private static final String STOP = new String("stop word");

  private final String[] words = new String[SLOTS];
  private final String[] terms = new String[SLOTS];
  private int size;

  private static final ThreadLocal<WordCache> OWN = ThreadLocal.withInitial(WordCache::new);

  static WordCache get() {
    return OWN.get();
  }

  /** The term of the letters-only word {@code text[start, end)}, or null for a stop word. */
  String term(String text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    int length = end - start;
    int at = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    while (words[at] != null) {
      String word = words[at];
      if (word.length() == length && text.regionMatches(start, word, 0, length)) {
        String term = terms[at];
        return term == STOP ? null : term;
      }
      at = (at + 1) & (SLOTS - 1);
    }
    String word = text.substring(start, end);
    String term = Tokeniser.computeTerm(word);
    if (size * 2 >= SLOTS) {
      java.util.Arrays.fill(words, null);
      java.util.Arrays.fill(terms, null);
      size = 0;
      at = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    }
    words[at] = word;
    terms[at] = term == null ? STOP : term.intern();
    size++;
    return term == null ? null : terms[at];
  }
}
