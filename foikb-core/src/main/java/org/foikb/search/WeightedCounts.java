package org.foikb.search;

/**
 * Numbers and their weighted counts, in the order each number first came: an open-addressing table
 * of ints to floats, emptied in time proportional to what it holds. It counts a document's or a
 * field's terms (as {@link Lexicon} numbers), because a log has millions of documents and a boxed
 * map per document costs more than the tokenising; and it sums the scores of the questions that
 * could be "asked before".
 */
final class WeightedCounts {
  /** Number + 1 in each used slot, 0 in a free one. */
  private int[] keys;

  private float[] counts;

  /** Table positions in the order their numbers first came. */
  private int[] order;

  private int size;
  private float total;

  /** A table that holds {@code expected} distinct numbers before it grows. */
  WeightedCounts(int expected) {
    allocate(expected);
  }

  private void allocate(int expected) {
    int slots = Integer.highestOneBit(Math.max(8, expected) * 2) << 1;
    keys = new int[slots];
    counts = new float[slots];
    order = new int[slots / 2];
  }

  /** A field's terms, each counted once an occurrence. */
  static WeightedCounts of(String text) {
    WeightedCounts counts = new WeightedCounts(expectedTerms(text));
    Tokeniser.count(text, counts, 1);
    return counts;
  }

  /** About one distinct term in ten characters of prose: most tables never grow. */
  static int expectedTerms(String text) {
    return text.length() / 10 + 8;
  }

  void add(int number, float weight) {
    total += weight;
    put(number + 1, weight);
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

  /** Spreads numbers, which come in runs, over the table. */
  private static int slot(int key, int mask) {
    int mixed = key * 0x9E3779B9;
    return (mixed ^ (mixed >>> 16)) & mask;
  }

  /** Adds every count of {@code field}, times {@code weight}. */
  void addAll(WeightedCounts field, float weight) {
    for (int i = 0; i < field.size; i++) {
      int at = field.order[i];
      float count = field.counts[at] * weight;
      total += count;
      put(field.keys[at], count);
    }
  }

  /** Empties the table for the next use, which has about {@code expected} distinct numbers. */
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

  /** The {@code i}th distinct number, in the order they first came. */
  int number(int i) {
    return keys[order[i]] - 1;
  }

  /** The weighted count of the {@code i}th number. */
  float count(int i) {
    return counts[order[i]];
  }

  /** The numbers in the order they first came. */
  int[] numbers() {
    int[] numbers = new int[size];
    for (int i = 0; i < size; i++) {
      numbers[i] = keys[order[i]] - 1;
    }
    return numbers;
  }

  /** The weighted counts, in the order of {@link #numbers()}. */
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
