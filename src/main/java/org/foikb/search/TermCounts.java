package org.foikb.search;

import java.util.function.ObjIntConsumer;

/**
 * A document's terms and their weighted counts: an open-addressing table of strings to floats,
 * because a log has millions of documents and a boxed map per document costs more than the
 * tokenising.
 */
final class TermCounts {
  private String[] terms = new String[16];
  private float[] counts = new float[16];
  private int size;

  void add(String term, float weight) {
    int mask = terms.length - 1;
    int at = spread(term.hashCode()) & mask;
    while (terms[at] != null) {
      if (terms[at] == term || terms[at].equals(term)) {
        counts[at] += weight;
        return;
      }
      at = (at + 1) & mask;
    }
    terms[at] = term;
    counts[at] = weight;
    if (++size * 2 > terms.length) {
      grow();
    }
  }

  int size() {
    return size;
  }

  /** Calls {@code action} with each term and the position of its count, in table order. */
  void forEach(ObjIntConsumer<String> action) {
    for (int i = 0; i < terms.length; i++) {
      if (terms[i] != null) {
        action.accept(terms[i], i);
      }
    }
  }

  float countAt(int position) {
    return counts[position];
  }

  private void grow() {
    String[] oldTerms = terms;
    float[] oldCounts = counts;
    terms = new String[oldTerms.length * 2];
    counts = new float[oldTerms.length * 2];
    size = 0;
    for (int i = 0; i < oldTerms.length; i++) {
      if (oldTerms[i] != null) {
        add(oldTerms[i], oldCounts[i]);
      }
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
