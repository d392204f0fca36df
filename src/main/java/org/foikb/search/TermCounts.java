package org.foikb.search;

/**
 * A document's or a field's terms and their weighted counts, in the order each term first came: an
 * open-addressing table of strings to floats, because a log has millions of documents and a boxed
 * map per document costs more than the tokenising. Each slot keeps its term's hash, so a probe
 * compares ints and reads no string it does not match.
 */
final class TermCounts {
  private String[] terms;
  private int[] hashes;
  private float[] counts;

  /** Table positions in the order their terms first came. */
  private int[] order;

  private int size;
  private float total;

  TermCounts() {
    this(8);
  }

  /** A table that holds {@code expected} distinct terms before it grows. */
  TermCounts(int expected) {
    int slots = Integer.highestOneBit(Math.max(8, expected) * 2) << 1;
    terms = new String[slots];
    hashes = new int[slots];
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

  void add(String term, float weight) {
    total += weight;
    put(term, spread(term.hashCode()), weight);
  }

  private void put(String term, int hash, float weight) {
    int mask = terms.length - 1;
    int at = hash & mask;
    for (String there; (there = terms[at]) != null; at = (at + 1) & mask) {
      if (hashes[at] == hash && (there == term || there.equals(term))) {
        counts[at] += weight;
        return;
      }
    }
    terms[at] = term;
    hashes[at] = hash;
    counts[at] = weight;
    order[size++] = at;
    if (size * 2 >= terms.length) {
      grow();
    }
  }

  /** Adds every count of {@code field}, times {@code weight}. */
  void addAll(TermCounts field, float weight) {
    for (int i = 0; i < field.size; i++) {
      int at = field.order[i];
      float count = field.counts[at] * weight;
      total += count;
      put(field.terms[at], field.hashes[at], count);
    }
  }

  int size() {
    return size;
  }

  /** The sum of all weighted counts: the length of the document or field. */
  float total() {
    return total;
  }

  /** The {@code i}th distinct term, in the order they first came. */
  String term(int i) {
    return terms[order[i]];
  }

  /** The hash this table filed the {@code i}th term under, for tables keyed the same way. */
  int hash(int i) {
    return hashes[order[i]];
  }

  /** The weighted count of the {@code i}th term. */
  float count(int i) {
    return counts[order[i]];
  }

  private void grow() {
    String[] oldTerms = terms;
    int[] oldHashes = hashes;
    float[] oldCounts = counts;
    int[] oldOrder = order;
    int oldSize = size;
    int slots = oldTerms.length * 2;
    terms = new String[slots];
    hashes = new int[slots];
    counts = new float[slots];
    order = new int[slots / 2];
    size = 0;
    for (int i = 0; i < oldSize; i++) {
      int at = oldOrder[i];
      put(oldTerms[at], oldHashes[at], oldCounts[at]);
    }
  }

  /** The hash of a term as these tables file it. */
  static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
