package org.foikb.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.foikb.build.Build;
import org.foikb.model.DisclosureLog;
import org.foikb.report.StaffReport.Place;
import org.foikb.search.SimilarQuestions;
import org.foikb.validation.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of problem the staff report lists, in a log that has it and in one that has not. */
@ExtendWith(ContentFixture.class)
class StaffReportTest {
  /** The fixture's source was checked on 2023-06-01; a day after this it is over 12 months old. */
  static final LocalDate YEAR_AFTER_CHECK = LocalDate.of(2024, 6, 1);

  @TempDir Path dir;

  static Clock on(LocalDate day) {
    return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  }

  static StaffReport report(ContentFixture fixture, LocalDate today) {
    Build.Result result = fixture.check();
    assertThat(result.diagnostics().sorted()).as(fixture::listing).isEmpty();
    return StaffReport.of(result, on(today)).orElseThrow();
  }

  /** A request with one question whose words and title other requests may share. */
  static String request(
      String reference, String responded, String topics, String ask, String outcome) {
    String sections =
        switch (outcome) {
          case "published" -> "\n    sections: [s21]";
          case "withheld" -> "\n    sections: [s31-1-a]";
          default -> "";
        };
    String answer =
        outcome.equals("published")
            ? "\n## Answer 1\n\nSee [the record](published:lfr-deployment-record).\n"
            : "";
    return """
        ---
        reference: %s
        title: Stewarding at football grounds
        responded: %s
        topics: %s
        questions:
          - ask: %s
            outcome: %s%s
        ---
        Our answer.
        %s"""
        .formatted(reference, responded, topics, ask, outcome, sections, answer);
  }

  @Test
  void findsNothingInALogWithNothingToActOn() {
    StaffReport report = report(ContentFixture.in(dir).validRequest(), YEAR_AFTER_CHECK);

    assertThat(report.isEmpty()).as(report.toString()).isTrue();
    assertThat(report.today()).isEqualTo(YEAR_AFTER_CHECK);
  }

  @Test
  void listsSourcesNoAnswerLinksToWithWhereTheyAreLinkedOutsideTheAnswers() {
    ContentFixture fixture =
        ContentFixture.in(dir)
            .request(
                ContentFixture.VALID_REQUEST.replace(
                    "We answered within 20 working days.",
                    "We answered within 20 working days; see [the map](published:map)."))
            .file("published/map.md", source("map", "checked: 2024-01-01"))
            .file("published/unused.md", source("unused", "checked: 2024-01-01"));

    StaffReport report = report(fixture, YEAR_AFTER_CHECK);

    assertThat(report.unusedSources())
        .extracting(u -> u.source().id())
        .containsExactly("map", "unused");
    assertThat(report.unusedSources().get(0).usedBy())
        .containsExactly(
            new Place(
                report.unusedSources().get(0).usedBy().get(0).request(),
                0,
                "https://foi.example.org/requests/01-foi-24-000001/"));
    assertThat(report.unusedSources().get(1).usedBy()).isEmpty();
  }

  @Test
  void listsSourcesCheckedOverTwelveMonthsAgoWithTheAnswersThatDependOnThem() {
    ContentFixture fixture = ContentFixture.in(dir).validRequest();

    StaffReport onTheDay = report(fixture, YEAR_AFTER_CHECK);
    StaffReport dayAfter = report(fixture, YEAR_AFTER_CHECK.plusDays(1));

    assertThat(onTheDay.staleSources()).isEmpty();
    assertThat(dayAfter.staleSources()).hasSize(1);
    StaffReport.SourceUse stale = dayAfter.staleSources().get(0);
    assertThat(stale.source().id()).isEqualTo("lfr-deployment-record");
    assertThat(stale.usedBy())
        .extracting(p -> p.request().reference(), Place::question, Place::url)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "01.FOI.24.000001", 1, "https://foi.example.org/requests/01-foi-24-000001/#q1"));
    assertThat(dayAfter.undatedSources()).isEmpty();
  }

  @Test
  void listsSourcesWithNoCheckedDateApartFromStaleOnes() {
    ContentFixture fixture =
        ContentFixture.in(dir)
            .validRequest()
            .file(
                "published/lfr-deployment-record.md",
                ContentFixture.SOURCE.replace("checked: 2023-06-01\n", ""));

    StaffReport report = report(fixture, YEAR_AFTER_CHECK.plusYears(5));

    assertThat(report.undatedSources())
        .extracting(u -> u.source().id())
        .containsExactly("lfr-deployment-record");
    assertThat(report.undatedSources().get(0).usedBy())
        .extracting(Place::question)
        .containsExactly(1);
    assertThat(report.staleSources()).isEmpty();
  }

  @Test
  void listsRequestsWithoutTopics() {
    ContentFixture fixture =
        ContentFixture.in(dir)
            .validRequest()
            .file(
                "requests/2024/untagged.md",
                request(
                    "01.FOI.24.000002",
                    "2024-03-01",
                    "[]",
                    "What did the canteen spend on tea?",
                    "not-held"));

    StaffReport report = report(fixture, YEAR_AFTER_CHECK);

    assertThat(report.withoutTopics())
        .extracting(p -> p.request().reference(), Place::url)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "01.FOI.24.000002", "https://foi.example.org/requests/01-foi-24-000002/"));
  }

  @Test
  void pairsASimilarQuestionWithTheEarlierOneAnsweredDifferently() {
    String ask = "What did stewarding cost at football matches last season?";
    ContentFixture fixture =
        ContentFixture.in(dir)
            .validRequest()
            .file(
                "requests/2022/a.md",
                request("01.FOI.22.000010", "2022-04-01", "[stewarding]", ask, "published"))
            .file(
                "requests/2023/b.md",
                request("01.FOI.23.000020", "2023-04-01", "[stewarding]", ask, "withheld"));

    StaffReport report = report(fixture, YEAR_AFTER_CHECK);

    assertThat(report.answeredDifferently())
        .extracting(
            d -> d.earlier().request().reference(),
            d -> d.earlier().question(),
            d -> d.later().request().reference(),
            d -> d.later().url())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "01.FOI.22.000010",
                1,
                "01.FOI.23.000020",
                "https://foi.example.org/requests/01-foi-23-000020/#q1"));
  }

  @Test
  void leavesOutQuestionsThatAreOnlyRelatedNotTheSameQuestion() {
    // alike enough to be listed as asked before, too different for a different answer to matter
    ContentFixture fixture =
        ContentFixture.in(dir)
            .validRequest()
            .file(
                "requests/2022/a.md",
                request(
                    "01.FOI.22.000010",
                    "2022-04-01",
                    "[stewarding]",
                    "What did stewarding cost at football matches last season?",
                    "published"))
            .file(
                "requests/2023/b.md",
                request(
                    "01.FOI.23.000020",
                    "2023-04-01",
                    "[stewarding]",
                    "How many stewards worked at football matches last season, and what were they"
                        + " paid?",
                    "withheld"));
    Build.Result result = fixture.check();
    SimilarQuestions similar = SimilarQuestions.of(result.log().orElseThrow());
    assertThat(similar.of("01.FOI.23.000020", 1))
        .as("the pair is listed as asked before")
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.share()).isLessThan((float) StaffReport.NEAR_DUPLICATE));

    StaffReport report = report(fixture, YEAR_AFTER_CHECK);

    assertThat(report.answeredDifferently()).isEmpty();
  }

  @Test
  void leavesOutSimilarQuestionsAnsweredAlikeAndAnswersThatSupersedeTheEarlierOne() {
    String ask = "What did stewarding cost at football matches last season?";
    ContentFixture fixture =
        ContentFixture.in(dir)
            .validRequest()
            .file(
                "requests/2021/a.md",
                request("01.FOI.21.000010", "2021-04-01", "[stewarding]", ask, "withheld"))
            .file(
                "requests/2022/a.md",
                request("01.FOI.22.000010", "2022-04-01", "[stewarding]", ask, "withheld"))
            .file(
                "requests/2023/b.md",
                request("01.FOI.23.000020", "2023-04-01", "[stewarding]", ask, "not-held")
                    .replace("topics:", "supersedes: 01.FOI.22.000010\ntopics:"));

    StaffReport report = report(fixture, YEAR_AFTER_CHECK);

    // 21 and 22 agree; 23 supersedes 22, so only 21 against 23 is left
    assertThat(report.answeredDifferently())
        .extracting(d -> d.earlier().request().reference(), d -> d.later().request().reference())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("01.FOI.21.000010", "01.FOI.23.000020"));
  }

  @Test
  void listsDivergencesNewestLaterQuestionFirstThenNewestEarlierOne() {
    String ask = "What did stewarding cost at football matches last season?";
    ContentFixture fixture = ContentFixture.in(dir).validRequest();
    String[] outcomes = {"published", "withheld", "not-held", "published", "withheld"};
    for (int i = 0; i < outcomes.length; i++) {
      // two requests answered on one day, which the reference orders
      String day = i == 4 ? "2021-04-01" : "202" + i + "-04-01";
      fixture.file(
          "requests/202" + i + "/r" + i + ".md",
          request("01.FOI.2" + i + ".00001" + i, day, "[stewarding]", ask, outcomes[i]));
    }

    List<StaffReport.Divergence> listed = report(fixture, YEAR_AFTER_CHECK).answeredDifferently();

    assertThat(listed).hasSizeGreaterThan(3);
    assertThat(listed)
        .isSortedAccordingTo(
            Comparator.comparing(
                    (StaffReport.Divergence d) -> d.later().request(), DisclosureLog.NEWEST_FIRST)
                .thenComparingInt(d -> d.later().question())
                .thenComparing(d -> d.earlier().request(), DisclosureLog.NEWEST_FIRST)
                .thenComparingInt(d -> d.earlier().question()));
  }

  static String source(String id, String checked) {
    return """
        ---
        id: %s
        title: Source %s
        url: https://www.example.org/%s
        %s
        ---
        A source.
        """
        .formatted(id, id, id, checked);
  }
}
