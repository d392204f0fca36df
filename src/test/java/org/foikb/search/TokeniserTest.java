package org.foikb.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokeniserTest {

  @Test
  void foldsCaseAndAccents() {
    assertThat(Tokeniser.words("Café NAÏVE Straße")).containsExactly("cafe", "naive", "strasse");
  }

  @Test
  void dropsStopWordsAndSplitsOnPunctuation() {
    assertThat(Tokeniser.terms("How many drones does the force own?"))
        .containsExactly("mani", "drone", "forc", "own");
  }

  @ParameterizedTest(name = "{0} stems to {1}")
  @CsvSource({
    "recognise, recogn",
    "recognised, recogn",
    "recognition, recogn",
    "recognize, recogn",
    "recognising, recogn",
    "organisation, organ",
    "organised, organ",
    "searches, search",
    "searching, search",
    "policing, polic",
    "police, polic",
    "arrests, arrest",
    "generously, generous",
    "cries, cri",
    "ties, tie",
    "happily, happili",
    "news, news",
    "running, run",
    "hopping, hop",
    "agreed, agre",
    "definitions, defin"
  })
  void stemsSoThatRelatedWordsMeet(String word, String stem) {
    assertThat(Porter2.stem(word)).isEqualTo(stem);
  }

  @ParameterizedTest(name = "{0} gives {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "s21 | s21",
        "section 21 | s21",
        "S.31(1)(a) | s31-1-a s31-1 s31",
        "under 31(1)(a) | s31-1-a s31-1 s31",
        "sections 21 and 40 | s21 s40",
        "ss 40, 41 | s40 s41",
        "section 40(2) | s40-2 s40"
      })
  void turnsFoiShorthandIntoSectionTerms(String text, String expected) {
    assertThat(Tokeniser.sectionTerms(Tokeniser.fold(text))).containsExactly(expected.split(" "));
  }

  @Test
  void leavesOrdinaryNumbersAndWordsAlone() {
    assertThat(Tokeniser.sectionTerms("in 2023 there were 21 cases; this is 5 (five)")).isEmpty();
  }

  @Test
  void keepsSectionWordsUnstemmed() {
    assertThat(Tokeniser.terms("s31-1-a")).startsWith("s31", "1");
    assertThat(Tokeniser.term("s31-1-a")).isEqualTo("s31-1-a");
  }
}
