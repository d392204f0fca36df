package org.foikb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Everyday words on the search page, over the bundled log, which uses none of them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SynonymBrowserTest {
  @TempDir static Path tmp;

  private BrowserSite site;
  private WebDriver driver;

  @BeforeAll
  void start() throws IOException {
    site = BrowserSite.bundled();
    driver = BrowserSite.browser(tmp.resolve("profile"), true);
  }

  @AfterAll
  void stop() {
    driver.quit();
  }

  /** The request pages among the results, in rank order, as site paths. */
  private List<String> results(String query) {
    driver.get(site.origin + "/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    BrowserSite.waitForResults(driver, "search-results");
    return driver.findElements(By.cssSelector("#search-results li > h2 a")).stream()
        .map(a -> a.getAttribute("href").substring(site.origin.length()))
        .filter(l -> l.startsWith("/requests/"))
        .toList();
  }

  /** The browser matches a query's terms to entries the build stemmed: they must agree. */
  @Test
  void browserAndBuildAgreeOnTheTermsOfEveryThesaurusEntry() throws IOException {
    List<String> words = new ArrayList<>();
    try (var in = Thesaurus.class.getResourceAsStream("thesaurus.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#") && line.contains(": ")) {
          words.add(line.substring(0, line.indexOf(": ")));
          words.addAll(List.of(line.substring(line.indexOf(": ") + 2).split("; ")));
        }
      }
    }
    driver.get(site.origin + "/search/");
    List<String> browser = BrowserSite.mapInScript(driver, "w => m.terms(w).join(' ')", words);

    assertThat(words).hasSizeGreaterThan(500);
    assertThat(browser).isEqualTo(words.stream().map(Thesaurus::key).toList());
  }

  @Test
  void aWordTheLogUsesRanksItsOwnMatchesAboveTheThesaurussWordsForIt() {
    // CCTV appears once in the log; the thesaurus also looks for cameras, which many requests have
    driver.get(site.origin + "/search/?q=cctv");
    BrowserSite.waitForResults(driver, "search-results");
    List<org.openqa.selenium.WebElement> items =
        driver.findElements(By.cssSelector("#search-results li"));

    assertThat(items).hasSizeGreaterThan(1);
    assertThat(items.get(0).findElements(By.tagName("mark")))
        .extracting(org.openqa.selenium.WebElement::getText)
        .contains("CCTV");
    assertThat(items.get(1).getText()).doesNotContain("CCTV");
  }

  @Test
  void queriesOfEverydayWordsAloneFindARightRequestInTheTopFive() {
    String[][] queries = {
      {"stun guns", "01-foi-23-020953", "01-foi-25-024618", "01-foi-24-028811"},
      {"mugshots", "01-foi-24-003377"},
      {"quadcopters", "01-foi-22-027041"},
      {"bodycams", "01-foi-22-014907", "01-foi-25-014276"},
      {"freebies for top brass", "01-foi-22-019355", "01-foi-24-034562"},
      {"snitches", "01-foi-24-040017"},
      {"panda cars", "01-foi-23-033870"},
      {
        "face scanning",
        "01-foi-23-030269",
        "01-foi-23-027504",
        "01-foi-22-030118",
        "01-foi-24-022457"
      },
      {"hackers", "01-foi-24-015230"},
      {"bobbies sacked", "01-foi-23-008815", "01-foi-25-008430"},
      {"demos", "01-foi-25-019903"},
      {"top cop wages", "01-foi-22-023716"},
      {"stop and frisk", "01-foi-22-011482", "01-foi-23-002641", "01-foi-25-001954"},
      {"snooping laws", "01-foi-23-030269"},
      {"bent coppers", "01-foi-23-008815", "01-foi-25-008430"},
      {"ico", "01-foi-24-015230"}
    };
    List<String> misses = new ArrayList<>();
    for (String[] query : queries) {
      List<String> top = results(query[0]).stream().limit(5).toList();
      if (top.stream().noneMatch(l -> Stream.of(query).skip(1).anyMatch(l::contains))) {
        misses.add(query[0] + " -> " + top);
      }
    }
    System.out.printf(
        "everyday words: %d/%d queries with a right request in the top 5; misses %s%n",
        queries.length - misses.size(), queries.length, misses);
    assertThat(misses).isEmpty();
  }
}
