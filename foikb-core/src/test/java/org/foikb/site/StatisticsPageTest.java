package org.foikb.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foikb.model.OverallOutcome;
import org.foikb.model.Question;
import org.foikb.model.Request;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every number of the statistics page equals a count this test makes itself from the content, and
 * every chart has a text alternative and its numbers in a table.
 */
class StatisticsPageTest {
  @TempDir static Path tmp;
  private static BuiltSite site;
  private static Document page;

  @BeforeAll
  static void build() {
    site = BuiltSite.build(BundledContent.FOLDER, tmp.resolve("public"));
    page = site.page("statistics/");
  }

  /** The rows of a chart's table: heading cell, then the other cells. */
  private static List<List<String>> table(String chart) {
    Element section = page.selectFirst("section[aria-labelledby=" + chart + "-heading]");
    assertThat(section).as("chart %s", chart).isNotNull();
    List<List<String>> rows = new ArrayList<>();
    for (Element row : section.select("tbody tr")) {
      List<String> cells = new ArrayList<>();
      row.children().forEach(cell -> cells.add(cell.text()));
      rows.add(cells);
    }
    return rows;
  }

  @Test
  void requestsPerYearByOutcomeEqualTheLogsOwnCount() {
    Map<Integer, Map<OverallOutcome, Integer>> expected = new TreeMap<>();
    for (Request request : site.log.requests()) {
      expected
          .computeIfAbsent(request.responded().getYear(), y -> new HashMap<>())
          .merge(request.overallOutcome(), 1, Integer::sum);
    }

    List<List<String>> rows = table("requests-per-year");

    assertThat(rows).hasSize(expected.size());
    int i = 0;
    for (var year : expected.entrySet()) {
      List<String> row = rows.get(i++);
      assertThat(row.get(0)).isEqualTo(String.valueOf(year.getKey()));
      int total = 0;
      for (OverallOutcome outcome : OverallOutcome.values()) {
        int count = year.getValue().getOrDefault(outcome, 0);
        assertThat(row.get(1 + outcome.ordinal()))
            .as("%s %s", year.getKey(), outcome)
            .isEqualTo(String.valueOf(count));
        total += count;
      }
      assertThat(row.get(row.size() - 1)).isEqualTo(String.valueOf(total));
    }
  }

  @Test
  void theSectionsAppliedMostOftenAreCountedByQuestion() {
    Map<String, Integer> applied = new HashMap<>();
    for (Request request : site.log.requests()) {
      for (Question question : request.questions()) {
        question.sectionIds().forEach(id -> applied.merge(id, 1, Integer::sum));
      }
    }
    List<Map.Entry<String, Integer>> top =
        applied.entrySet().stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(10)
            .toList();

    List<List<String>> rows = table("sections");

    assertThat(rows).hasSize(top.size());
    for (int i = 0; i < top.size(); i++) {
      String number = site.log.section(top.get(i).getKey()).orElseThrow().number();
      assertThat(rows.get(i).get(0)).startsWith("Section " + number + " – ");
      assertThat(rows.get(i).get(1)).isEqualTo(String.valueOf(top.get(i).getValue()));
    }
  }

  @Test
  void thePublishedSourcesPointedToMostOftenAreCountedByRequest() throws IOException {
    Pattern link = Pattern.compile("\\]\\(published:([a-z0-9-]+)\\)");
    Map<String, Integer> requests = new HashMap<>();
    for (Request request : site.log.requests()) {
      Matcher m = link.matcher(Files.readString(BundledContent.FOLDER.resolve(request.path())));
      java.util.Set<String> here = new java.util.HashSet<>();
      while (m.find()) {
        here.add(m.group(1));
      }
      here.forEach(id -> requests.merge(id, 1, Integer::sum));
    }
    List<Map.Entry<String, Integer>> top =
        requests.entrySet().stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(10)
            .toList();

    List<List<String>> rows = table("sources");

    assertThat(rows).hasSize(top.size());
    for (int i = 0; i < top.size(); i++) {
      assertThat(rows.get(i).get(0))
          .isEqualTo(site.log.source(top.get(i).getKey()).orElseThrow().title());
      assertThat(rows.get(i).get(1)).isEqualTo(String.valueOf(top.get(i).getValue()));
    }
  }

  @Test
  void theSection21ShareAndTheMedianDaysAreWorkedOutPerYear() {
    Map<Integer, int[]> share = new TreeMap<>();
    Map<Integer, List<Long>> days = new TreeMap<>();
    for (Request request : site.log.requests()) {
      int year = request.responded().getYear();
      int[] counts = share.computeIfAbsent(year, y -> new int[2]);
      for (Question question : request.questions()) {
        counts[1]++;
        if (question.sectionIds().contains("s21")) {
          counts[0]++;
        }
      }
      List<Long> list = days.computeIfAbsent(year, y -> new ArrayList<>());
      request.received().ifPresent(r -> list.add(ChronoUnit.DAYS.between(r, request.responded())));
    }

    List<List<String>> shareRows = table("section-21");
    List<List<String>> dayRows = table("days-to-respond");

    int i = 0;
    for (var year : share.entrySet()) {
      int[] counts = year.getValue();
      double percent = Math.round(1000.0 * counts[0] / counts[1]) / 10.0;
      assertThat(shareRows.get(i))
          .containsExactly(
              String.valueOf(year.getKey()),
              String.valueOf(counts[0]),
              String.valueOf(counts[1]),
              (percent == Math.rint(percent)
                      ? String.valueOf((long) percent)
                      : String.valueOf(percent))
                  + "%");
      List<Long> sorted = days.get(year.getKey()).stream().sorted().toList();
      int n = sorted.size();
      double median =
          n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
      assertThat(dayRows.get(i).get(0)).isEqualTo(String.valueOf(year.getKey()));
      assertThat(Double.parseDouble(dayRows.get(i).get(1))).isEqualTo(median);
      assertThat(dayRows.get(i).get(2)).isEqualTo(String.valueOf(n));
      i++;
    }
  }

  @Test
  void everyChartIsAnImageWithATitleAndADescriptionAndATableBeneath() {
    var charts = page.select("section.foikb-chart");

    assertThat(charts).hasSize(5);
    for (Element chart : charts) {
      Element svg = chart.selectFirst("svg.foikb-chart__svg");
      assertThat(svg.attr("role")).isEqualTo("img");
      for (String id : svg.attr("aria-labelledby").split(" ")) {
        assertThat(svg.getElementById(id)).as(id).isNotNull();
        assertThat(svg.getElementById(id).text()).isNotBlank();
      }
      assertThat(chart.select("table caption").text()).isNotBlank();
      assertThat(chart.select("tbody tr")).isNotEmpty();
    }
    assertThat(site.page("").select("a[href=/statistics/]")).isNotEmpty();
    assertThat(site.page("requests/").select("nav a[href=/statistics/]")).isNotEmpty();
  }
}
