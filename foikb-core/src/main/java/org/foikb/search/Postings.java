package org.foikb.search;

import java.util.Arrays;

/**
 * The documents one term occurs in, in document order. While the index grows, each posting is two
 * varints in a byte array, the gap from the previous document and the weighted count doubled (field
 * weights are halves, so this is exact): about 2.5 bytes a posting where an int and a float took 8,
 * which is what lets 100,000 requests build within a 2 GB heap. {@link #finish} then lays them out
 * as documents and one-byte impacts.
 */
final class Postings {
  /** The term's position in the index's list of terms, in the order the terms first came. */
  final int id;

  /** The term's {@link Lexicon} number. */
  final int term;

  private byte[] pending = new byte[8];
  private int pendingLength;
  private int lastDoc;
  int size;

  /** After {@link #finish}: the documents, ascending, and the impact in each. */
  int[] docs;

  byte[] impacts;

  Postings(int id, int term) {
    this.id = id;
    this.term = term;
  }

  void add(int doc, float count) {
    if (pendingLength + 10 > pending.length) {
      pending = Arrays.copyOf(pending, pending.length * 2);
    }
    write(doc - lastDoc);
    write(Math.round(count * 2));
    lastDoc = doc;
    size++;
  }

  /** The next varint of {@link #pending}, from {@link #pendingLength} used as a read position. */
  private int read() {
    int value = 0;
    int shift = 0;
    byte b;
    do {
      b = pending[pendingLength++];
      value |= (b & 0x7f) << shift;
      shift += 7;
    } while (b < 0);
    return value;
  }

  private void write(int value) {
    while ((value & ~0x7f) != 0) {
      pending[pendingLength++] = (byte) ((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    pending[pendingLength++] = (byte) value;
  }

  /**
   * Turns weighted counts into impacts: the term-frequency part of BM25, {@code
   * tf(k1+1)/(tf+k1(1-b+b·len/avglen))}, scaled to 1..255.
   */
  void finish(float[] lengths, float average) {
    docs = new int[size];
    impacts = new byte[size];
    pendingLength = 0;
    int doc = 0;
    for (int i = 0; i < size; i++) {
      doc += read();
      float tf = read() / 2f;
      docs[i] = doc;
      impacts[i] = (byte) impact(tf, lengths[doc], average);
    }
    pending = null;
  }

  /** The impact of a term counted {@code tf} times in a document of the given length. */
  static int impact(float tf, float length, float average) {
    float norm = IndexBuilder.K1 * (1 - IndexBuilder.B + IndexBuilder.B * length / average);
    float part = tf * (IndexBuilder.K1 + 1) / (tf + norm);
    return Math.max(1, Math.min(255, Math.round(255 * part / (IndexBuilder.K1 + 1))));
  }

  /**
   * Positions into {@link #docs} of the {@code k} highest impacts, ties going to earlier documents,
   * in document order. Linear time.
   */
  int[] topByImpact(int k) {
    if (size <= k) {
      // most terms are rarer than k: all of their postings, no ranking needed
      int[] all = new int[size];
      for (int i = 0; i < size; i++) {
        all[i] = i;
      }
      return all;
    }
    int[] histogram = new int[256];
    for (int i = 0; i < size; i++) {
      histogram[impacts[i] & 0xff]++;
    }
    // the lowest impact that still makes the top k; only some of the postings at it get in
    int threshold = 255;
    int above = 0;
    for (; threshold > 0 && above + histogram[threshold] <= k; threshold--) {
      above += histogram[threshold];
    }
    int atThreshold = k - above;
    int[] top = new int[k];
    int n = 0;
    for (int i = 0; i < size && n < k; i++) {
      int impact = impacts[i] & 0xff;
      if (impact > threshold || (impact == threshold && atThreshold-- > 0)) {
        top[n++] = i;
      }
    }
    return top;
  }
}
