package org.foikb.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.foikb.model.Outcome;
import org.foikb.model.PublishedSource;
import org.foikb.model.Question;
import org.foikb.model.Request;
import org.foikb.report.StaffReport.Divergence;
import org.foikb.report.StaffReport.Place;
import org.foikb.report.StaffReport.SourceUse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML report: one page that loads nothing and runs nothing, whatever the content holds. */
class ReportHtmlTest {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String BREAKOUT = "\"><img src=x onerror=alert(2)>'";

  static Request request(String reference, String title, Question... questions) {
    return new Request(
        "requests/" + reference + ".md",
        reference,
        title,
        Optional.empty(),
        LocalDate.of(2024, 2, 5),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(questions),
        10,
        List.of(),
        List.of());
  }

  /** A report whose every value from content tries to become markup. */
  static StaffReport hostile() {
    Request request =
        request(
            "01.FOI.24.000001",
            "Deployments " + SCRIPT,
            new Question(1, "Where " + BREAKOUT + "?", Outcome.WITHHELD, List.of("s31-1-a"), 8));
    Request earlier =
        request(
            "01.FOI.23.000002",
            "Earlier",
            new Question(1, "Where? " + SCRIPT, Outcome.DISCLOSED, List.of(), 8));
    PublishedSource source =
        new PublishedSource(
            "published/record.md",
            "record",
            "Record " + SCRIPT,
            "https://www.example.org/?a=1&b=" + BREAKOUT,
            Optional.empty(),
            Optional.of(LocalDate.of(2020, 1, 1)),
            7);
    PublishedSource notWeb =
        new PublishedSource(
            "published/odd.md",
            "odd",
            "Odd",
            "javascript:alert(3)",
            Optional.empty(),
            Optional.empty(),
            7);
    Place place = new Place(request, 1, "https://foi.example.org/requests/01-foi-24-000001/#q1");
    Place before = new Place(earlier, 1, "https://foi.example.org/requests/01-foi-23-000002/#q1");
    return new StaffReport(
        "Log " + SCRIPT,
        LocalDate.of(2024, 6, 2),
        List.of(new SourceUse(notWeb, List.of())),
        List.of(new SourceUse(source, List.of(place))),
        List.of(new SourceUse(notWeb, List.of())),
        List.of(new Place(request, 0, "https://foi.example.org/requests/01-foi-24-000001/")),
        List.of(new Divergence(before, place)));
  }

  @Test
  void escapesEveryValueFromTheContent() {
    String html = ReportHtml.render(hostile());
    Document page = Jsoup.parse(html);

    assertThat(page.select("script, img, iframe, object, embed")).isEmpty();
    assertThat(page.getAllElements())
        .allSatisfy(
            e ->
                assertThat(e.attributes().asList())
                    .noneMatch(a -> a.getKey().toLowerCase().startsWith("on")));
    assertThat(page.title()).isEqualTo("Staff report for Log " + SCRIPT);
    assertThat(page.select("#stale-sources td").first().text())
        .isEqualTo("Record " + SCRIPT + " published/record.md");
    assertThat(page.select("#stale-sources td a").first().attr("href"))
        .isEqualTo("https://www.example.org/?a=1&b=" + BREAKOUT);
    assertThat(page.select("#answered-differently td.pair .ask").eachText())
        .containsExactly("Where? " + SCRIPT, "Where " + BREAKOUT + "?");
  }

  @Test
  void linksOnlyToWebAddresses() {
    Document page = Jsoup.parse(ReportHtml.render(hostile()));

    assertThat(page.select("a[href]").eachAttr("href"))
        .allMatch(href -> href.startsWith("https://") || href.startsWith("#"));
    assertThat(page.select("#undated-sources td").eachText()).contains("javascript:alert(3)");
  }

  @Test
  void loadsNothingAndAllowsOnlyItsOwnStyle() throws Exception {
    Document page = Jsoup.parse(ReportHtml.render(hostile()));

    assertThat(page.select("[src], link, base")).isEmpty();
    Element style = page.selectFirst("head style");
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(style.data().getBytes(StandardCharsets.UTF_8));
    assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .isEqualTo(
            "default-src 'none'; style-src 'sha256-"
                + Base64.getEncoder().encodeToString(digest)
                + "'; base-uri 'none'");
  }

  @Test
  void showsEachKindWithItsCountAndSaysNoneForAnEmptyOne() {
    StaffReport report = hostile();
    StaffReport empty =
        new StaffReport(
            "Log", report.today(), List.of(), List.of(), List.of(), List.of(), List.of());

    Document full = Jsoup.parse(ReportHtml.render(report));
    Document none = Jsoup.parse(ReportHtml.render(empty));

    assertThat(full.select("section > h2").eachText())
        .containsExactly(
            "Published sources no answer links to (1)",
            "Published sources checked more than 12 months ago (1)",
            "Published sources with no checked date (1)",
            "Requests without topics (1)",
            "Similar questions answered differently (1)");
    assertThat(full.select("section p.none")).isEmpty();
    assertThat(none.select("section p.none").eachText()).hasSize(5).containsOnly("None.");
    assertThat(none.select("table")).isEmpty();
  }
}
