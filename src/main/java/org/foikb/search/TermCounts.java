package org.foikb.search;

/**
 * A document's or a field's terms, as {@link Lexicon} numbers, and their weighted counts, in the
 * order each term first came: an open-addressing table of ints to floats, because a log has
 * millions of documents and a boxed map per document costs more than the tokenising.
 */
final class TermCounts {
  /** Term number + 1 in each used slot, 0 in a free one. */
  private int[] keys;

  private float[] counts;

  /** Table positions in the order their terms first came. */
  private int[] order;

  private int size;
  private float total;

  /** A table that holds {@code expected} distinct terms before it grows. */
  TermCounts(int expected) {
    allocate(expected);
  }

  private void allocate(int expected) {
    int slots = Integer.highestOneBit(Math.max(8, expected) * 2) << 1;
    keys = new int[slots];
    counts = new float[slots];
    order = new int[slots / 2];
  }

  /** A field's terms, each counted once an occurrence. */
  static TermCounts of(String text) {
    TermCounts counts = new TermCounts(expectedTerms(text));
    Tokeniser.count(text, counts, 1);
    return counts;
  }

  /** About one distinct term in ten characters of prose: most tables never grow. */
  static int expectedTerms(String text) {
    return text.length() / 10 + 8;
  }

  void add(int term, float weight) {
    total += weight;
    put(term + 1, weight);
  }

  private void put(int key, float weight) {
    int mask = keys.length - 1;
    int at = slot(key, mask);
    for (int there; (there = keys[at]) != 0; at = (at + 1) & mask) {
      if (there == key) {
        counts[at] += weight;
        return;
      }
    }
    keys[at] = key;
    counts[at] = weight;
    order[size++] = at;
    if (size * 2 >= keys.length) {
      grow();
    }
  }

  /** Spreads term numbers, which come in runs, over the table. */
  private static int slot(int key, int mask) {
    int mixed = key * 0x9E3779B9;
    return (mixed ^ (mixed >>> 16)) & mask;
  }

  /** Adds every count of {@code field}, times {@code weight}. */
  void addAll(TermCounts field, float weight) {
    for (int i = 0; i < field.size; i++) {
      int at = field.order[i];
      float count = field.counts[at] * weight;
      total += count;
      put(field.keys[at], count);
    }
  }

  /** Empties the table for the next document, which has about {@code expected} distinct terms. */
  void clear(int expected) {
    if (expected * 2 >= keys.length) {
      allocate(expected);
    } else {
      for (int i = 0; i < size; i++) {
        keys[order[i]] = 0;
      }
    }
    size = 0;
    total = 0;
  }

  int size() {
    return size;
  }

  /** The sum of all weighted counts: the length of the document or field. */
  float total() {
    return total;
  }

  /** The term numbers in the order they first came. */
  int[] terms() {
    int[] terms = new int[size];
    for (int i = 0; i < size; i++) {
      terms[i] = keys[order[i]] - 1;
    }
    return terms;
  }

  /** The weighted counts, in the order of {@link #terms()}. */
  float[] counts() {
    float[] weights = new float[size];
    for (int i = 0; i < size; i++) {
      weights[i] = counts[order[i]];
    }
    return weights;
  }

  private void grow() {
    int[] oldKeys = keys;
    float[] oldCounts = counts;
    int[] oldOrder = order;
    int oldSize = size;
    int slots = oldKeys.length * 2;
    keys = new int[slots];
    counts = new float[slots];
    order = new int[slots / 2];
    size = 0;
    for (int i = 0; i < oldSize; i++) {
      int at = oldOrder[i];
      put(oldKeys[at], oldCounts[at]);
    }
  }
}
