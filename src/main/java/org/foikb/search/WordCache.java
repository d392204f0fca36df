package org.foikb.search;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One thread's memory of the terms of words it has seen, looked up by a range of characters in the
 * text, so that a word seen before costs neither a new string nor a second pass over its letters. A
 * log repeats a small vocabulary millions of times; when the table fills with the long tail of rare
 * words it starts afresh, and the common words come back at once.
 *
 * <p>The words' letters live side by side in one array, a fixed width a slot, rather than in an
 * array each: a lookup then reads memory that is close together, which matters when it is done for
 * every word of every answer while pages render on the same cores.
 */
final class WordCache {
  private static final int SLOTS = 1 << 15;

  /** Longer words are rare; their terms are computed every time. */
  static final int WIDTH = 20;

  private static final String STOP = new String("stop word");

  private final char[] letters = new char[SLOTS * WIDTH];
  private final int[] hashes = new int[SLOTS];

  /** A word's length, or 0 for an empty slot. */
  private final byte[] lengths = new byte[SLOTS];

  private final String[] terms = new String[SLOTS];
  private int size;

  /**
   * Every word of letters this process has stemmed, shared by all threads: a word is stemmed once,
   * not once for each thread and each time its table starts afresh. It also keeps the stemmer out
   * of the compiled code of the scanning loop, which the JIT would otherwise recompile with the
   * whole stemmer inside it.
   */
  private static final ConcurrentHashMap<String, String> STEMS = new ConcurrentHashMap<>();

  /** The term of a word, or null for a stop word. */
  private static String termOf(String word) {
    if (!Tokeniser.isLetters(word)) {
      // numbers and the like are their own terms, and too many to remember
      return word;
    }
    String term = STEMS.get(word);
    if (term == null) {
      term = STEMS.computeIfAbsent(word, WordCache::computeOnce);
    }
    return term == STOP ? null : term;
  }

  private static String computeOnce(String word) {
    String term = Tokeniser.computeTerm(word);
    return term == null ? STOP : term.intern();
  }

  private static final ThreadLocal<WordCache> OWN = ThreadLocal.withInitial(WordCache::new);

  static WordCache get() {
    return OWN.get();
  }

  /** The hash {@link #term} expects: {@link String#hashCode()} of the range. */
  static int hash(char[] text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text[i];
    }
    return hash;
  }

  /**
   * The term of the folded word {@code text[start, end)}, whose {@link #hash} the caller computed
   * while finding its end, or null for a stop word.
   */
  String term(char[] text, int start, int end, int hash) {
    int length = end - start;
    if (length > WIDTH) {
      return termOf(new String(text, start, length));
    }
    int at = (hash ^ (hash >>> 15)) & (SLOTS - 1);
    for (; lengths[at] != 0; at = (at + 1) & (SLOTS - 1)) {
      if (hashes[at] == hash && lengths[at] == length && same(at * WIDTH, text, start, length)) {
        String term = terms[at];
        return term == STOP ? null : term;
      }
    }
    return remember(text, start, length, hash);
  }

  private boolean same(int from, char[] text, int start, int length) {
    for (int i = 0; i < length; i++) {
      if (letters[from + i] != text[start + i]) {
        return false;
      }
    }
    return true;
  }

  private String remember(char[] text, int start, int length, int hash) {
    String term = termOf(new String(text, start, length));
    if (size * 2 >= SLOTS) {
      Arrays.fill(lengths, (byte) 0);
      Arrays.fill(terms, null);
      size = 0;
    }
    int at = (hash ^ (hash >>> 15)) & (SLOTS - 1);
    while (lengths[at] != 0) {
      at = (at + 1) & (SLOTS - 1);
    }
    System.arraycopy(text, start, letters, at * WIDTH, length);
    hashes[at] = hash;
    lengths[at] = (byte) length;
    terms[at] = term == null ? STOP : term.intern();
    size++;
    return term == null ? null : terms[at];
  }
}
