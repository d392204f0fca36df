package org.foikb.search;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A memory of the terms of words seen before, as {@link Lexicon} numbers, looked up by a range of
 * characters in the text, so that a word seen before costs neither a new string nor a second pass
 * over its letters. A log repeats a small vocabulary millions of times; when the table fills with
 * the long tail of rare words it starts afresh, and the common words come back at once.
 *
 * <p>A slot is {@link #SLOT} bytes of one array: the word's hash, its length and its letters. A
 * lookup done for every word of every answer, while pages render on the same cores, then reads one
 * cache line where separate arrays for hashes, lengths and letters cost a miss each.
 */
final class WordCache {
  private static final int SLOTS = 1 << 15;

  /** Bytes a slot: the hash (4), the length (1), the letters (one byte each). */
  private static final int SLOT = 32;

  /** Longer words, and words with letters beyond Latin-1, are rare: not remembered. */
  static final int WIDTH = SLOT - 5;

  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.nativeOrder());

  /** The number a stop word gets: no term. */
  static final int STOP = -1;

  /** The slots; a slot whose length byte is 0 is empty. */
  private final byte[] slots = new byte[SLOTS * SLOT];

  private final int[] terms = new int[SLOTS];
  private int size;

  /**
   * The term of every word of letters this process has stemmed, shared by all threads: a word is
   * stemmed once, not once for each thread and each time its table starts afresh. It also keeps the
   * stemmer out of the compiled code of the scanning loop, which the JIT would otherwise recompile
   * with the whole stemmer inside it.
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
   * while finding its end, or {@link #STOP}.
   */
  int term(char[] text, int start, int end, int hash) {
    int length = end - start;
    if (length > WIDTH) {
      return termOf(new String(text, start, length));
    }
    for (int at = (hash ^ (hash >>> 15)) & (SLOTS - 1); ; at = (at + 1) & (SLOTS - 1)) {
      int slot = at * SLOT;
      int stored = slots[slot + 4];
      if (stored == 0) {
        return remember(text, start, length, hash, at);
      }
      if (stored == length && (int) INT.get(slots, slot) == hash && same(slot + 5, text, start)) {
        return terms[at];
      }
    }
  }

  private boolean same(int from, char[] text, int start) {
    int length = slots[from - 1];
    for (int i = 0; i < length; i++) {
      if ((slots[from + i] & 0xff) != text[start + i]) {
        return false;
      }
    }
    return true;
  }

  /** Looks the word's term up and keeps it in the empty slot {@code at}, if it fits there. */
  private int remember(char[] text, int start, int length, int hash, int at) {
    int term = termOf(new String(text, start, length));
    for (int i = start; i < start + length; i++) {
      if (text[i] > 0xff) {
        return term;
      }
    }
    if (size * 2 >= SLOTS) {
      Arrays.fill(slots, (byte) 0);
      size = 0;
      at = (hash ^ (hash >>> 15)) & (SLOTS - 1);
    }
    int slot = at * SLOT;
    INT.set(slots, slot, hash);
    slots[slot + 4] = (byte) length;
    for (int i = 0; i < length; i++) {
      slots[slot + 5 + i] = (byte) text[start + i];
    }
    terms[at] = term;
    size++;
    return term;
  }
}
