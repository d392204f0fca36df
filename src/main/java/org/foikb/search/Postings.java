package org.foikb.search;

import java.util.Arrays;

/** The documents one term occurs in, in document order, with its weighted count in each. */
final class Postings {
  int[] docs = new int[4];
  float[] counts = new float[4];
  byte[] impacts;
  int size;

  void add(int doc, float count) {
    if (size == docs.length) {
      docs = Arrays.copyOf(docs, size * 2);
      counts = Arrays.copyOf(counts, size * 2);
    }
    docs[size] = doc;
    counts[size] = count;
    size++;
  }

  /** The impact of this term in a document, or 0 when it does not occur there. */
  int impact(int doc) {
    int at = Arrays.binarySearch(docs, 0, size, doc);
    return at < 0 ? 0 : impacts[at] & 0xff;
  }

  /**
   * Positions into {@link #docs} of the {@code k} highest impacts among the documents {@code keep}
   * accepts, ties going to earlier documents, in document order. Linear time.
   */
  int[] topByImpact(int k, java.util.function.IntPredicate keep) {
    int[] histogram = new int[256];
    int kept = 0;
    for (int i = 0; i < size; i++) {
      if (keep.test(docs[i])) {
        histogram[impacts[i] & 0xff]++;
        kept++;
      }
    }
    int threshold = 0;
    int above = 0;
    if (kept > k) {
      for (threshold = 255; threshold > 0 && above + histogram[threshold] <= k; threshold--) {
        above += histogram[threshold];
      }
    }
    int atThreshold = kept > k ? k - above : Integer.MAX_VALUE;
    int[] top = new int[Math.min(k, kept)];
    int n = 0;
    for (int i = 0; i < size && n < top.length; i++) {
      int impact = impacts[i] & 0xff;
      if (impact < threshold || !keep.test(docs[i])) {
        continue;
      }
      if (impact == threshold && kept > k) {
        if (atThreshold == 0) {
          continue;
        }
        atThreshold--;
      }
      top[n++] = i;
    }
    return top;
  }
}
