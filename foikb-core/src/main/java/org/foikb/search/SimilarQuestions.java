package org.foikb.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.foikb.concurrent.OrderedBatches;
import org.foikb.model.DisclosureLog;
import org.foikb.model.Question;
import org.foikb.model.Request;

/**
 * For each question, the most similar questions asked in other requests ("asked before"), found at
 * build time from the front matter alone, before any page is rendered: an index of every question's
 * words (the question ×3, its request's title ×2.5, summary and topics ×1.5), then for each
 * question its rarest words, each word's best-scoring questions, scored as the {@code /ask/} page
 * scores them; of those, only questions whose own words are close enough to the asked question's
 * ({@link #THRESHOLD}) are kept, so a list shows nothing rather than noise.
 *
 * <pre>{@code
 * SimilarQuestions similar = SimilarQuestions.of(log);
 * similar.of("01.FOI.23.030269", 2); // [Match[request=Request[…01.FOI.21.000123…], question=…], …]
 * }</pre>
 */
public final class SimilarQuestions {
  /**
   * A similar question and the request that asked it; {@code number} is the question's place among
   * all the log's questions, from 0 to {@link #questionCount()} - 1; {@code share} is how similar
   * the two questions' own words are, from 0 to 1.
   */
  public record Match(Request request, Question question, int number, float share) {}

  static final int SHOWN = 3;
  static final int TERMS = 8;
  static final int PER_TERM = 100;
  private static final int BATCH = 1024;

  /**
   * The least similarity (the cosine of the two questions' own words, weighted by rarity, common
   * and subject words counted less) a match must have. Measured on the fixture log of {@code
   * SimilarQuestionsRelevanceTest}: questions known to ask something else scored at most 0.15, the
   * same question in other words at least 0.22; below it, "asked before" showed Taser questions
   * beside a question about RIPA. Nothing is shown rather than noise.
   */
  static final double THRESHOLD = 0.19;

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
  private final float[] shares;

  private SimilarQuestions(
      List<Request> requests, int[] firstQuestion, int[] requestOf, Found found) {
    this(requests, firstQuestion, requestOf, starts(found), flat(found), flatShares(found));
  }

  /** From the arrays {@link SimilarQuestionsFile} kept, which it has checked against the log. */
  SimilarQuestions(
      List<Request> requests,
      int[] firstQuestion,
      int[] requestOf,
      int[] matchStart,
      int[] matches,
      float[] shares) {
    this.requests = requests;
    this.requestNumbers = new HashMap<>();
    for (int r = 0; r < requests.size(); r++) {
      requestNumbers.put(requests.get(r).reference(), r);
    }
    this.firstQuestion = firstQuestion;
    this.requestOf = requestOf;
    this.matchStart = matchStart;
    this.matches = matches;
    this.shares = shares;
  }

  private static int[] starts(Found found) {
    int n = found.docs.length;
    int[] matchStart = new int[n + 1];
    for (int q = 0; q < n; q++) {
      matchStart[q + 1] = matchStart[q] + found.docs[q].length;
    }
    return matchStart;
  }

  private static int[] flat(Found found) {
    return Arrays.stream(found.docs).flatMapToInt(Arrays::stream).toArray();
  }

  private static float[] flatShares(Found found) {
    int size = 0;
    for (float[] shares : found.shares) {
      size += shares.length;
    }
    float[] flat = new float[size];
    int at = 0;
    for (float[] shares : found.shares) {
      System.arraycopy(shares, 0, flat, at, shares.length);
      at += shares.length;
    }
    return flat;
  }

  int[] firstQuestion() {
    return firstQuestion;
  }

  int[] requestOf() {
    return requestOf;
  }

  int[] matchStart() {
    return matchStart;
  }

  int[] matches() {
    return matches;
  }

  float[] shares() {
    return shares;
  }

  /** Each question's matches and the share of its own score each makes. */
  private record Found(int[][] docs, float[][] shares) {}

  /** None: for a build that has no index. */
  public static SimilarQuestions none() {
    return new SimilarQuestions(
        List.of(), new int[1], new int[0], new Found(new int[0][], new float[0][]));
  }

  /**
   * The number in the log of a request's question, as {@link Match#number()} gives it, or -1 for
   * one not in the log.
   */
  public int number(String reference, int question) {
    Integer request = requestNumbers.get(reference);
    if (request == null
        || question < 1
        || question > firstQuestion[request + 1] - firstQuestion[request]) {
      return -1;
    }
    return firstQuestion[request] + question - 1;
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
              matched,
              matched.questions().get(matches[i] - firstQuestion[other]),
              matches[i],
              shares[i]));
    }
    return found;
  }

  /** How many questions the log has: one more than the highest {@link Match#number()}. */
  public int questionCount() {
    return requestOf.length;
  }

  /** Finds the matches of every question in the log. */
  public static SimilarQuestions of(DisclosureLog log) {
    return of(log, THRESHOLD);
  }

  /** With another threshold: 0 lists the best candidates whatever they score, to measure them. */
  static SimilarQuestions of(DisclosureLog log, double threshold) {
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
        compute(
            index, askTerms.toArray(int[][]::new), askCounts.toArray(float[][]::new), threshold));
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
  private static Found compute(
      IndexBuilder index, int[][] askTerms, float[][] askCounts, double threshold) {
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
    Vectors vectors = Vectors.of(index, askTerms, askCounts);
    int[][] found = new int[n][];
    float[][] shares = new float[n][];
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
              float[] share = new float[SHOWN];
              found[doc] = similar(index, vectors, doc, best, threshold, share);
              shares[doc] = Arrays.copyOf(share, found[doc].length);
            });
    return new Found(found, shares);
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

  /**
   * The candidates from other requests whose own words are similar enough to this question's, most
   * similar first, at most {@link #SHOWN}; their similarities are written to {@code share}.
   */
  private static int[] similar(
      IndexBuilder index,
      Vectors vectors,
      int doc,
      Candidates best,
      double threshold,
      float[] share) {
    // the candidates were found over whole requests (titles, summaries, topics); whether one is
    // the same question is judged on the two questions' own words, or a Taser request's summary
    // saying "device" would make it a match for any question about devices
    int[] kept = new int[best.docs().length];
    float[] similarity = new float[best.docs().length];
    int size = 0;
    for (int other : best.docs()) {
      if (index.group(other) == index.group(doc)) {
        continue;
      }
      float cosine = vectors.cosine(doc, other);
      if (cosine >= threshold) {
        int at = size;
        while (at > 0 && cosine > similarity[at - 1]) {
          kept[at] = kept[at - 1];
          similarity[at] = similarity[at - 1];
          at--;
        }
        kept[at] = other;
        similarity[at] = cosine;
        size++;
      }
    }
    size = Math.min(size, SHOWN);
    System.arraycopy(similarity, 0, share, 0, size);
    return Arrays.copyOf(kept, size);
  }

  /**
   * Each question's own words as a unit vector of term weights (weighted count times idf), terms in
   * ascending id order, so that two questions' cosine is one merge.
   */
  /**
   * The weight, against 1, of a question's word that its request's title, summary or topics also
   * use: such a word says what the request is about (Taser, body-worn video), and two questions on
   * one subject sharing only it ask different things.
   */
  private static final float TOPICAL = 0.5f;

  /** A term's weighted count above the question field's own weight: it is in the rest too. */
  private static final float QUESTION_WEIGHT = 3f;

  /**
   * Words nearly every question of a disclosure log could use, beyond the search's stop words: two
   * questions sharing only these ("how many times", "used", "during", "the force") ask different
   * things.
   */
  private static final Set<Integer> COMMON =
      Stream.of(
              "many",
              "much",
              "number",
              "numbers",
              "any",
              "each",
              "every",
              "all",
              "during",
              "time",
              "times",
              "year",
              "years",
              "far",
              "currently",
              "current",
              "total",
              "between",
              "after",
              "before",
              "following",
              "follow",
              "result",
              "resulted",
              "use",
              "used",
              "uses",
              "force",
              "police",
              "not",
              "no",
              "up",
              "out",
              "about",
              "per",
              "also",
              "those",
              "other",
              // the wording of a request rather than its subject
              "request",
              "requested",
              "named",
              "provide",
              "please",
              "information",
              "held",
              "hold",
              "copy",
              "copies",
              "details",
              "detail",
              "whether",
              "including",
              "relating",
              "regarding",
              "concerning",
              "broken",
              "down",
              "breakdown",
              "give",
              "officer",
              "officers")
          .map(Tokeniser::term)
          .filter(java.util.Objects::nonNull)
          .map(Lexicon::id)
          .collect(Collectors.toUnmodifiableSet());

  /**
   * Whether a term says what a question is about: not a common word, and not a bare number, since
   * "in 2023" or "under 18" says when or whom, and two questions sharing it may ask anything.
   */
  private static boolean isSubject(int term) {
    return !COMMON.contains(term) && !isNumber(Lexicon.term(term));
  }

  private static boolean isNumber(String term) {
    for (int i = 0; i < term.length(); i++) {
      if (!Character.isDigit(term.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private record Vectors(int[][] terms, float[][] weights) {
    static Vectors of(IndexBuilder index, int[][] askTerms, float[][] askCounts) {
      int n = askTerms.length;
      int[][] terms = new int[n][];
      float[][] weights = new float[n][];
      IntStream.range(0, n)
          .parallel()
          .forEach(
              doc -> {
                int[] asked = askTerms[doc];
                int[] kept = new int[asked.length];
                float[] keptCounts = new float[asked.length];
                int k = 0;
                for (int i = 0; i < asked.length; i++) {
                  if (isSubject(index.postings.get(asked[i]).term)) {
                    kept[k] = asked[i];
                    keptCounts[k++] = askCounts[doc][i];
                  }
                }
                int[] own = Arrays.copyOf(kept, k);
                float[] ownCounts = Arrays.copyOf(keptCounts, k);
                int[] order =
                    IntStream.range(0, own.length)
                        .boxed()
                        .sorted((a, b) -> Integer.compare(own[a], own[b]))
                        .mapToInt(Integer::intValue)
                        .toArray();
                int[] t = new int[order.length];
                float[] w = new float[order.length];
                double length = 0;
                for (int i = 0; i < order.length; i++) {
                  t[i] = own[order[i]];
                  float count = ownCounts[order[i]];
                  w[i] =
                      (float)
                          ((count > QUESTION_WEIGHT + 0.01f ? TOPICAL : 1)
                              * index.idf(index.postings.get(t[i]).size));
                  length += (double) w[i] * w[i];
                }
                float norm = length == 0 ? 1 : (float) Math.sqrt(length);
                for (int i = 0; i < w.length; i++) {
                  w[i] /= norm;
                }
                terms[doc] = t;
                weights[doc] = w;
              });
      return new Vectors(terms, weights);
    }

    /**
     * The cosine of two questions, or 0 when they share fewer than two words: one rare word in
     * common ("withdrawn", "taken") is a coincidence, not the same question.
     */
    float cosine(int a, int b) {
      int[] ta = terms[a];
      int[] tb = terms[b];
      float sum = 0;
      int shared = 0;
      for (int i = 0, j = 0; i < ta.length && j < tb.length; ) {
        if (ta[i] == tb[j]) {
          shared++;
          sum += weights[a][i++] * weights[b][j++];
        } else if (ta[i] < tb[j]) {
          i++;
        } else {
          j++;
        }
      }
      return shared < 2 ? 0 : sum;
    }
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
