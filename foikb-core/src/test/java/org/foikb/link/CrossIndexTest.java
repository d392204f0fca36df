package org.foikb.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.foikb.model.ActSection;
import org.foikb.model.DisclosureLog;
import org.foikb.model.Question;
import org.foikb.model.Request;
import org.foikb.site.BundledContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The two-way index against what the bundled log's front matter says, counted here directly. */
class CrossIndexTest {
  private static DisclosureLog log;
  private static CrossIndex index;

  @BeforeAll
  static void load() {
    log = BundledContent.checkedLog();
    index = CrossIndex.of(log);
  }

  @Test
  void listsEachSectionsApplicationsByRequestInLogOrderWithTheQuestionsThatApplyIt() {
    int applied = 0;
    for (ActSection section : log.sections()) {
      List<CrossIndex.Citation> expected = new ArrayList<>();
      for (Request request : log.requests()) {
        List<Integer> questions =
            request.questions().stream()
                .filter(q -> q.sectionIds().contains(section.id()))
                .map(Question::number)
                .toList();
        if (!questions.isEmpty()) {
          expected.add(new CrossIndex.Citation(request, questions));
        }
      }

      assertThat(index.applicationsOf(section.id())).as(section.id()).isEqualTo(expected);
      assertThat(index.applicationCount(section.id()))
          .as(section.id())
          .isEqualTo(expected.stream().mapToInt(c -> c.questions().size()).sum());
      applied += expected.isEmpty() ? 0 : 1;
    }
    // the bundled log applies several sections, or this test would show nothing
    assertThat(applied).isGreaterThan(3);
  }

  @Test
  void countsNoApplicationsOfASectionNoQuestionCites() {
    assertThat(index.applicationCount("s999-no-such")).isZero();
    assertThat(index.applicationsOf("s999-no-such")).isEmpty();
  }

  @Test
  void listsARequestThatLinksToAnotherOnceHoweverOftenItLinks() {
    for (Request request : log.requests()) {
      assertThat(index.citing(request.reference()))
          .as(request.reference())
          .doesNotHaveDuplicates()
          .doesNotContain(request);
    }
    assertThat(log.requests()).anyMatch(r -> !index.citing(r.reference()).isEmpty());
  }
}
