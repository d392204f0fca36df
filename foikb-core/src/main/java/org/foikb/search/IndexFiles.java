package org.foikb.search;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.foikb.model.Outcome;
import org.foikb.model.OverallOutcome;
import org.foikb.output.SiteFiles;

/**
 * Writes the finished index as static files under {@code search/}:
 *
 * <ul>
 *   <li>{@code meta.json}: document count, limits, facet labels;
 *   <li>{@code d/<xx>.json}: the dictionary shard of terms starting with {@code xx}: term to {@code
 *       [df, postings]}, postings inline as base64 when small, else the number of a file
 *   <li>{@code p/<xx>/<n>.bin}: postings of a frequent term, best {@link #TOP_K} by impact;
 *   <li>{@code t/<xx>.json}: the terms of letters alone ending in {@code xx}, as a list: where a
 *       typo is in a word's first two letters, its dictionary shard is not the one to look in, but
 *       the end of its term is still right (see {@link #tail});
 *   <li>{@code s/<xx>.json}: the {@link Thesaurus} entries whose first term is in dictionary shard
 *       {@code xx}, stemmed, with the phrases the log has ({@code k}) and the dictionary entries of
 *       their terms ({@code d}), so that a query with a word the log lacks or hardly uses fetches
 *       one small file for it rather than a dictionary shard for each term it gives;
 *   <li>{@code docs/<n>.json}: what the results list shows, {@link #CHUNK} documents a file (see
 *       {@link #writeChunk}).
 * </ul>
 *
 * A posting is a varint doc-id gap, a one-byte impact and the document's facet codes.
 */
final class IndexFiles {
  static final int TOP_K = 1500;
  static final int CHUNK = 8;
  static final int INLINE_BYTES = 1024;

  private final SiteFiles writer;
  private final String root;

  IndexFiles(SiteFiles writer, String root) {
    this.writer = writer;
    this.root = root;
  }

  /** How many shards hold the numbers of four digits or more. */
  static final int NUMBER_SHARDS = 256;

  /**
   * The shard a term lives in: its first two characters, '_' standing in for a missing one. Numbers
   * of four digits or more (reference numbers, years) go by a hash instead: a log of 100,000
   * requests has as many reference numbers, and under their first two digits a query for one would
   * fetch megabytes.
   */
  static String shard(String term) {
    if (term.length() >= 4 && term.charAt(0) >= '0' && term.charAt(0) <= '9') {
      return "_n" + (term.hashCode() & (NUMBER_SHARDS - 1));
    }
    return term.length() >= 2 ? term.substring(0, 2) : term + "_";
  }

  /**
   * The list of terms a term is in by its ending: its last two letters, for terms of three letters
   * or more and letters alone; null for the others, which typo tolerance leaves alone.
   */
  static String tail(String term) {
    if (term.length() < 3) {
      return null;
    }
    for (int i = 0; i < term.length(); i++) {
      if (term.charAt(i) < 'a' || term.charAt(i) > 'z') {
        return null;
      }
    }
    return term.substring(term.length() - 2);
  }

  /**
   * Writes a chunk of documents. A question that follows its request or another of its questions
   * gives its number ({@code n}) in place of the request's address, title, reference and date,
   * which the browser takes from the document before it; outcome labels are in {@code meta.json}.
   */
  void writeChunk(int number, List<SearchDocument> docs) {
    StringBuilder out = new StringBuilder("[");
    SearchDocument previous = null;
    for (SearchDocument doc : docs) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append("{\"k\":").append(doc.kind().code);
      if (followsItsRequest(doc, previous)) {
        out.append(",\"n\":").append(doc.question());
      } else {
        field(out, "u", doc.url());
        field(out, "t", doc.title());
        field(out, "r", doc.reference());
        field(out, "d", doc.date());
      }
      field(out, "q", doc.ask());
      field(out, "o", doc.outcomeSlug());
      field(out, "s", doc.snippet());
      if (!doc.sources().isEmpty()) {
        out.append(",\"p\":[");
        for (int i = 0; i < doc.sources().size(); i++) {
          String[] source = doc.sources().get(i);
          out.append(i > 0 ? ",[" : "[");
          Json.quote(out, source[0]).append(',');
          Json.quote(out, source[1]).append(']');
        }
        out.append(']');
      }
      out.append('}');
      previous = doc;
    }
    writer.write(root + "docs/" + number + ".json", out.append(']').toString());
  }

  /** Whether a question's address is the previous document's, up to its anchor, with "#q" + n. */
  private static boolean followsItsRequest(SearchDocument doc, SearchDocument previous) {
    if (doc.kind() != SearchDocument.Kind.QUESTION || previous == null) {
      return false;
    }
    String url = doc.url();
    String page = previous.url();
    int anchor = page.indexOf('#');
    int pageLength = anchor < 0 ? page.length() : anchor;
    String suffix = "#q" + doc.question();
    return url.length() == pageLength + suffix.length()
        && url.regionMatches(0, page, 0, pageLength)
        && url.endsWith(suffix)
        && doc.title().equals(previous.title())
        && doc.reference().equals(previous.reference())
        && doc.date().equals(previous.date());
  }

  private static void field(StringBuilder out, String name, String value) {
    if (value != null && !value.isEmpty()) {
      out.append(",\"").append(name).append("\":");
      Json.quote(out, value);
    }
  }

  void writeTerms(IndexBuilder index, Thesaurus thesaurus) {
    String[] terms = new String[index.postings.size()];
    Map<String, List<Integer>> shards = new TreeMap<>();
    Map<String, List<String>> tails = new TreeMap<>();
    for (int t = 0; t < terms.length; t++) {
      terms[t] = Lexicon.term(index.postings.get(t).term);
      shards.computeIfAbsent(shard(terms[t]), s -> new ArrayList<>()).add(t);
      String tail = tail(terms[t]);
      if (tail != null) {
        tails.computeIfAbsent(tail, s -> new ArrayList<>()).add(terms[t]);
      }
    }
    writeTails(tails);
    Map<String, List<String>> synonyms =
        thesaurus.stemmed(new java.util.HashSet<>(List.of(terms))::contains);
    java.util.Set<String> given = new java.util.HashSet<>();
    synonyms.values().forEach(ps -> ps.forEach(p -> given.addAll(List.of(p.split(" ")))));
    Map<String, String> entries = new java.util.concurrent.ConcurrentHashMap<>();
    Base64.Encoder base64 = Base64.getEncoder();
    // shards are independent and number their own postings files: write them in parallel
    shards.entrySet().parallelStream()
        .forEach(
            shard -> {
              List<Integer> ids = new ArrayList<>(shard.getValue());
              ids.sort((a, b) -> terms[a].compareTo(terms[b]));
              StringBuilder out = new StringBuilder("{");
              int files = 0;
              for (int t : ids) {
                Postings p = index.postings.get(t);
                byte[] bytes = encode(index, p);
                if (out.length() > 1) {
                  out.append(',');
                }
                StringBuilder entry = new StringBuilder("[").append(p.size).append(',');
                if (bytes.length <= INLINE_BYTES) {
                  entry.append('"').append(base64.encodeToString(bytes)).append('"');
                } else {
                  writer.write(root + "p/" + shard.getKey() + "/" + files + ".bin", bytes);
                  entry.append(files++);
                }
                entry.append(']');
                Json.quote(out, terms[t]).append(':').append(entry);
                if (given.contains(terms[t])) {
                  entries.put(terms[t], entry.toString());
                }
              }
              writer.write(root + "d/" + shard.getKey() + ".json", out.append('}').toString());
            });
    writeSynonyms(synonyms, entries);
  }

  /** Writes the thesaurus's entries by the shard of their first term, see the class comment. */
  private void writeSynonyms(Map<String, List<String>> synonyms, Map<String, String> entries) {
    Map<String, List<String>> byShard = new TreeMap<>();
    for (String key : synonyms.keySet()) {
      byShard.computeIfAbsent(shard(key.split(" ")[0]), s -> new ArrayList<>()).add(key);
    }
    for (Map.Entry<String, List<String>> shard : byShard.entrySet()) {
      StringBuilder out = new StringBuilder("{\"k\":{");
      java.util.Set<String> used = new java.util.TreeSet<>();
      for (String key : shard.getValue()) {
        Json.quote(out.append(out.length() > 6 ? "," : ""), key).append(":[");
        List<String> phrases = synonyms.get(key);
        for (int i = 0; i < phrases.size(); i++) {
          Json.quote(out.append(i > 0 ? "," : ""), phrases.get(i));
          used.addAll(List.of(phrases.get(i).split(" ")));
        }
        out.append(']');
      }
      out.append("},\"d\":{");
      boolean first = true;
      for (String term : used) {
        Json.quote(out.append(first ? "" : ","), term).append(':').append(entries.get(term));
        first = false;
      }
      writer.write(root + "s/" + shard.getKey() + ".json", out.append("}}").toString());
    }
  }

  private void writeTails(Map<String, List<String>> tails) {
    for (Map.Entry<String, List<String>> tail : tails.entrySet()) {
      List<String> list = new ArrayList<>(tail.getValue());
      list.sort(null);
      StringBuilder out = new StringBuilder("[");
      for (String term : list) {
        if (out.length() > 1) {
          out.append(',');
        }
        Json.quote(out, term);
      }
      writer.write(root + "t/" + tail.getKey() + ".json", out.append(']').toString());
    }
  }

  private static byte[] encode(IndexBuilder index, Postings p) {
    int[] chosen = p.topByImpact(TOP_K);
    ByteBuilder out = new ByteBuilder(chosen.length * 6);
    int previous = 0;
    for (int at : chosen) {
      int doc = p.docs[at];
      out.varint(doc - previous);
      previous = doc;
      out.write(p.impacts[at]);
      index.writeFacets(doc, out);
    }
    return out.toByteArray();
  }

  void writeMeta(IndexBuilder index, Facets facets) {
    StringBuilder out =
        new StringBuilder("{\"v\":1,\"n\":")
            .append(index.size())
            .append(",\"topK\":")
            .append(TOP_K)
            .append(",\"chunk\":")
            .append(CHUNK)
            .append(",\"k1\":")
            .append(IndexBuilder.K1)
            .append(",\"years\":")
            .append(facets.years)
            .append(",\"outcomes\":");
    pairs(
        out,
        Stream.of(Outcome.values()).map(Outcome::slug).toList(),
        Stream.of(Outcome.values()).map(Outcome::label).toList());
    // a request's outcome is its questions' taken together, with labels of its own
    out.append(",\"overall\":");
    pairs(
        out,
        Stream.of(OverallOutcome.values()).map(OverallOutcome::slug).toList(),
        Stream.of(OverallOutcome.values()).map(OverallOutcome::label).toList());
    out.append(",\"sections\":");
    pairs(out, facets.sectionIds, facets.sectionLabels);
    out.append(",\"topics\":");
    pairs(out, facets.topicSlugs, facets.topicNames);
    writer.write(root + "meta.json", out.append('}').toString());
  }

  private static void pairs(StringBuilder out, List<String> keys, List<String> labels) {
    out.append('[');
    for (int i = 0; i < keys.size(); i++) {
      out.append(i > 0 ? ",[" : "[");
      Json.quote(out, keys.get(i)).append(',');
      Json.quote(out, labels.get(i)).append(']');
    }
    out.append(']');
  }
}
