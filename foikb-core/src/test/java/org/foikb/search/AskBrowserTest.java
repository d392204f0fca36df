package org.foikb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The /ask/ page on the bundled log: a reworded question should list the question it rewords first,
 * before the other questions of the same request, which share its title and summary.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AskBrowserTest {
  @TempDir static Path tmp;

  /** A rewording of a question of the bundled log, from ask-rewordings.txt. */
  record Rewording(String reference, int question, String text) {
    String anchor() {
      return "/requests/" + reference.toLowerCase(Locale.ROOT).replace('.', '-') + "/#q" + question;
    }
  }

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

  static List<Rewording> rewordings() throws IOException {
    List<Rewording> out = new ArrayList<>();
    try (InputStream in = AskBrowserTest.class.getResourceAsStream("ask-rewordings.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split(" \\| ", 2);
        String[] target = parts[0].trim().split(" ");
        out.add(new Rewording(target[0], Integer.parseInt(target[1]), parts[1].trim()));
      }
    }
    return out;
  }

  /** The first question /ask/ lists for a draft of one question. */
  private String firstListed(String draft) {
    driver.get(site.origin + "/ask/?q=" + URLEncoder.encode(draft, StandardCharsets.UTF_8));
    BrowserSite.waitForResults(driver, "ask-results");
    return driver
        .findElement(By.cssSelector("#ask-results li > h2 a"))
        .getAttribute("href")
        .substring(site.origin.length());
  }

  @Test
  void aRewordedQuestionListsTheQuestionItRewordsFirstNineTimesInTen() throws IOException {
    List<Rewording> rewordings = rewordings();
    List<String> misses = new ArrayList<>();
    for (Rewording rewording : rewordings) {
      String first = firstListed(rewording.text());
      if (!first.equals(rewording.anchor())) {
        misses.add(rewording.text() + " -> " + first + ", not " + rewording.anchor());
      }
    }
    int hits = rewordings.size() - misses.size();
    System.out.printf(
        "ask top-1: %d/%d reworded questions list the original first; misses %s%n",
        hits, rewordings.size(), misses);
    assertThat(rewordings).hasSizeGreaterThanOrEqualTo(30);
    assertThat(hits * 10).as("misses: %s", misses).isGreaterThanOrEqualTo(rewordings.size() * 9);
  }
}
