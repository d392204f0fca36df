package org.foikb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.foikb.model.DisclosureLog;
import org.foikb.model.Request;
import org.foikb.model.Slugs;
import org.foikb.site.BundledContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FacetsTest {
  private static DisclosureLog log;
  private static Facets facets;

  @BeforeAll
  static void load() {
    log = BundledContent.checkedLog();
    facets = new Facets(log);
  }

  @Test
  void codesEachRequestsTopicsByTheirSlugsAscendingAndOnce() {
    for (Request request : log.requests()) {
      int[] expected =
          request.topics().stream()
              .map(Slugs::of)
              .mapToInt(facets.topicSlugs::indexOf)
              .distinct()
              .sorted()
              .toArray();

      assertThat(facets.topics(request.topics())).as(request.reference()).containsExactly(expected);
    }
  }

  @Test
  void codesSectionsAscendingAndOnceLeavingOutUnknownIds() {
    String first = facets.sectionIds.get(0);
    String last = facets.sectionIds.get(facets.sectionIds.size() - 1);

    assertThat(facets.sections(List.of(last, "s999-no-such", first, last)))
        .containsExactly(0, facets.sectionIds.size() - 1);
    assertThat(facets.sections(List.of())).isEmpty();
  }
}
