package org.foikb.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.foikb.model.CrossReference;
import org.foikb.model.Outcome;
import org.foikb.model.PublishedSource;
import org.foikb.model.Question;
import org.foikb.model.Request;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the bundled sample log in {@code content/} and checks the whole site as a reader, a
 * crawler and a browser would meet it. Expected back-links are computed here from the model, not
 * taken from the generator's own index.
 */
class BundledContentSiteTest {
  private static final Path CONTENT = BundledContent.FOLDER;

  @TempDir static Path tmp;

  private static BuiltSite site;

  @BeforeAll
  static void buildBundledContent() {
    site = BuiltSite.build(CONTENT, tmp.resolve("public"));
  }

  @Test
  void everyInternalLinkLeadsToAFileAndEveryFragmentToAnId() {
    assertThat(site.pages).hasSizeGreaterThan(100);

    assertThat(InternalLinks.broken(site)).isEmpty();
  }

  @Test
  void noPageUsesAnIdTwice() {
    assertThat(InternalLinks.duplicateIds(site)).isEmpty();
  }

  @Test
  void everyRequestPageHasOneAnchorPerQuestionInOrder() {
    for (Request request : site.log.requests()) {
      Document page = site.page("requests/" + BuiltSite.slug(request.reference()) + "/");
      List<String> expected = new ArrayList<>();
      for (int n = 1; n <= request.questions().size(); n++) {
        expected.add("q" + n);
      }

      List<String> anchors = page.select("main [id~=^q\\d+$]").eachAttr("id");

      assertThat(anchors).as(request.reference()).isEqualTo(expected);
    }
  }

  @Test
  void everyQuestionLinksToEachSectionItApplies() {
    for (Request request : site.log.requests()) {
      Document page = requestPage(request);
      for (Question question : request.questions()) {
        Element block = page.getElementById(question.anchor());
        for (String section : question.sectionIds()) {
          assertThat(block.select(link(site.path("sections/" + section + "/"))))
              .as("%s q%d links to section %s", request.reference(), question.number(), section)
              .isNotEmpty();
        }
      }
    }
  }

  @Test
  void everyAnswerLinksToEachPublishedSourceItCites() {
    for (Request request : site.log.requests()) {
      Document page = requestPage(request);
      for (CrossReference cite : published(request)) {
        Element scope =
            cite.answer() > 0 ? page.getElementById("q" + cite.answer()) : page.selectFirst("main");
        assertThat(scope.select(link(site.path("published/" + cite.target() + "/"))))
            .as("%s answer %d links to %s", request.reference(), cite.answer(), cite.target())
            .isNotEmpty();
      }
    }
  }

  @Test
  void alreadyPublishedAnswersLinkToTheSourcePageAndOutToTheSourceItself() {
    int callouts = 0;
    for (Request request : site.log.requests()) {
      Document page = requestPage(request);
      for (CrossReference cite : published(request)) {
        Question question = cite.answer() > 0 ? request.questions().get(cite.answer() - 1) : null;
        if (question == null || question.outcome() != Outcome.PUBLISHED) {
          continue;
        }
        PublishedSource source = site.log.source(cite.target()).orElseThrow();
        Element callout = page.getElementById(question.anchor()).selectFirst(".foikb-published");
        assertThat(callout)
            .as("%s q%d callout", request.reference(), question.number())
            .isNotNull();
        assertThat(callout.select(link(site.path("published/" + source.id() + "/")))).isNotEmpty();
        assertThat(callout.select(link(source.url()))).isNotEmpty();
        callouts++;
      }
    }
    assertThat(callouts).isPositive();
  }

  @Test
  void everySectionPageListsEveryQuestionItWasAppliedToGroupedByRequest() {
    Map<String, Map<Request, Set<Integer>>> applied = new LinkedHashMap<>();
    for (Request request : site.log.requests()) {
      for (Question question : request.questions()) {
        for (String section : question.sectionIds()) {
          applied
              .computeIfAbsent(section, k -> new LinkedHashMap<>())
              .computeIfAbsent(request, k -> new TreeSet<>())
              .add(question.number());
        }
      }
    }
    assertThat(applied).isNotEmpty();
    applied.forEach(
        (section, byRequest) ->
            assertListsQuestions(
                pagesOf("sections/" + section + "/"), "section " + section, byRequest));
  }

  @Test
  void everyPublishedSourcePageListsEveryAnswerThatCitesIt() {
    Map<String, Map<Request, Set<Integer>>> cited = new LinkedHashMap<>();
    for (Request request : site.log.requests()) {
      for (CrossReference cite : published(request)) {
        cited
            .computeIfAbsent(cite.target(), k -> new LinkedHashMap<>())
            .computeIfAbsent(request, k -> new TreeSet<>())
            .add(cite.answer());
      }
    }
    assertThat(cited).isNotEmpty();
    cited.forEach(
        (source, byRequest) ->
            assertListsQuestions(
                pagesOf("published/" + source + "/"), "source " + source, byRequest));
  }

  @Test
  void supersededRequestLinksToTheNewerAnswerAndTheNewerOneBack() {
    int pairs = 0;
    for (Request newer : site.log.requests()) {
      if (newer.supersedes().isEmpty()) {
        continue;
      }
      String older = newer.supersedes().get();
      Document olderPage = site.page("requests/" + BuiltSite.slug(older) + "/");
      assertThat(olderPage.select(".govuk-notification-banner " + link(requestUrl(newer))))
          .as("%s shows that %s updates it", older, newer.reference())
          .isNotEmpty();
      assertThat(
              requestPage(newer)
                  .select("main " + link(site.path("requests/" + BuiltSite.slug(older) + "/"))))
          .as("%s links to the request it updates", newer.reference())
          .isNotEmpty();
      pairs++;
    }
    assertThat(pairs).isPositive();
  }

  @Test
  void requestCitedByRequestLinksListsEveryCitingRequest() {
    Map<String, Set<Request>> citing = new LinkedHashMap<>();
    for (Request request : site.log.requests()) {
      for (CrossReference reference : request.references()) {
        if (reference.kind() == CrossReference.Kind.REQUEST
            && !reference.target().equals(request.reference())) {
          citing.computeIfAbsent(reference.target(), k -> new LinkedHashSet<>()).add(request);
        }
      }
    }
    assertThat(citing).isNotEmpty();
    citing.forEach(
        (cited, requests) -> {
          Document page = site.page("requests/" + BuiltSite.slug(cited) + "/");
          for (Request request : requests) {
            assertThat(page.select(".foikb-cited-by " + link(requestUrl(request))))
                .as("%s lists %s among requests that refer to it", cited, request.reference())
                .isNotEmpty();
          }
        });
  }

  @Test
  void noPageLoadsAnythingFromAnotherHostOrRunsInlineCode() {
    assertThat(PageSafety.problems(site)).isEmpty();
  }

  @Test
  void stylesheetsCarryNoGovukFontOrCrest() throws Exception {
    List<Path> stylesheets;
    try (var files = Files.list(site.root.resolve("assets"))) {
      stylesheets = files.filter(f -> f.toString().endsWith(".css")).toList();
    }
    assertThat(stylesheets).isNotEmpty();
    for (Path css : stylesheets) {
      assertThat(Files.readString(css))
          .as(css.getFileName().toString())
          .doesNotContain("GDS Transport")
          .doesNotContainIgnoringCase("@font-face")
          .doesNotContain("/assets/fonts/")
          .doesNotContain("govuk-crest");
    }
  }

  @Test
  void outputHoldsNoFontFileAndNoCrownImage() {
    for (String file : BuiltSite.Trees.files(site.root).keySet()) {
      String name = file.toLowerCase(Locale.ROOT);
      assertThat(name)
          .as(file)
          .doesNotEndWith(".woff")
          .doesNotEndWith(".woff2")
          .doesNotEndWith(".ttf")
          .doesNotEndWith(".eot")
          .doesNotContain("crown")
          .doesNotContain("crest");
    }
  }

  @Test
  void everyListAndIndexPageExists() {
    List<String> expected =
        new ArrayList<>(
            List.of(
                "requests/",
                "outcomes/",
                "topics/",
                "sections/",
                "published/",
                "search/",
                "404.html",
                "sitemap.xml",
                "feed.xml",
                "index.html"));
    if (site.log.requests().size() > 20) {
      expected.add("requests/page/2/");
    }
    for (Request request : site.log.requests()) {
      expected.add("requests/" + request.year() + "/");
      request.questions().forEach(q -> expected.add("outcomes/" + q.outcome().slug() + "/"));
      request.topics().forEach(t -> expected.add("topics/" + BuiltSite.slug(t) + "/"));
    }
    site.log.pages().forEach(p -> expected.add(p.slug() + "/"));

    for (String path : new LinkedHashSet<>(expected)) {
      String file = path.endsWith("/") ? path + "index.html" : path;
      assertThat(site.root.resolve(file)).as(path).isRegularFile();
    }
  }

  @Test
  void sitemapListsEveryRequestPageAtItsAbsoluteAddress() throws Exception {
    Document sitemap =
        Jsoup.parse(Files.readString(site.root.resolve("sitemap.xml")), "", Parser.xmlParser());
    List<String> locations = sitemap.select("urlset > url > loc").eachText();

    for (Request request : site.log.requests()) {
      assertThat(locations)
          .contains(site.baseUrl + "requests/" + BuiltSite.slug(request.reference()) + "/");
    }
    assertThat(locations).allSatisfy(loc -> assertThat(loc).startsWith(site.baseUrl));
    assertThat(locations).doesNotHaveDuplicates();
  }

  @Test
  void feedEntriesPointToRequestPagesOnTheBaseUrl() throws Exception {
    Document feed =
        Jsoup.parse(Files.readString(site.root.resolve("feed.xml")), "", Parser.xmlParser());
    List<String> links = feed.select("feed > entry > link").eachAttr("href");

    assertThat(links)
        .isNotEmpty()
        .allSatisfy(
            href -> {
              assertThat(href).startsWith(site.baseUrl + "requests/");
              assertThat(site.root.resolve(href.substring(site.baseUrl.length()) + "index.html"))
                  .isRegularFile();
            });
  }

  @Test
  void buildingTheSameContentTwiceGivesByteIdenticalOutput(@TempDir Path again) {
    BuiltSite second = BuiltSite.build(CONTENT, again.resolve("public"));

    Map<String, byte[]> first = BuiltSite.Trees.files(site.root);
    Map<String, byte[]> repeat = BuiltSite.Trees.files(second.root);
    assertThat(repeat.keySet()).isEqualTo(first.keySet());
    first.forEach((file, bytes) -> assertThat(repeat.get(file)).as(file).isEqualTo(bytes));
  }

  /**
   * Checks that a back-link list has, for each request, one entry linking to it and to each of its
   * questions.
   */
  private static void assertListsQuestions(
      List<Document> pages, String what, Map<Request, Set<Integer>> byRequest) {
    byRequest.forEach(
        (request, questions) -> {
          String url = requestUrl(request);
          var entries = new org.jsoup.select.Elements();
          pages.forEach(
              page -> entries.addAll(page.select("main li.foikb-result:has(" + link(url) + ")")));
          assertThat(entries).as("%s lists %s", what, request.reference()).isNotEmpty();
          boolean grouped =
              entries.stream()
                  .anyMatch(
                      entry ->
                          questions.stream()
                              .filter(n -> n > 0)
                              .allMatch(n -> !entry.select(link(url + "#q" + n)).isEmpty()));
          assertThat(grouped)
              .as("%s lists questions %s of %s in one entry", what, questions, request.reference())
              .isTrue();
        });
  }

  /** A back-link list's first page and the numbered pages that continue it. */
  private static List<Document> pagesOf(String list) {
    List<Document> pages = new ArrayList<>(List.of(site.page(list)));
    for (int n = 2; site.pages.containsKey(list + "page/" + n + "/index.html"); n++) {
      pages.add(site.page(list + "page/" + n + "/"));
    }
    return pages;
  }

  private static List<CrossReference> published(Request request) {
    return request.references().stream()
        .filter(r -> r.kind() == CrossReference.Kind.PUBLISHED)
        .toList();
  }

  private static Document requestPage(Request request) {
    return site.page("requests/" + BuiltSite.slug(request.reference()) + "/");
  }

  private static String requestUrl(Request request) {
    return site.path("requests/" + BuiltSite.slug(request.reference()) + "/");
  }

  /** A selector for links to exactly this address. */
  static String link(String href) {
    return "a[href=\"" + href.replace("\"", "\\\"") + "\"]";
  }
}
