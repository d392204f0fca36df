package org.foikb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PostingsTest {
  /** Postings of one term over documents 0..n-1 of equal length, counted as given. */
  private static Postings postings(float... counts) {
    Postings postings = new Postings(0, Lexicon.id("term"));
    for (int doc = 0; doc < counts.length; doc++) {
      postings.add(doc, counts[doc]);
    }
    float[] lengths = new float[counts.length];
    Arrays.fill(lengths, 10);
    postings.finish(lengths, 10);
    return postings;
  }

  @Test
  void keepsTheHighestImpactsInDocumentOrder() {
    Postings postings = postings(1, 5, 2, 8, 3);
    assertThat(postings.topByImpact(3)).containsExactly(1, 3, 4);
  }

  @Test
  void givesTiesAtTheCutToEarlierDocuments() {
    Postings postings = postings(2, 4, 2, 2, 4);
    // both 4s, then the first of the three 2s
    assertThat(postings.topByImpact(3)).containsExactly(0, 1, 4);
  }

  @Test
  void keepsEveryPostingOfATermRarerThanTheLimit() {
    Postings postings = postings(1, 5, 2);
    assertThat(postings.topByImpact(3)).containsExactly(0, 1, 2);
    assertThat(postings.topByImpact(10)).containsExactly(0, 1, 2);
  }
}
