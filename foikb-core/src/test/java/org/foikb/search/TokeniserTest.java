package org.foikb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

  /** Pieces that make up FOI shorthand and the text around it, to be strung together at random. */
  @Provide
  Arbitrary<String> textNearShorthand() {
    return Arbitraries.of(
            "s",
            "S",
            "ss",
            "sec",
            "section",
            "sections",
            "s.",
            ".",
            " ",
            "\t",
            "\n",
            "(",
            ")",
            "1",
            "21",
            "31",
            "40",
            "123",
            "2023",
            "a",
            "b",
            "i",
            "v",
            "iv",
            "xiv",
            "ii",
            "and",
            ",",
            "&",
            "or",
            "é",
            "x",
            "under ",
            "\u2019",
            "\u2013",
            "\u201c",
            "\u00a3",
            "\u00a0")
        .list()
        .ofMaxSize(14)
        .map(pieces -> String.join("", pieces));
  }

  @Property(tries = 3000)
  void findsTheShorthandThePatternFindsAnywhere(@ForAll("textNearShorthand") String text) {
    String folded = Tokeniser.fold(text);
    List<String> expected = new ArrayList<>();
    Matcher shorthand = Tokeniser.SHORTHAND.matcher(folded);
    while (shorthand.find()) {
      String list = shorthand.group(1) != null ? shorthand.group(1) : shorthand.group(2);
      Matcher number =
          Pattern.compile("\\d{1,3}[a-z]?(?:\\((?:\\d{1,2}|[a-z]|[ivx]{1,4})\\))*").matcher(list);
      while (number.find()) {
        Tokeniser.sectionIds(number.group(), expected);
      }
    }
    assertThat(Tokeniser.sectionTerms(folded)).as(folded).isEqualTo(expected);
  }

  @Property(tries = 3000)
  void termsFindTheSameShorthandInTheirSinglePass(@ForAll("textNearShorthand") String text) {
    List<String> sections = Tokeniser.sectionTerms(Tokeniser.fold(text));
    List<String> terms = Tokeniser.terms(text);

    assertThat(terms.subList(terms.size() - sections.size(), terms.size())).isEqualTo(sections);
    assertThat(terms.subList(0, terms.size() - sections.size()))
        .isEqualTo(
            Tokeniser.words(text).stream()
                .map(Tokeniser::term)
                .filter(java.util.Objects::nonNull)
                .toList());
  }

  @Property(tries = 2000)
  void splitsWordsAsTheBrowsersPatternDoes(@ForAll String text) {
    List<String> expected = new ArrayList<>();
    Matcher word = Pattern.compile("[a-z0-9]+").matcher(Tokeniser.fold(text));
    while (word.find()) {
      expected.add(word.group());
    }
    assertThat(Tokeniser.words(text)).isEqualTo(expected);
  }
}
