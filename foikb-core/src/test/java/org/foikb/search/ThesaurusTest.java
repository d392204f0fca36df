package org.foikb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThesaurusTest {
  private static final Thesaurus SMALL =
      Thesaurus.parse(
          """
          # a comment
          lollipop lady: school crossing patrol
          lollipop: ice lolly
          stun gun: taser; conducted energy device
          """);

  @Test
  void readsEntriesSkippingCommentsAndMatchesThemOnStemmedWords() {
    assertThat(SMALL.size()).isEqualTo(3);
    assertThat(SMALL.of("Stun guns")).containsExactly("taser", "conducted energy device");
  }

  @Test
  void expandsTheLongestEntryAtEachWordLeavingOutWordsTheTextHas() {
    assertThat(SMALL.expansions("Where does the lollipop lady stand near the school?"))
        .isEqualTo("crossing patrol");
    assertThat(SMALL.expansions("A lollipop stick")).isEqualTo("ice lolly");
    assertThat(SMALL.expansions("Nothing to see")).isEmpty();
  }

  @Test
  void aSitesEntryReplacesTheBundledOneOfTheSameWordsAndAddsNewOnes() {
    Thesaurus site =
        SMALL.with(Map.of("Stun Gun", List.of("taser"), "ufo", List.of("drone", "uav")));

    assertThat(site.of("stun gun")).containsExactly("taser");
    assertThat(site.of("ufos")).containsExactly("drone", "uav");
    assertThat(site.size()).isEqualTo(4);
  }

  @Test
  void writesEntriesForTheBrowserAsStemmedTerms() {
    assertThat(SMALL.json())
        .isEqualTo(
            "{\"lollipop ladi\":[\"school cross patrol\"],\"lollipop\":[\"ice lolli\"],"
                + "\"stun gun\":[\"taser\",\"conduct energi devic\"]}");
  }

  @Test
  void theBundledThesaurusHasSomeHundredsOfEntriesAndStaysSmall() {
    Thesaurus bundled = Thesaurus.parse(readBundled());

    assertThat(bundled.size()).isGreaterThan(250);
    assertThat(bundled.json().length()).isLessThan(16_000);
  }

  private static String readBundled() {
    try (var in = Thesaurus.class.getResourceAsStream("thesaurus.txt")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
