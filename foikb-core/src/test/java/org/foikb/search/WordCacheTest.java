package org.foikb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordCacheTest {
  private static String lookUp(WordCache cache, String word) {
    char[] text = ("  " + word + " ").toCharArray();
    int end = 2 + word.length();
    int term = cache.term(text, 2, end);
    return term == WordCache.STOP ? null : Lexicon.term(term);
  }

  /** The term a cache that has seen nothing gives: computed, never looked up. */
  private static String cold(String word) {
    return lookUp(new WordCache(), word);
  }

  @Test
  void givesEachWordItsStemThroughEveryEviction() {
    WordCache cache = new WordCache();
    List<String> words = new ArrayList<>();
    // enough distinct words to fill every set many times over, each looked up twice
    for (int i = 0; i < 100_000; i++) {
      words.add(letters(i));
    }
    for (String word : words) {
      String stem = Tokeniser.computeTerm(word);
      assertThat(lookUp(cache, word)).as(word).isEqualTo(stem);
      assertThat(lookUp(cache, word)).as(word).isEqualTo(stem);
    }
  }

  @Test
  void tellsApartWordsWithTheSameLowBytes() {
    // a slot keeps one byte a letter: these two agree in every letter's low byte
    String first = "a\u2061";
    String second = "\u0161\u0161";
    WordCache cache = new WordCache();
    for (int i = 0; i < 2; i++) {
      assertThat(lookUp(cache, first)).isEqualTo(cold(first));
      assertThat(lookUp(cache, second)).isEqualTo(cold(second));
    }
  }

  @Test
  void tellsApartWordsThatDifferOnlyAtEitherEndOfASlot() {
    // a slot packs the length and letters 1-7 in one long, letters 8-11 in the other
    List<String> words =
        List.of(
            "abcdefg",
            "abcdefh",
            "bbcdefg",
            "abcdefgh",
            "abcdefgi",
            "abcdefghijk",
            "abcdefghijl",
            "abcdefghijkl",
            "2023",
            "2024",
            "20230",
            "02023");
    WordCache cache = new WordCache();
    for (int i = 0; i < 3; i++) {
      for (String word : words) {
        assertThat(lookUp(cache, word)).as(word).isEqualTo(cold(word));
      }
    }
  }

  @Test
  void handlesWordsLongerThanASlotAndStopWords() {
    WordCache cache = new WordCache();
    String longWord = "internationalisation".repeat(3);
    for (int i = 0; i < 2; i++) {
      assertThat(lookUp(cache, longWord)).isEqualTo(cold(longWord));
      assertThat(lookUp(cache, "the")).isNull();
      assertThat(lookUp(cache, "2023")).isEqualTo("2023");
      assertThat(lookUp(cache, "recognised")).isEqualTo("recogn");
    }
  }

  /** A distinct lower-case word for each number, of two to twelve letters. */
  private static String letters(int n) {
    StringBuilder word = new StringBuilder();
    for (int rest = n; word.length() < 2 || rest > 0; rest /= 26) {
      word.append((char) ('a' + rest % 26));
    }
    return word.append("ing".substring(0, n % 4 == 0 ? 3 : 0)).toString();
  }
}
