package org.foikb.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** site.yaml's synonyms: the site's own everyday words, each with a list of the words it means. */
@ExtendWith(ContentFixture.class)
class SynonymSettingsTest {
  @TempDir Path dir;

  @Test
  void readsEachWordWithTheWordsItMeans() {
    ContentFixture fixture =
        ContentFixture.in(dir)
            .validRequest()
            .file(
                "site.yaml",
                ContentFixture.SITE
                    + "synonyms:\n  bobbies: [police officers, constables]\n  ufo: [drone]\n");

    assertThat(fixture.diagnostics()).isEmpty();
    assertThat(fixture.check().log().orElseThrow().site().synonyms())
        .isEqualTo(
            Map.of("bobbies", List.of("police officers", "constables"), "ufo", List.of("drone")));
  }

  @Test
  void theBrowsersThesaurusHasTheSitesEntriesWithTheWordsTheLogUses() throws java.io.IOException {
    ContentFixture fixture =
        ContentFixture.in(dir.resolve("content"))
            .validRequest()
            .file(
                "site.yaml",
                ContentFixture.SITE
                    + "synonyms:\n  Bobbies: [arrests, constables]\n  blue lights: [emergency]\n");
    fixture.build(dir.resolve("out"));
    Path search = dir.resolve("out/search/s");

    // the log has arrests and facial recognition, and no constables or emergencies
    assertThat(java.nio.file.Files.readString(search.resolve("bo.json")))
        .startsWith("{\"k\":{\"bobbi\":[\"arrest\"]}")
        .contains("\"d\":{\"arrest\":[1,\"");
    assertThat(java.nio.file.Files.readString(search.resolve("fa.json")))
        .contains("\"face scan\":[\"facial recogn\"]");
    assertThat(search.resolve("bl.json")).doesNotExist();
  }

  @Test
  void refusesAWordThatGivesNoWords() {
    ContentFixture.in(dir)
        .validRequest()
        .file("site.yaml", ContentFixture.SITE + "synonyms:\n  bobbies: []\n")
        .assertDiagnostics(
            """
            site.yaml:7:12: error: 'bobbies' in 'synonyms' gives no words
              hint: list at least one, e.g. 'bobbies: [police officers]', or delete it""");
  }
}
