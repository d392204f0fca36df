package org.foikb.search;

import java.util.Arrays;

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
      return Tokeniser.computeTerm(new String(text, start, length));
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
    String term = Tokeniser.computeTerm(new String(text, start, length));
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
