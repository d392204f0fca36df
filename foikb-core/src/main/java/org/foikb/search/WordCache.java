package org.foikb.search;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A memory of the terms of words seen before, as {@link Lexicon} numbers, looked up by a range of
 * characters in the text, so that a word seen before costs neither a new string nor a second pass
 * over its letters. A log repeats a small vocabulary millions of times: in the generated
 * 10,000-request log, 2,000 words make 98% of all words, and 8,000 make 99.7%.
 *
 * <p>The table is small enough to stay in a core's cache while pages render beside it: 2,048 sets
 * of four slots, 64 bytes a set, 128 KB in all. A table that held every word (1 MB) lost to the
 * render threads' data, and its lookups waited on main memory: a third of all the index's reading
 * time in a 100,000-request build. A word new to its set takes the set's first slot, and the oldest
 * leaves; a common word pushed out comes back the next time it is read.
 *
 * <p>A slot is two longs: the word's length and first seven letters, a byte each; then its next
 * four letters and its term. Comparing a word is comparing two longs.
 */
final class WordCache {
  private static final int SET_BITS = 11;
  private static final int WAYS = 4;

  /** Longs a slot. */
  private static final int SLOT = 2;

  private static final int SET = WAYS * SLOT;

  /** Longer words, and words with letters beyond Latin-1, are rare: not remembered. */
  static final int WIDTH = 11;

  /** The number a stop word gets: no term. */
  static final int STOP = -1;

  /** The slots, set after set; a slot whose first long is 0 (a word of no letters) is empty. */
  private final long[] slots = new long[SET << SET_BITS];

  /**
   * The term of every word of letters this process has stemmed, shared by all threads: a word is
   * stemmed once, not once for each thread and each time it comes back to a table. It also keeps
   * the stemmer out of the compiled code of the scanning loop, which the JIT would otherwise
   * recompile with the whole stemmer inside it.
   */
  private static final ConcurrentHashMap<String, Integer> STEMS = new ConcurrentHashMap<>();

  /** The term of a word, or {@link #STOP}. */
  private static int termOf(String word) {
    if (!Tokeniser.isLetters(word)) {
      // numbers and the like are their own terms
      return Lexicon.id(word);
    }
    Integer term = STEMS.get(word);
    return term != null ? term : STEMS.computeIfAbsent(word, WordCache::computeOnce);
  }

  private static int computeOnce(String word) {
    String term = Tokeniser.computeTerm(word);
    return term == null ? STOP : Lexicon.id(term);
  }

  /*
   * Caches not in use, the warmest on top. A thread borrows one for each text rather than keeping
   * one of its own: the common fork-join pool retires and replaces its worker during a build (20
   * times in one 10,000-request build), and each new worker's thread-local table started empty.
   */
  private static final ArrayDeque<WordCache> IDLE = new ArrayDeque<>();

  /** A cache no other thread is using; give it back with {@link #release()}. */
  static WordCache borrow() {
    synchronized (IDLE) {
      WordCache idle = IDLE.pollFirst();
      return idle != null ? idle : new WordCache();
    }
  }

  /** Hands the cache back for the next text; it must not be used after this. */
  void release() {
    synchronized (IDLE) {
      IDLE.addFirst(this);
    }
  }

  /** The term of the folded word {@code text[start, end)}, or {@link #STOP}. */
  int term(char[] text, int start, int end) {
    int length = end - start;
    if (length > WIDTH) {
      return termOf(new String(text, start, length));
    }
    long head = length;
    long tail = 0;
    int letters = 0;
    for (int i = 0; i < length; i++) {
      char c = text[start + i];
      letters |= c;
      if (i < 7) {
        head |= (long) c << (8 + 8 * i);
      } else {
        tail |= (long) c << (8 * (i - 7));
      }
    }
    if (letters > 0xff) {
      return termOf(new String(text, start, length));
    }
    int set =
        SET * (int) (((head ^ (tail * 0x9e3779b97f4a7c15L)) * 0xc2b2ae3d27d4eb4fL) >>> -SET_BITS);
    for (int slot = set; slot < set + SET; slot += SLOT) {
      if (slots[slot] == head && (int) slots[slot + 1] == (int) tail) {
        return (int) (slots[slot + 1] >>> 32);
      }
    }
    int term = termOf(new String(text, start, length));
    System.arraycopy(slots, set, slots, set + SLOT, SET - SLOT);
    slots[set] = head;
    slots[set + 1] = (long) term << 32 | tail;
    return term;
  }
}
