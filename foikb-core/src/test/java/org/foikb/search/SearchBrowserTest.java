package org.foikb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.foikb.site.BundledContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The search and ask pages in headless Chromium, over the bundled sample log in content/. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserTest {
  @TempDir static Path tmp;

  private BrowserSite site;
  private WebDriver driver;

  @BeforeAll
  void start() throws IOException {
    site = new BrowserSite(BundledContent.FOLDER, tmp.resolve("public"));
    driver = BrowserSite.browser(tmp.resolve("profile"), true);
  }

  @AfterAll
  void stop() {
    BrowserSite.close(driver, site);
  }

  @BeforeEach
  void blank() {
    driver.get("about:blank");
  }

  private void open(String path) {
    driver.get(site.origin + path);
  }

  private List<String> links(String container) {
    BrowserSite.waitForResults(driver, container);
    return driver.findElements(By.cssSelector("#" + container + " a")).stream()
        .map(a -> a.getAttribute("href").substring(site.origin.length()))
        .toList();
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void typingShowsResults() {
    open("/search/");
    assertThat(driver.findElement(By.id("search-no-js")).isDisplayed()).isFalse();
    driver.findElement(By.id("search-q")).sendKeys("drone");
    List<String> links = links("search-results");

    assertThat(links.get(0)).startsWith("/requests/01-foi-22-027041/");
    assertThat(driver.getCurrentUrl()).endsWith("/search/?q=drone");
    WebElement first = driver.findElement(By.cssSelector("#search-results li"));
    assertThat(first.findElements(By.tagName("mark"))).isNotEmpty();
    assertThat(first.findElements(By.cssSelector(".foikb-tag"))).isNotEmpty();
    assertThat(first.getText()).contains("01.FOI.22.027041");
  }

  @Test
  void prefixOfTheWordBeingTypedMatches() {
    open("/search/");
    driver.findElement(By.id("search-q")).sendKeys("facial recogn");

    assertThat(links("search-results").get(0)).contains("#q");
  }

  @Test
  void filtersNarrowResultsUpdateTheUrlAndBackRestores() {
    open("/search/?q=" + q("facial recognition"));
    BrowserSite.waitForResults(driver, "search-results");
    String before = driver.findElement(By.id("search-status")).getText();
    int all = driver.findElements(By.cssSelector("#search-results li")).size();
    WebElement year = driver.findElement(By.cssSelector("input[name=year][value='2023']"));
    driver.findElement(By.cssSelector("label[for='" + year.getAttribute("id") + "']")).click();

    BrowserSite.waitFor(driver).until(ExpectedConditions.urlContains("year=2023"));
    BrowserSite.waitFor(driver)
        .until(d -> !d.findElement(By.id("search-status")).getText().equals(before));
    for (WebElement fact :
        driver.findElements(By.cssSelector("#search-results .foikb-result__facts"))) {
      assertThat(fact.getText()).contains("2023");
    }
    assertThat(driver.findElements(By.cssSelector("#search-results li")).size())
        .isLessThanOrEqualTo(all);

    driver.navigate().back();
    BrowserSite.waitFor(driver).until(d -> !d.getCurrentUrl().contains("year="));
    BrowserSite.waitFor(driver)
        .until(d -> d.findElement(By.id("search-status")).getText().equals(before));
    assertThat(driver.findElement(By.cssSelector("input[name=year][value='2023']")).isSelected())
        .isFalse();
  }

  @Test
  void filterCountsNameEachValueAndCoverTheResultsTheyLeave() {
    open("/search/?q=" + q("facial recognition"));
    BrowserSite.waitForResults(driver, "search-results");
    List<WebElement> inputs = driver.findElements(By.cssSelector("#search-filters input"));
    assertThat(inputs).extracting(i -> i.getAttribute("name")).contains("year", "outcome", "topic");
    for (WebElement input : inputs) {
      String label =
          driver
              .findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
              .getText();
      Matcher counted = Pattern.compile("(.+) \\((?:about )?([1-9]\\d*)\\)").matcher(label);
      assertThat(counted.matches()).as(label).isTrue();
      if (List.of("outcome", "section").contains(input.getAttribute("name"))) {
        // a name for people, not the slug or id the URL carries
        assertThat(counted.group(1)).as(label).isNotEqualTo(input.getAttribute("value"));
      }
    }

    WebElement year = driver.findElement(By.cssSelector("input[name=year][value='2023']"));
    String yearLabel =
        driver
            .findElement(By.cssSelector("label[for='" + year.getAttribute("id") + "']"))
            .getText();
    int counted = Integer.parseInt(yearLabel.replaceAll(".*\\((?:about )?(\\d+)\\)$", "$1"));
    WebElement before = driver.findElement(By.cssSelector("#search-results li"));
    driver.findElement(By.cssSelector("label[for='" + year.getAttribute("id") + "']")).click();
    BrowserSite.waitFor(driver).until(ExpectedConditions.urlContains("year=2023"));
    // the address changes before the filtered list replaces the old one: wait for the old to go
    BrowserSite.waitFor(driver).until(ExpectedConditions.stalenessOf(before));
    BrowserSite.waitForResults(driver, "search-results");
    assertThat(driver.findElements(By.cssSelector("#search-results li")).size())
        .isBetween(1, counted);
  }

  @Test
  void sectionShorthandFindsTheSectionAndItsQuestions() {
    open("/search/?q=s21");
    List<String> links = links("search-results");

    assertThat(links).contains("/sections/s21/");
    assertThat(links).anyMatch(l -> l.contains("#q"));
  }

  @Test
  void aQuestionHitLandsOnItsAnchor() {
    open("/search/?q=" + q("drones own operate"));
    BrowserSite.waitForResults(driver, "search-results");
    WebElement first = driver.findElement(By.cssSelector("#search-results a"));
    String href = first.getAttribute("href");
    assertThat(href).contains("#q");
    first.click();

    BrowserSite.waitFor(driver).until(ExpectedConditions.urlToBe(href));
    String anchor = href.substring(href.indexOf('#') + 1);
    assertThat(driver.findElement(By.id(anchor)).getTagName()).isEqualTo("li");
  }

  /**
   * A question written after its request in a result chunk carries only its number; the browser
   * must still show the address, title, reference, date and outcome of its own request.
   */
  @Test
  void aQuestionWrittenByNumberShowsItsOwnRequest() throws IOException {
    Pattern byNumber = Pattern.compile("\\{\"k\":0,\"n\":(\\d+),\"q\":\"([^\"\\\\&'<>]+)\"");
    Matcher found = null;
    try (Stream<Path> chunks = Files.list(site.root.resolve("search/docs"))) {
      for (Path chunk : chunks.sorted().toList()) {
        Matcher m = byNumber.matcher(Files.readString(chunk));
        if (m.find()) {
          found = m;
          break;
        }
      }
    }
    assertThat(found).as("a question written by its number alone").isNotNull();
    String number = found.group(1);
    String ask = found.group(2);
    // the request whose page asks it, found from the pages rather than from the index
    String slug;
    try (Stream<Path> pages = Files.list(site.root.resolve("requests"))) {
      slug =
          pages
              .filter(page -> Files.isRegularFile(page.resolve("index.html")))
              .filter(
                  page -> {
                    String html = read(page.resolve("index.html"));
                    return html.contains(ask) && html.contains("id=\"q" + number + "\"");
                  })
              .map(page -> page.getFileName().toString())
              .findFirst()
              .orElseThrow();
    }
    String expected = "/requests/" + slug + "/#q" + number;

    open("/search/?q=" + q(ask));
    BrowserSite.waitForResults(driver, "search-results");
    WebElement item =
        driver.findElements(By.cssSelector("#search-results li.foikb-result")).stream()
            .filter(li -> li.findElement(By.tagName("a")).getAttribute("href").endsWith(expected))
            .findFirst()
            .orElseThrow();
    String facts = item.findElement(By.cssSelector(".foikb-result__facts")).getText();

    assertThat(facts).startsWith("Question · ");
    assertThat(facts.toLowerCase(java.util.Locale.ROOT).replace('.', '-')).contains(slug);
    assertThat(facts).containsPattern("\\d{1,2} [A-Z][a-z]+ 20\\d\\d");
    assertThat(item.findElement(By.cssSelector(".foikb-tag")).getText()).isNotBlank();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void askFindsTheEarlierQuestionForARewordedOne() {
    open(
        "/ask/?q="
            + q(
                "1. What is the number of drones your force operates?\n"
                    + "2. Could you tell me how many times officers fired a Taser?"));
    List<String> links = links("ask-results");
    List<WebElement> sections = driver.findElements(By.cssSelector("#ask-results section"));

    assertThat(sections).hasSize(2);
    assertThat(
            sections.get(0).findElements(By.cssSelector("li > h2 a")).get(0).getAttribute("href"))
        .contains("/requests/01-foi-22-027041/#q");
    assertThat(links)
        .anyMatch(
            l ->
                l.startsWith("/requests/01-foi-23-020953/")
                    || l.startsWith("/requests/01-foi-25-024618/"));
  }

  @Test
  void headerSearchBoxGoesToTheSearchPage() {
    open("/");
    WebElement box = driver.findElement(By.id("site-search"));
    box.sendKeys("overtime");
    box.submit();

    BrowserSite.waitFor(driver).until(ExpectedConditions.urlContains("/search/?q=overtime"));
    assertThat(links("search-results")).isNotEmpty();
  }

  @Test
  void withoutJavaScriptTheSearchPageLinksToTheBrowsePages() throws IOException {
    WebDriver plain = BrowserSite.browser(Files.createDirectories(tmp.resolve("plain")), false);
    try {
      plain.get(site.origin + "/search/?q=drones");
      WebElement help = plain.findElement(By.id("search-no-js"));
      List<String> hrefs =
          help.findElements(By.tagName("a")).stream()
              .map(a -> a.getAttribute("href").substring(site.origin.length()))
              .toList();

      assertThat(help.isDisplayed()).isTrue();
      assertThat(hrefs)
          .contains("/requests/", "/outcomes/", "/topics/", "/sections/", "/requests/2024/");
      plain.get(site.origin + "/ask/");
      assertThat(plain.findElement(By.id("search-no-js")).isDisplayed()).isTrue();
    } finally {
      plain.quit();
    }
  }

  @Test
  void requestPagesListQuestionsAskedBefore() {
    open("/requests/01-foi-25-024618/");
    List<WebElement> lists = driver.findElements(By.cssSelector(".foikb-asked-before a"));

    assertThat(lists).isNotEmpty();
    assertThat(lists).allMatch(a -> !a.getAttribute("href").contains("/01-foi-25-024618/"));
  }

  /** The browser's tokeniser and stemmer against Java's, on every word of the log and more. */
  @Test
  void browserAndBuildAgreeOnTermsForALargeWordList() throws IOException {
    List<String> words = WordList.words();
    assertThat(words).hasSizeGreaterThan(20_000);
    open("/search/");
    List<String> browser = new ArrayList<>();
    for (int from = 0; from < words.size(); from += 5000) {
      List<String> part = words.subList(from, Math.min(words.size(), from + 5000));
      browser.addAll(BrowserSite.mapInScript(driver, "w => m.terms(w).join(' ')", part));
    }
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String java = String.join(" ", Tokeniser.terms(words.get(i)));
      if (!java.equals(browser.get(i))) {
        differences.add(words.get(i) + ": java=" + java + " js=" + browser.get(i));
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void aReferenceNumberFindsItsRequest() {
    open("/search/?q=" + q("01.FOI.23.030269"));

    assertThat(links("search-results").get(0)).startsWith("/requests/01-foi-23-030269/");
  }

  /** The browser must look each term up in the shard the build wrote it to. */
  @Test
  void browserAndBuildPutTermsInTheSameShards() throws IOException {
    List<String> terms = new ArrayList<>(WordList.words().subList(0, 2000));
    for (int n = 0; n < 3000; n += 7) {
      terms.add(String.valueOf(n));
      terms.add(String.format("%06d", n * 331));
      terms.add("s" + n);
    }
    open("/search/");
    List<String> browser = BrowserSite.mapInScript(driver, "m.shardOf", terms);

    assertThat(browser).isEqualTo(terms.stream().map(IndexFiles::shard).toList());
  }

  /**
   * Ranking quality on the bundled log: natural queries a requester might type, each with the
   * requests that answer it, and reworded questions for /ask/. Prints the hit rates.
   */
  @Test
  void naturalQueriesFindARightRequestInTheTopFive() {
    String[][] queries = {
      {"how much do you pay informants", "01-foi-24-040017"},
      {"strip searching children", "01-foi-23-002641", "01-foi-25-001954"},
      {"how long is body worn camera footage kept", "01-foi-22-014907", "01-foi-25-014276"},
      {"officers dismissed", "01-foi-23-008815", "01-foi-25-008430"},
      {"drones owned by police", "01-foi-22-027041"},
      {"ransomware cyber attack", "01-foi-24-015230"},
      {"electric police cars", "01-foi-23-033870"},
      {"999 calls answer time", "01-foi-24-009814", "01-foi-25-030772"},
      {"consultancy spend", "01-foi-23-036122"},
      {"custody photos kept", "01-foi-24-003377"},
      {"tasers fired", "01-foi-23-020953", "01-foi-25-024618"},
      {"chief constable gifts hospitality", "01-foi-22-019355", "01-foi-24-034562"},
      {"facial recognition at football", "01-foi-23-027504"},
      {"phone data extraction", "01-foi-23-012290"},
      {"section 60 stop search", "01-foi-23-002641", "01-foi-25-001954", "01-foi-22-011482"},
      {"overtime for protests", "01-foi-25-019903"}
    };
    int hits = 0;
    List<String> misses = new ArrayList<>();
    for (String[] query : queries) {
      open("/search/?q=" + q(query[0]));
      List<String> top =
          links("search-results").stream()
              .filter(l -> l.startsWith("/requests/"))
              .limit(5)
              .toList();
      boolean hit = top.stream().anyMatch(l -> Stream.of(query).skip(1).anyMatch(l::contains));
      hits += hit ? 1 : 0;
      if (!hit) {
        misses.add(query[0] + " -> " + top);
      }
    }
    System.out.printf(
        "search relevance: %d/%d queries with a right request in the top 5; misses %s%n",
        hits, queries.length, misses);
    assertThat(hits).as("misses: %s", misses).isGreaterThanOrEqualTo(queries.length * 9 / 10);
  }

  @Test
  void rewordedQuestionsFindTheOriginalInTheTopThreeOfAsk() {
    String[][] asks = {
      {
        "Could you tell me how many times officers fired a Taser last year?",
        "01-foi-23-020953",
        "01-foi-25-024618"
      },
      {"What is the number of drones your force operates?", "01-foi-22-027041"},
      {
        "How much has the force paid to informants in each of the last three years?",
        "01-foi-24-040017"
      },
      {
        "Were any children strip searched after being stopped?",
        "01-foi-23-002641",
        "01-foi-25-001954"
      },
      {
        "How many police officers were sacked or dismissed?", "01-foi-23-008815", "01-foi-25-008430"
      },
      {"Did you use live facial recognition cameras at the King's coronation?", "01-foi-23-030269"}
    };
    int hits = 0;
    List<String> misses = new ArrayList<>();
    for (String[] ask : asks) {
      open("/ask/?q=" + q(ask[0]));
      BrowserSite.waitForResults(driver, "ask-results");
      List<String> top =
          driver.findElements(By.cssSelector("#ask-results li > h2 a")).stream()
              .map(a -> a.getAttribute("href"))
              .limit(3)
              .toList();
      boolean hit = top.stream().anyMatch(l -> Stream.of(ask).skip(1).anyMatch(l::contains));
      hits += hit ? 1 : 0;
      if (!hit) {
        misses.add(ask[0] + " -> " + top);
      }
    }
    System.out.printf(
        "ask relevance: %d/%d reworded questions found in the top 3; misses %s%n",
        hits, asks.length, misses);
    assertThat(hits).as("misses: %s", misses).isGreaterThanOrEqualTo(asks.length * 8 / 10);
  }
}
