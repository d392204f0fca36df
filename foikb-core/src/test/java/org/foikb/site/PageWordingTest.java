package org.foikb.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled log's pages read as written English: real plurals, no empty rows or landmarks. */
class PageWordingTest {
  @TempDir static Path tmp;
  private static BuiltSite site;

  @BeforeAll
  static void build() {
    site = BuiltSite.build(BundledContent.FOLDER, tmp.resolve("public"));
  }

  @Test
  void noPageWritesAPluralInBracketsOrOneWithAPluralNoun() {
    List<String> found = new ArrayList<>();
    site.pages.forEach(
        (file, page) -> {
          page.select(":matchesOwn(\\w\\(s\\))").forEach(e -> found.add(file + ": " + e.text()));
          page.select(":matchesOwn(\\b1 (questions|requests)\\b)")
              .forEach(e -> found.add(file + ": " + e.text()));
        });

    assertThat(found).isEmpty();
  }

  @Test
  void countsOfOneTakeTheSingularAndOthersThePlural() {
    Document topic = site.page("topics/mobile-phones/");
    Document all = site.page("requests/");

    assertThat(topic.select("main p:matchesOwn(^Showing 1 to 1 of 1 request\\.$)")).hasSize(1);
    assertThat(all.select("main p:matchesOwn(^Showing 1 to 20 of \\d+ requests\\.$)")).hasSize(1);
    var metas = all.select("main .foikb-result__meta");
    assertThat(metas).isNotEmpty();
    metas.forEach(
        meta -> assertThat(meta.ownText()).matches(".*· (1 question|([02-9]|\\d\\d+) questions)$"));
  }

  @Test
  void sectionPagesNameSubsectionsOnlyWhenThereAreSome() {
    Document leaf = site.page("sections/s21/");
    Document parent = site.page("sections/s31/");

    assertThat(leaf.select("main h2:matchesOwn(^Subsections$)")).isEmpty();
    assertThat(leaf.select("main li:matchesOwn(^None\\.$)")).isEmpty();
    assertThat(parent.select("main h2:matchesOwn(^Subsections$) + ul a[href=/sections/s31-3/]"))
        .hasSize(1);
  }

  @Test
  void homePageTitleNamesTheSiteOnceAndOtherPagesPutThemselvesFirst() {
    String site = PageWordingTest.site.log.site().title();
    String authority = PageWordingTest.site.log.site().authority();

    assertThat(PageWordingTest.site.page("").title()).isEqualTo(site + " – " + authority);
    assertThat(PageWordingTest.site.page("sections/").title())
        .isEqualTo("Sections of the Act – " + site + " – " + authority);
  }

  @Test
  void homePageHasNoBreadcrumbLandmarkAndOtherPagesHaveAFullOne() {
    assertThat(site.page("").select("nav.govuk-breadcrumbs, nav[aria-label=Breadcrumb]")).isEmpty();
    assertThat(site.page("sections/").select("nav[aria-label=Breadcrumb] li a[href=/]")).hasSize(1);
    site.pages.forEach(
        (file, page) ->
            page.select("nav[aria-label=Breadcrumb]")
                .forEach(nav -> assertThat(nav.select("li")).as(file).isNotEmpty()));
  }

  @Test
  void sectionsAppliedToAQuestionAreAListItemEachAfterTheOutcome() {
    int questions = 0;
    for (var request : site.log.requests()) {
      Document page = site.page("requests/" + BuiltSite.slug(request.reference()) + "/");
      for (var question : request.questions()) {
        var block = page.getElementById(question.anchor());
        var links = block.select("a.foikb-section-link");
        assertThat(links).hasSize(question.sectionIds().size());
        assertThat(block.select(".foikb-question__meta a")).isEmpty();
        assertThat(
                block.select(".foikb-question__meta + ul.govuk-list > li > a.foikb-section-link"))
            .as("%s q%d", request.reference(), question.number())
            .hasSize(links.size());
        questions += links.isEmpty() ? 0 : 1;
      }
    }
    assertThat(questions).isPositive();
  }

  @Test
  void parentSectionCountsAndListsTheQuestionsItsSubsectionsWereAppliedTo() {
    int parents = 0;
    for (var parent : site.log.sections()) {
      Map<String, Integer> perChild = new TreeMap<>();
      Set<String> questions = new HashSet<>();
      for (var child : site.log.sections()) {
        if (!child.parent().filter(parent.id()::equals).isPresent()) {
          continue;
        }
        for (var request : site.log.requests()) {
          for (var question : request.questions()) {
            if (question.sectionIds().contains(child.id())) {
              perChild.merge(child.id(), 1, Integer::sum);
              questions.add(request.reference() + "#" + question.number());
            }
          }
        }
      }
      if (questions.isEmpty()) {
        continue;
      }
      parents++;
      Document page = site.page("sections/" + parent.id() + "/");

      assertThat(page.select("#applied-through-subsections").text())
          .as(parent.id())
          .startsWith("Applied to " + questions.size() + " questions through its subsections");
      assertThat(page.select("main p:matchesOwn(Applied to 0 questions)")).isEmpty();
      var items = page.select("ul[aria-labelledby=applied-through-subsections] > li");
      assertThat(items).hasSize(perChild.size());
      perChild.forEach(
          (child, count) ->
              assertThat(
                      items.select(
                          "li:has(a[href=/sections/"
                              + child
                              + "/]):matchesOwn(: "
                              + count
                              + " questions?$)"))
                  .as("%s lists %s with %d", parent.id(), child, count)
                  .hasSize(1));
    }
    assertThat(parents).isPositive();
  }

  @Test
  void sectionsIndexCountsEachSectionWithItsSubsections() {
    Document index = site.page("sections/");
    int parents = 0;
    for (var section : site.log.sections()) {
      Set<String> family = new HashSet<>();
      family.add(section.id());
      for (var child : site.log.sections()) {
        child.parent().filter(section.id()::equals).ifPresent(p -> family.add(child.id()));
      }
      parents += family.size() > 1 ? 1 : 0;
      Set<String> questions = new HashSet<>();
      for (var request : site.log.requests()) {
        for (var question : request.questions()) {
          if (question.sectionIds().stream().anyMatch(family::contains)) {
            questions.add(request.reference() + "#" + question.number());
          }
        }
      }

      var row = index.select("tr:has(th a[href=/sections/" + section.id() + "/])");
      assertThat(row.select("td.govuk-table__cell--numeric").text())
          .as(section.id())
          .isEqualTo(String.valueOf(questions.size()));
    }
    assertThat(parents).isPositive();
  }

  @Test
  void aLongSectionPageIsPagedTwentyEntriesAPageLikeTheRequestLists() {
    Document first = site.page("sections/s21/");
    Document second = site.page("sections/s21/page/2/");

    assertThat(first.select("main .foikb-results > li.foikb-result")).hasSize(20);
    assertThat(second.select("main .foikb-results > li.foikb-result"))
        .isNotEmpty()
        .hasSizeLessThanOrEqualTo(20);
    assertThat(first.select("nav.govuk-pagination a[href=/sections/s21/page/2/]")).isNotEmpty();
    assertThat(second.select("nav.govuk-pagination a[href=/sections/s21/]")).isNotEmpty();
    assertThat(second.select("main h2#applied").text())
        .isEqualTo("Where it was applied, page 2 of 2");
  }
}
