package org.foikb.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * For each question, the most similar questions asked in other requests ("asked before"), found at
 * build time through the index: the question's rarest terms, each term's best-impact question
 * documents, scored as the {@code /ask/} page scores them.
 *
 * <pre>{@code
 * similar.of("01.FOI.23.030269", 2); // [Match[reference=01.FOI.21.000123, question=1], ...]
 * }</pre>
 */
public final class SimilarQuestions {
  /** A similar question: its request's reference and its number there. */
  public record Match(String reference, int question) {}

  static final int SHOWN = 3;
  static final int TERMS = 8;
  static final int PER_TERM = 300;

  /** A match must score at least this share of the question against itself. */
  static final double THRESHOLD = 0.3;

  private final Map<String, List<Match>> matches;

  private SimilarQuestions(Map<String, List<Match>> matches) {
    this.matches = matches;
  }

  /** None: for a build that has no index. */
  public static SimilarQuestions none() {
    return new SimilarQuestions(Map.of());
  }

  /** Up to three questions from other requests, most similar first. */
  public List<Match> of(String reference, int question) {
    return matches.getOrDefault(reference + "#" + question, List.of());
  }

  /**
   * Computes the matches of every question document.
   *
   * @param questions document id to {reference, question number}; other ids are not questions
   */
  static SimilarQuestions compute(IndexBuilder index, Map<Integer, Object[]> questions) {
    int n = index.size();
    int terms = index.terms.size();
    int[][] bestDocs = new int[terms][];
    byte[][] bestImpacts = new byte[terms][];
    IntStream.range(0, terms)
        .parallel()
        .forEach(
            t -> {
              Postings p = index.postings.get(t);
              int[] top = topQuestions(index, p, questions);
              bestDocs[t] = new int[top.length];
              bestImpacts[t] = new byte[top.length];
              for (int i = 0; i < top.length; i++) {
                bestDocs[t][i] = p.docs[top[i]];
                bestImpacts[t][i] = p.impacts[top[i]];
              }
            });
    int[] ids = questions.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    List<Match>[] found = newArray(ids.length);
    ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(n));
    IntStream.range(0, ids.length)
        .parallel()
        .forEach(
            i -> {
              found[i] = similar(index, ids[i], bestDocs, bestImpacts, scratch.get(), questions);
            });
    Map<String, List<Match>> matches = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      if (!found[i].isEmpty()) {
        Object[] q = questions.get(ids[i]);
        matches.put(q[0] + "#" + q[1], found[i]);
      }
    }
    return new SimilarQuestions(matches);
  }

  @SuppressWarnings("unchecked")
  private static List<Match>[] newArray(int n) {
    return new List[n];
  }

  private static int[] topQuestions(
      IndexBuilder index, Postings p, Map<Integer, Object[]> questions) {
    return p.topByImpact(PER_TERM, index::isQuestion);
  }

  private static List<Match> similar(
      IndexBuilder index,
      int doc,
      int[][] bestDocs,
      byte[][] bestImpacts,
      Scratch scratch,
      Map<Integer, Object[]> questions) {
    int[] askTerms = index.askTerms(doc);
    if (askTerms == null || askTerms.length == 0) {
      return List.of();
    }
    int[] chosen =
        Arrays.stream(askTerms)
            .filter(t -> index.postings.get(t).size > 1)
            .boxed()
            .sorted((a, b) -> index.postings.get(a).size - index.postings.get(b).size)
            .limit(TERMS)
            .mapToInt(Integer::intValue)
            .toArray();
    float[] scores = scratch.scores;
    int touchedCount = 0;
    double self = 0;
    for (int t : chosen) {
      double idf = index.idf(index.postings.get(t).size);
      self += idf * index.postings.get(t).impact(doc);
      int[] docs = bestDocs[t];
      byte[] impacts = bestImpacts[t];
      for (int i = 0; i < docs.length; i++) {
        int other = docs[i];
        if (index.group(other) == index.group(doc)) {
          continue;
        }
        if (scores[other] == 0) {
          scratch.touched = ensure(scratch.touched, touchedCount);
          scratch.touched[touchedCount++] = other;
        }
        scores[other] += (float) (idf * (impacts[i] & 0xff));
      }
    }
    // the best SHOWN by a single pass: higher score first, then lower document id
    int[] best = new int[SHOWN];
    int kept = 0;
    float floor = (float) (THRESHOLD * self);
    for (int i = 0; i < touchedCount; i++) {
      int other = scratch.touched[i];
      if (scores[other] < floor) {
        continue;
      }
      int at = kept;
      while (at > 0 && better(other, best[at - 1], scores)) {
        at--;
      }
      if (at < SHOWN) {
        System.arraycopy(best, at, best, at + 1, Math.min(kept, SHOWN - 1) - at);
        best[at] = other;
        kept = Math.min(SHOWN, kept + 1);
      }
    }
    List<Match> result = new ArrayList<>(kept);
    for (int i = 0; i < kept; i++) {
      Object[] q = questions.get(best[i]);
      result.add(new Match((String) q[0], (Integer) q[1]));
    }
    for (int i = 0; i < touchedCount; i++) {
      scores[scratch.touched[i]] = 0;
    }
    return result;
  }

  private static boolean better(int a, int b, float[] scores) {
    return scores[a] != scores[b] ? scores[a] > scores[b] : a < b;
  }

  private static int[] ensure(int[] array, int index) {
    return index < array.length ? array : Arrays.copyOf(array, array.length * 2);
  }

  /** Per-thread working arrays, reused across questions. */
  private static final class Scratch {
    final float[] scores;
    int[] touched = new int[4096];

    Scratch(int documents) {
      scores = new float[documents];
    }
  }
}
