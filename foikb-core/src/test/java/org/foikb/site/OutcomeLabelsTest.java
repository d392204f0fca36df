package org.foikb.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One name for one outcome: every label the built bundled log shows for an outcome value, on its
 * pages, in its search data and in its open data, is the same string.
 */
class OutcomeLabelsTest {
  private static final Pattern TAG = Pattern.compile("foikb-tag--([a-z-]+)");
  private static final Pattern OUTCOME_LINK = Pattern.compile("/outcomes/([a-z-]+)/$");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  private static BuiltSite site;

  /** Outcome value (the slug in classes, URLs and data) to every label seen for it, and where. */
  private static final Map<String, Map<String, String>> seen = new TreeMap<>();

  @BeforeAll
  static void build() throws IOException {
    site = BuiltSite.build(BundledContent.FOLDER, tmp.resolve("public"));
    collectFromPages();
    collectFromSearchData();
    collectFromOpenData();
  }

  @Test
  void everyOutcomeValueHasExactlyOneLabelAcrossTheSite() {
    assertThat(seen.keySet())
        .as("question and request outcomes were all found")
        .contains("disclosed", "published", "partial", "withheld", "ncnd", "not-held", "invalid")
        .contains("full", "partly-refused", "in-part", "refused");

    seen.forEach(
        (value, labels) ->
            assertThat(labels.keySet())
                .as("labels for outcome %s, each with one place it was seen: %s", value, labels)
                .hasSize(1));
    // a request partly disclosed and partly refused is what a question "partial" is, one name
    assertThat(seen.get("partly-refused").keySet()).isEqualTo(seen.get("partial").keySet());
  }

  @Test
  void statisticsChartNamesEachOutcomeWithItsOneLabel() {
    Document page = site.page("statistics/");
    List<String> headers =
        page.select("section[aria-labelledby=requests-per-year-heading] thead th").eachText();
    Set<String> labels = new TreeSet<>();
    seen.values().forEach(l -> labels.addAll(l.keySet()));

    // the first column is the year and the last the total; the rest are outcomes
    List<String> outcomes = headers.subList(1, headers.size() - 1);

    assertThat(outcomes).isNotEmpty();
    assertThat(labels).containsAll(outcomes);
  }

  private static void collectFromPages() {
    site.pages.forEach(
        (file, page) -> {
          for (Element tag : page.select(".foikb-tag")) {
            Matcher slug = TAG.matcher(tag.className());
            if (slug.find()) {
              note(slug.group(1), tag.text(), file);
            }
          }
          for (Element link :
              page.select("main a[href*=/outcomes/]:not(.govuk-pagination__link)")) {
            Matcher slug = OUTCOME_LINK.matcher(link.attr("href"));
            if (slug.find()) {
              note(slug.group(1), link.text(), file);
            }
          }
        });
  }

  private static void collectFromSearchData() throws IOException {
    JsonNode meta = JSON.readTree(site.root.resolve("search/meta.json").toFile());
    for (String list : List.of("outcomes", "overall")) {
      for (JsonNode pair : meta.get(list)) {
        note(pair.get(0).asText(), pair.get(1).asText(), "search/meta.json " + list);
      }
    }
  }

  private static void collectFromOpenData() throws IOException {
    JsonNode data = JSON.readTree(Files.readString(site.root.resolve("data/requests.json")));
    for (JsonNode request : data.get("requests")) {
      note(request.get("outcome").asText(), request.get("outcome_label").asText(), "requests.json");
      for (JsonNode question : request.get("questions")) {
        note(
            question.get("outcome").asText(),
            question.get("outcome_label").asText(),
            "requests.json question");
      }
    }
  }

  private static void note(String value, String label, String where) {
    seen.computeIfAbsent(value, v -> new TreeMap<>()).putIfAbsent(label, where);
  }
}
