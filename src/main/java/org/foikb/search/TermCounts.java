package org.foikb.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjDoubleConsumer;

/**
 * A document's or a field's terms and their weighted counts, in the order each term first came: an
 * open-addressing table of strings to floats, because a log has millions of documents and a boxed
 * map per document costs more than the tokenising.
 */
final class TermCounts {
  private String[] terms = new String[16];
  private float[] counts = new float[16];

  /** Table positions in the order their terms first came. */
  private int[] order = new int[8];

  private int size;
  private float total;

  /** A field's terms, each counted once an occurrence. */
  static TermCounts of(String text) {
    TermCounts counts = new TermCounts();
    Tokeniser.count(text, counts);
    return counts;
  }

  void add(String term) {
    add(term, 1);
  }

  void add(String term, float weight) {
    total += weight;
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
    if (size == order.length) {
      order = java.util.Arrays.copyOf(order, size * 2);
    }
    order[size++] = at;
    if (size * 2 > terms.length) {
      grow();
    }
  }

  /** Adds every count of {@code field}, times {@code weight}. */
  void addAll(TermCounts field, float weight) {
    for (int i = 0; i < field.size; i++) {
      int at = field.order[i];
      add(field.terms[at], field.counts[at] * weight);
    }
  }

  /** The distinct terms, in the order they first came. */
  List<String> terms() {
    List<String> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(terms[order[i]]);
    }
    return list;
  }

  int size() {
    return size;
  }

  /** The sum of all weighted counts: the length of the document or field. */
  float total() {
    return total;
  }

  /** Calls {@code action} with each term and its count, in the order the terms first came. */
  void forEach(ObjDoubleConsumer<String> action) {
    for (int i = 0; i < size; i++) {
      int at = order[i];
      action.accept(terms[at], counts[at]);
    }
  }

  private void grow() {
    String[] oldTerms = terms;
    float[] oldCounts = counts;
    int[] oldOrder = order;
    int oldSize = size;
    terms = new String[oldTerms.length * 2];
    counts = new float[oldTerms.length * 2];
    order = new int[oldOrder.length];
    size = 0;
    float oldTotal = total;
    for (int i = 0; i < oldSize; i++) {
      add(oldTerms[oldOrder[i]], oldCounts[oldOrder[i]]);
    }
    total = oldTotal;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
