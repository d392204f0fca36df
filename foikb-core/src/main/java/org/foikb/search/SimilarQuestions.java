package org.foikb.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.foikb.concurrent.OrderedBatches;
import org.foikb.model.DisclosureLog;
import org.foikb.model.Question;
import org.foikb.model.Request;

/**
 * For each question, the most similar questions asked in other requests ("asked before"), found at
 * build time from the front matter alone, before any page is rendered: an index of every question's
 * words (the question ×3, its request's title ×2.5, summary and topics ×1.5), then for each
 * question its rarest words, each word's best-scoring questions, scored as the {@code /ask/} page
 * scores them.
 *
 * <pre>{@code
 * SimilarQuestions similar = SimilarQuestions.of(log);
 * similar.of("01.FOI.23.030269", 2); // [Match[request=Request[…01.FOI.21.000123…], question=…], …]
 * }</pre>
 */
public final class SimilarQuestions {
  /**
   * A similar question and the request that asked it; {@code number} is the question's place among
   * all the log's questions, from 0 to {@link #questionCount()} - 1.
   */
  public record Match(Request request, Question question, int number) {}

  static final int SHOWN = 3;
  static final int TERMS = 8;
  static final int PER_TERM = 100;
  private static final int BATCH = 1024;

  /** A match must score at least this share of the question against itself. */
  static final double THRESHOLD = 0.3;

  private final List<Request> requests;
  private final Map<String, Integer> requestNumbers;

  /*
   * The matches as numbers rather than a map of lists: at 100,000 requests there are half a million
   * questions, and this is held while every page renders. Questions are numbered in log order:
   * request r's are firstQuestion[r] to firstQuestion[r + 1] - 1, and question q's matches are
   * matches[matchStart[q]] to matches[matchStart[q + 1] - 1].
   */
  private final int[] firstQuestion;
  private final int[] requestOf;
  private final int[] matchStart;
  private final int[] matches;

  private SimilarQuestions(
      List<Request> requests, int[] firstQuestion, int[] requestOf, int[][] found) {
    this.requests = requests;
    this.requestNumbers = new HashMap<>();
    for (int r = 0; r < requests.size(); r++) {
      requestNumbers.put(requests.get(r).reference(), r);
    }
    this.firstQuestion = firstQuestion;
    this.requestOf = requestOf;
    this.matchStart = new int[found.length + 1];
    for (int q = 0; q < found.length; q++) {
      matchStart[q + 1] = matchStart[q] + found[q].length;
    }
    this.matches = new int[matchStart[found.length]];
    for (int q = 0; q < found.length; q++) {
      System.arraycopy(found[q], 0, matches, matchStart[q], found[q].length);
    }
  }

  /** None: for a build that has no index. */
  public static SimilarQuestions none() {
    return new SimilarQuestions(List.of(), new int[1], new int[0], new int[0][]);
  }

  /** Up to three questions from other requests, most similar first. */
  public List<Match> of(String reference, int question) {
    Integer request = requestNumbers.get(reference);
    if (request == null
        || question < 1
        || question > firstQuestion[request + 1] - firstQuestion[request]) {
      return List.of();
    }
    int asked = firstQuestion[request] + question - 1;
    List<Match> found = new ArrayList<>(SHOWN);
    for (int i = matchStart[asked]; i < matchStart[asked + 1]; i++) {
      int other = requestOf[matches[i]];
      Request matched = requests.get(other);
      found.add(
          new Match(
              matched, matched.questions().get(matches[i] - firstQuestion[other]), matches[i]));
    }
    return found;
  }

  /** How many questions the log has: one more than the highest {@link Match#number()}. */
  public int questionCount() {
    return requestOf.length;
  }

  /** Finds the matches of every question in the log. */
  public static SimilarQuestions of(DisclosureLog log) {
    IndexBuilder index = new IndexBuilder();
    List<int[]> askTerms = new ArrayList<>();
    List<float[]> askCounts = new ArrayList<>();
    List<Request> requests = log.requests();
    int[] firstQuestion = new int[requests.size() + 1];
    Thesaurus thesaurus = Thesaurus.of(log.site());
    OrderedBatches.run(
        requests,
        BATCH,
        request -> documents(request, thesaurus),
        (documents, from) -> {
          for (int i = 0; i < documents.size(); i++) {
            firstQuestion[from + i] = index.size();
            for (IndexBuilder.Prepared document : documents.get(i)) {
              index.add(document, from + i);
              // the question's own words lead its terms, then the thesaurus's words for them
              int[] ids = new int[document.leadTerms() + synonymTerms(document)];
              for (int t = 0; t < ids.length; t++) {
                ids[t] = index.postingsOf(document.terms()[t]).id;
              }
              askTerms.add(ids);
              askCounts.add(Arrays.copyOf(document.counts(), ids.length));
            }
          }
        });
    firstQuestion[requests.size()] = index.size();
    index.finish();
    int[] requestOf = new int[index.size()];
    for (int q = 0; q < requestOf.length; q++) {
      requestOf[q] = index.group(q);
    }
    return new SimilarQuestions(
        requests,
        firstQuestion,
        requestOf,
        compute(index, askTerms.toArray(int[][]::new), askCounts.toArray(float[][]::new)));
  }

  /** The weight of the thesaurus's words for a question's own, below the question's. */
  private static final float SYNONYMS = 1.5f;

  /** How many terms the thesaurus added to a question, which follow its own in its terms. */
  private static int synonymTerms(IndexBuilder.Prepared document) {
    List<SearchDocument.Field> fields = document.doc().fields();
    return fields.size() == 4
        ? (int) Tokeniser.terms(fields.get(1).text()).stream().distinct().count()
        : 0;
  }

  private static List<IndexBuilder.Prepared> documents(Request request, Thesaurus thesaurus) {
    List<SearchDocument> docs = new ArrayList<>();
    String about = request.summary().orElse("") + "\n" + String.join(", ", request.topics());
    for (Question question : request.questions()) {
      List<SearchDocument.Field> fields = new ArrayList<>(4);
      fields.add(new SearchDocument.Field(question.ask(), 3f));
      // everyday words in a question also ask for the log's words for them ("stun guns": tasers)
      String synonyms = thesaurus.expansions(question.ask());
      if (!synonyms.isEmpty()) {
        fields.add(new SearchDocument.Field(synonyms, SYNONYMS));
      }
      fields.add(new SearchDocument.Field(request.title(), 2.5f));
      fields.add(new SearchDocument.Field(about, 1.5f));
      SearchDocument doc =
          new SearchDocument(
              SearchDocument.Kind.QUESTION,
              "",
              request.title(),
              question.ask(),
              request.reference(),
              "",
              "",
              "",
              List.of(),
              fields,
              Map.of(),
              question.number(),
              0,
              -1,
              new int[0],
              new int[0]);
      docs.add(doc);
    }
    return IndexBuilder.prepare(docs);
  }

  /**
   * For each document (a question), its best matches in other groups (requests), given the ids of
   * its own words' terms and their weighted counts in it.
   */
  private static int[][] compute(IndexBuilder index, int[][] askTerms, float[][] askCounts) {
    int n = index.size();
    int terms = index.postings.size();
    int[][] bestDocs = new int[terms][];
    byte[][] bestImpacts = new byte[terms][];
    IntStream.range(0, terms)
        .parallel()
        .forEach(
            t -> {
              Postings p = index.postings.get(t);
              int[] top = p.topByImpact(PER_TERM);
              bestDocs[t] = new int[top.length];
              bestImpacts[t] = new byte[top.length];
              for (int i = 0; i < top.length; i++) {
                bestDocs[t][i] = p.docs[top[i]];
                bestImpacts[t][i] = p.impacts[top[i]];
              }
            });
    int[][] found = new int[n][];
    // each thread sums candidates' scores in a table of its own, small enough to stay in its
    // core's cache, where an array over every question would not
    ThreadLocal<WeightedCounts> scores =
        ThreadLocal.withInitial(() -> new WeightedCounts(MOST_SCORED));
    // questions asked in the same words choose the same terms: score their candidates once
    Map<TermSet, Candidates> candidates = new ConcurrentHashMap<>();
    int kept = Math.min(MAX_CANDIDATES, SHOWN + largestGroup(index));
    IntStream.range(0, n)
        .parallel()
        .forEach(
            doc -> {
              TermSet chosen = new TermSet(rarest(index, askTerms[doc]));
              Candidates best =
                  candidates.computeIfAbsent(
                      chosen,
                      set ->
                          candidates(index, set.terms, bestDocs, bestImpacts, scores.get(), kept));
              found[doc] = similar(index, doc, chosen.terms, askTerms[doc], askCounts[doc], best);
            });
    return found;
  }

  /** The terms a question is matched on; equal when their terms are. */
  private record TermSet(int[] terms) {
    @Override
    public boolean equals(Object other) {
      return other instanceof TermSet set && Arrays.equals(terms, set.terms);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(terms);
    }
  }

  /** The best-scoring questions for a set of terms, best first, from any request. */
  private record Candidates(int[] docs, float[] scores) {}

  /** Enough candidates to leave {@link #SHOWN} once a request's own questions are taken out. */
  private static final int MAX_CANDIDATES = 16;

  /** The most questions one set of terms can score: each term's best {@link #PER_TERM}. */
  private static final int MOST_SCORED = TERMS * PER_TERM;

  private static int largestGroup(IndexBuilder index) {
    int largest = 0;
    for (int doc = 0, run = 0; doc < index.size(); doc++) {
      run = doc > 0 && index.group(doc) == index.group(doc - 1) ? run + 1 : 1;
      largest = Math.max(largest, run);
    }
    return largest;
  }

  private static Candidates candidates(
      IndexBuilder index,
      int[] chosen,
      int[][] bestDocs,
      byte[][] bestImpacts,
      WeightedCounts scores,
      int kept) {
    for (int t : chosen) {
      double idf = index.idf(index.postings.get(t).size);
      int[] docs = bestDocs[t];
      byte[] impacts = bestImpacts[t];
      for (int i = 0; i < docs.length; i++) {
        scores.add(docs[i], (float) (idf * (impacts[i] & 0xff)));
      }
    }
    // the best by a single pass: higher score first, then lower document id
    int[] best = new int[kept];
    float[] bestScores = new float[kept];
    int size = 0;
    for (int i = 0; i < scores.size(); i++) {
      int other = scores.number(i);
      float score = scores.count(i);
      int at = size;
      while (at > 0
          && (score > bestScores[at - 1]
              || (score == bestScores[at - 1] && other < best[at - 1]))) {
        at--;
      }
      if (at < kept) {
        int moved = Math.min(size, kept - 1) - at;
        System.arraycopy(best, at, best, at + 1, moved);
        System.arraycopy(bestScores, at, bestScores, at + 1, moved);
        best[at] = other;
        bestScores[at] = score;
        size = Math.min(kept, size + 1);
      }
    }
    scores.clear(MOST_SCORED);
    return new Candidates(Arrays.copyOf(best, size), Arrays.copyOf(bestScores, size));
  }

  /** The first {@link #SHOWN} candidates from other requests scoring enough against this one. */
  private static int[] similar(
      IndexBuilder index, int doc, int[] chosen, int[] terms, float[] counts, Candidates best) {
    // the question against itself, from its own counts: the chosen terms are some of its terms
    double self = 0;
    for (int t : chosen) {
      int at = 0;
      while (terms[at] != t) {
        at++;
      }
      self += index.idf(index.postings.get(t).size) * index.impact(counts[at], doc);
    }
    float floor = (float) (THRESHOLD * self);
    int[] found = new int[SHOWN];
    int size = 0;
    for (int i = 0; i < best.docs().length && size < SHOWN; i++) {
      int other = best.docs()[i];
      if (index.group(other) != index.group(doc) && best.scores()[i] >= floor) {
        found[size++] = other;
      }
    }
    return Arrays.copyOf(found, size);
  }

  /** Up to {@link #TERMS} of the terms, rarest first, leaving out those only this document has. */
  private static int[] rarest(IndexBuilder index, int[] terms) {
    int[] chosen = new int[Math.min(TERMS, terms.length)];
    int kept = 0;
    for (int term : terms) {
      int df = index.postings.get(term).size;
      if (df < 2) {
        continue;
      }
      int at = kept;
      while (at > 0 && index.postings.get(chosen[at - 1]).size > df) {
        at--;
      }
      if (at < chosen.length) {
        System.arraycopy(chosen, at, chosen, at + 1, Math.min(kept, chosen.length - 1) - at);
        chosen[at] = term;
        kept = Math.min(chosen.length, kept + 1);
      }
    }
    return Arrays.copyOf(chosen, kept);
  }
}
