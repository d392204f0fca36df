package org.foikb.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inverted index in memory: documents go in one at a time, in the order their ids are given;
 * then {@link #finish()} turns weighted counts into one-byte BM25 impacts.
 *
 * <p>Impact is the term-frequency part of BM25F, {@code tf(k1+1)/(tf+k1(1-b+b·len/avglen))}, scaled
 * to 1..255; the inverse document frequency is left to the reader, who knows df.
 */
final class IndexBuilder {
  static final float K1 = 1.2f;
  static final float B = 0.75f;

  /** Each term's postings by its {@link Lexicon} number, null for a term not in the index. */
  private Postings[] byTerm = new Postings[1024];

  /** The postings in the order their terms first came: a term's position here is its id. */
  final List<Postings> postings = new ArrayList<>();

  private float[] lengths = new float[1024];

  /**
   * Every document's facet codes, one after another: document d's start at {@code facetStart[d]}.
   * Postings are written in document order, so copying each posting's codes reads this forward,
   * where an array per document cost a cache miss a posting.
   */
  private final ByteBuilder facets = new ByteBuilder(1 << 16);

  private int[] facetStart = new int[1025];
  private int[] groups = new int[1024];
  private int size;

  /** The mean document length, once {@link #finish()} has run. */
  private float average;

  int size() {
    return size;
  }

  /**
   * A document tokenised and weighed, ready to add; made in parallel, added in order.
   *
   * @param terms the document's terms, as {@link Lexicon} numbers, in the order they first came
   * @param counts the weighted count of each of {@code terms}
   * @param leadTerms how many of the document's first terms are those of its first field (a
   *     question's own words)
   */
  record Prepared(
      SearchDocument doc,
      int[] terms,
      float[] counts,
      int leadTerms,
      float length,
      byte[] facets) {}

  /**
   * The thread-safe part of adding documents: tokenising and weighing their fields. A text that
   * several of the documents share, as a request's title and summary are shared by its questions,
   * is tokenised once; any other text is counted straight into its document's table.
   */
  static List<Prepared> prepare(List<SearchDocument> docs) {
    Map<String, Integer> uses = new IdentityHashMap<>();
    for (SearchDocument doc : docs) {
      for (SearchDocument.Field field : doc.fields()) {
        uses.merge(field.text(), 1, Integer::sum);
      }
    }
    Map<String, WeightedCounts> shared = new IdentityHashMap<>();
    List<Prepared> prepared = new ArrayList<>(docs.size());
    // one table for all the documents, emptied between them; each keeps only its own terms
    WeightedCounts counts = null;
    for (SearchDocument doc : docs) {
      List<SearchDocument.Field> fields = doc.fields();
      WeightedCounts[] sharedCounts = new WeightedCounts[fields.size()];
      int expected = doc.extraTerms().size();
      for (int f = 0; f < fields.size(); f++) {
        String text = fields.get(f).text();
        if (uses.get(text) > 1) {
          sharedCounts[f] = shared.computeIfAbsent(text, WeightedCounts::of);
          expected += sharedCounts[f].size();
        } else {
          expected += WeightedCounts.expectedTerms(text);
        }
      }
      if (counts == null) {
        counts = new WeightedCounts(expected);
      } else {
        counts.clear(expected);
      }
      int leadTerms = 0;
      for (int f = 0; f < fields.size(); f++) {
        float weight = fields.get(f).weight();
        if (sharedCounts[f] != null) {
          counts.addAll(sharedCounts[f], weight);
        } else {
          Tokeniser.count(fields.get(f).text(), counts, weight);
        }
        leadTerms = f == 0 ? counts.size() : leadTerms;
      }
      for (Map.Entry<String, Float> extra : doc.extraTerms().entrySet()) {
        counts.add(Lexicon.id(extra.getKey()), extra.getValue());
      }
      prepared.add(
          new Prepared(
              doc, counts.numbers(), counts.counts(), leadTerms, counts.total(), facets(doc)));
    }
    return prepared;
  }

  /** Adds a document; its id is the number of documents added before it. */
  int add(Prepared prepared, int group) {
    int id = size++;
    if (id == lengths.length) {
      int n = id * 2;
      lengths = Arrays.copyOf(lengths, n);
      facetStart = Arrays.copyOf(facetStart, n + 1);
      groups = Arrays.copyOf(groups, n);
    }
    int[] terms = prepared.terms();
    float[] counts = prepared.counts();
    for (int i = 0; i < terms.length; i++) {
      postings(terms[i]).add(id, counts[i]);
    }
    lengths[id] = prepared.length();
    facets.write(prepared.facets());
    facetStart[id + 1] = facets.length();
    groups[id] = group;
    return id;
  }

  /** A term's postings, made when it first comes. */
  private Postings postings(int term) {
    if (term >= byTerm.length) {
      byTerm = Arrays.copyOf(byTerm, Math.max(term + 1, byTerm.length * 2));
    }
    Postings found = byTerm[term];
    if (found == null) {
      found = new Postings(postings.size(), term);
      byTerm[term] = found;
      postings.add(found);
    }
    return found;
  }

  /** The postings of a term, by its {@link Lexicon} number; the term must be in the index. */
  Postings postingsOf(int term) {
    Postings found = term < byTerm.length ? byTerm[term] : null;
    if (found == null) {
      throw new IllegalArgumentException("not in the index: " + Lexicon.term(term));
    }
    return found;
  }

  /** Kind and question number, outcome mask, year, then section and topic codes as varints. */
  private static byte[] facets(SearchDocument doc) {
    ByteBuilder out = new ByteBuilder(8);
    out.write(doc.kind().code | (Math.min(doc.question(), 63) << 2));
    out.write(doc.outcomes());
    out.write(doc.year() < 0 ? 255 : Math.min(doc.year(), 254));
    out.varint(doc.sections().length);
    for (int code : doc.sections()) {
      out.varint(code);
    }
    out.varint(doc.topics().length);
    for (int code : doc.topics()) {
      out.varint(code);
    }
    return out.toByteArray();
  }

  /** Replaces weighted counts by impacts. */
  void finish() {
    double total = 0;
    for (int i = 0; i < size; i++) {
      total += lengths[i];
    }
    float mean = size == 0 ? 1 : (float) Math.max(total / size, 1);
    average = mean;
    float[] documentLengths = lengths;
    // terms are independent, and this runs when nothing else is left to keep the cores busy
    postings.parallelStream().forEach(p -> p.finish(documentLengths, mean));
  }

  /**
   * After {@link #finish()}: the impact of a term a document counts {@code count} times, as its
   * postings hold it.
   */
  int impact(float count, int doc) {
    return Postings.impact(count, lengths[doc], average);
  }

  /** Appends a document's facet codes to {@code out}. */
  void writeFacets(int doc, ByteBuilder out) {
    out.write(facets.bytes(), facetStart[doc], facetStart[doc + 1] - facetStart[doc]);
  }

  int group(int doc) {
    return groups[doc];
  }

  /** {@code ln(1 + (N - df + 0.5) / (df + 0.5))}, as the browser computes it. */
  double idf(int df) {
    return Math.log(1 + (size - df + 0.5) / (df + 0.5));
  }
}
