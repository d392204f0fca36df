package org.foikb.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.foikb.report.StaffReport.Place;
import org.junit.jupiter.api.Test;

/** The text report, as a terminal shows it. */
class ReportTextTest {
  @Test
  void saysNoneUnderEveryHeadingOfAnEmptyReport() {
    StaffReport empty =
        new StaffReport(
            "Log", LocalDate.of(2024, 6, 2), List.of(), List.of(), List.of(), List.of(), List.of());

    assertThat(ReportText.render(empty))
        .isEqualTo(
            """
            Staff report for Log, 2024-06-02

            Published sources no answer links to (0)
              none

            Published sources checked more than 12 months ago (0)
              none

            Published sources with no checked date (0)
              none

            Requests without topics (0)
              none

            Similar questions answered differently (0)
              none
            """);
  }

  @Test
  void printsNoTerminalControlCodesFromTheContent() {
    Place place =
        new Place(
            ReportHtmlTest.request("01.FOI.24.000001", "Red \u001b[31mtext\u001b[0m\tand\rmore"),
            0,
            "https://foi.example.org/requests/01-foi-24-000001/");
    StaffReport report =
        new StaffReport(
            "Log",
            LocalDate.of(2024, 6, 2),
            List.of(),
            List.of(),
            List.of(),
            List.of(place),
            List.of());

    String text = ReportText.render(report);

    assertThat(text).doesNotContain("\u001b", "\t", "\r");
    assertThat(text)
        .contains(
            "  requests/01.FOI.24.000001.md  01.FOI.24.000001  Red \uFFFD[31mtext\uFFFD[0m\uFFFDand\uFFFDmore\n");
  }

  @Test
  void listsAtMostFiveHundredOfAKindAndSaysHowManyThereAre() {
    List<Place> places =
        java.util.stream.IntStream.range(0, StaffReport.LISTED + 7)
            .mapToObj(
                n -> {
                  String reference = String.format("01.FOI.24.%06d", n);
                  return new Place(ReportHtmlTest.request(reference, "Title " + n), 0, "u" + n);
                })
            .toList();
    StaffReport report =
        new StaffReport(
            "Log", LocalDate.of(2024, 6, 2), List.of(), List.of(), List.of(), places, List.of());

    String text = ReportText.render(report);
    String html = ReportHtml.render(report);

    assertThat(text)
        .contains("Requests without topics (507)\n", "Title 499\n")
        .doesNotContain("Title 500\n");
    assertThat(text)
        .contains(
            "  The first 500 of 507 are listed; deal with them and build again for the rest.\n");
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
    assertThat(page.select("#requests-without-topics tbody tr")).hasSize(500);
    assertThat(page.select("#requests-without-topics p").text())
        .isEqualTo("The first 500 of 507 are listed; deal with them and build again for the rest.");
  }
}
