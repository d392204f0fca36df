package org.foikb.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture log served from a sub-path ({@code https://foi.example.org/log/}) with one more
 * request that supersedes the same old request as another; and the site checkers themselves, shown
 * to catch what they look for.
 */
class FixtureSiteTest {
  private static final String OLD = "requests/01-fix-23-000101/";

  @TempDir static Path tmp;

  private static BuiltSite site;

  @BeforeAll
  static void buildFixtureUnderASubPath() throws IOException {
    Path content = BuiltSite.copy(GoldenPagesTest.FIXTURE, tmp.resolve("content"));
    Path siteYaml = content.resolve("site.yaml");
    Files.writeString(
        siteYaml,
        Files.readString(siteYaml)
            .replace(
                "base-url: https://foi.example.org/", "base-url: https://foi.example.org/log/"));
    Files.writeString(
        content.resolve("requests/2024/01-FIX-24-000505.md"),
        """
        ---
        reference: 01.FIX.24.000505
        title: Burglary figures for 2022, corrected
        responded: 2024-08-01
        supersedes: 01.FIX.23.000101
        questions:
          - ask: How many burglaries were recorded in 2022, after correction?
            outcome: disclosed
        ---
        ## Answer 1

        The corrected figure is 1,204.
        """);
    site = BuiltSite.build(content, tmp.resolve("public"));
  }

  @Test
  void everyInternalLinkResolvesWhenTheSiteLivesUnderASubPath() {
    assertThat(site.basePath).isEqualTo("/log/");

    assertThat(InternalLinks.broken(site)).isEmpty();
    site.pages.forEach(
        (file, page) -> {
          for (Element element : page.select("[href^=/], [src^=/], form[action^=/]")) {
            String link =
                element.hasAttr("href")
                    ? element.attr("href")
                    : element.hasAttr("src") ? element.attr("src") : element.attr("action");
            assertThat(link).as("%s: %s", file, element.outerHtml()).startsWith("/log/");
          }
        });
  }

  @Test
  void everyPageUnderASubPathLoadsNothingFromElsewhereAndRunsNoInlineCode() {
    assertThat(PageSafety.problems(site)).isEmpty();
  }

  @Test
  void requestSupersededTwiceLinksToBothNewerAnswers() {
    Document page = site.page(OLD);

    assertThat(page.select(".govuk-notification-banner a").eachAttr("href"))
        .containsExactlyInAnyOrder(
            "/log/requests/01-fix-24-000202/", "/log/requests/01-fix-24-000505/");
  }

  @Test
  void noPageUsesAnIdTwiceEvenWhenTwoRequestsSupersedeTheSameOne() {
    assertThat(InternalLinks.duplicateIds(site)).isEmpty();
  }

  @Test
  void crossReferenceLinksInAnswersAreNotMarkedNofollow() {
    var followed = site.page("requests/01-fix-24-000202/").select(".foikb-prose a[href^=/log/]");
    assertThat(followed).isNotEmpty();

    assertThat(followed.select("[rel~=nofollow]")).isEmpty();
  }

  @Test
  void linkCheckerReportsMissingPagesMissingAnchorsAndBadRelativeLinks(@TempDir Path folder)
      throws IOException {
    BuiltSite copy = site.copyTo(folder.resolve("public"));
    Files.delete(copy.root.resolve("sections/s31/index.html"));
    Document old = copy.page(OLD);
    old.getElementById("q2").removeAttr("id");
    save(copy, OLD + "index.html", old);
    Document section = copy.page("sections/s31-1-a/");
    section.selectFirst("main").appendElement("a").attr("href", "../s21/#nowhere");
    save(copy, "sections/s31-1-a/index.html", section);

    var broken = InternalLinks.broken(copy.reread());

    assertThat(broken)
        .contains(
            "sections/s31-1-a/index.html: <a href=\"/log/sections/s31/\">: no file sections/s31/index.html")
        .contains(
            "requests/01-fix-24-000202/index.html: <a href=\"/log/requests/01-fix-23-000101/#q2\">:"
                + " no id=\"q2\" in requests/01-fix-23-000101/index.html")
        .contains(
            "sections/s31-1-a/index.html: <a href=\"../s21/#nowhere\">: no id=\"nowhere\" in"
                + " sections/s21/index.html");
  }

  @Test
  void safetyCheckerReportsOffSiteLoadsInlineCodeAndWeakPolicies(@TempDir Path folder)
      throws IOException {
    BuiltSite copy = site.copyTo(folder.resolve("public"));
    Document page = copy.page(OLD);
    page.head().appendElement("script").attr("src", "https://cdn.example.com/x.js");
    page.body().appendElement("script").appendText("alert(1)");
    page.body()
        .appendElement("img")
        .attr("src", "//images.example.com/x.png")
        .attr("onerror", "alert(1)");
    save(copy, OLD + "index.html", page);
    Document section = copy.page("sections/s21/");
    section.selectFirst("meta[http-equiv=Content-Security-Policy]").remove();
    save(copy, "sections/s21/index.html", section);
    Document source = copy.page("published/crime-stats/");
    Element policy = source.selectFirst("meta[http-equiv=Content-Security-Policy]");
    policy.attr(
        "content",
        policy.attr("content").replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"));
    save(copy, "published/crime-stats/index.html", source);

    var problems = PageSafety.problems(copy.reread());

    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        OLD
                            + "index.html: loads from another host: <script src=\"https://cdn.example.com/x.js\">"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        OLD
                            + "index.html: loads from another host: <img src=\"//images.example.com/x.png\""))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(OLD + "index.html: inline script: <script>alert(1)</script>"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .isEqualTo(OLD + "index.html: event-handler attribute onerror on <img>"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .isEqualTo(
                        "sections/s21/index.html: has 0 Content-Security-Policy meta tags, not 1"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("published/crime-stats/index.html: weak Content-Security-Policy:"));
  }

  private static void save(BuiltSite copy, String file, Document page) throws IOException {
    Files.writeString(copy.root.resolve(file), page.outerHtml());
  }
}
