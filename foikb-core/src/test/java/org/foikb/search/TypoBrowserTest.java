package org.foikb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.foikb.build.Build;
import org.foikb.model.DisclosureLog;
import org.foikb.model.Question;
import org.foikb.model.Request;
import org.foikb.site.BundledContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * One typo anywhere in a word, on the bundled log: every single edit of a sample of its words is
 * generated here, independently of search.js, and put through the page's own query code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypoBrowserTest {
  @TempDir static Path tmp;

  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
  private static final int SAMPLE = 20;

  private BrowserSite site;
  private WebDriver driver;

  @BeforeAll
  void start() throws IOException {
    site = BrowserSite.bundled();
    driver = BrowserSite.browser(tmp.resolve("profile"), true);
    driver.get(site.origin + "/search/");
  }

  @AfterAll
  void stop() {
    driver.quit();
  }

  /** Words of five letters or more from the log's questions, spread evenly over the alphabet. */
  private static List<String> sample() {
    DisclosureLog log =
        new Build(BundledContent.FOLDER, Optional.empty(), false)
            .run(Optional.empty())
            .log()
            .orElseThrow();
    TreeSet<String> words = new TreeSet<>();
    for (Request request : log.requests()) {
      for (Question question : request.questions()) {
        for (String word : Tokeniser.words(question.ask())) {
          if (word.length() >= 5
              && word.chars().allMatch(c -> c >= 'a' && c <= 'z')
              && Tokeniser.term(word) != null) {
            words.add(word);
          }
        }
      }
    }
    List<String> all = new ArrayList<>(words);
    List<String> sample = new ArrayList<>();
    for (int i = 0; i < SAMPLE; i++) {
      sample.add(all.get(i * all.size() / SAMPLE));
    }
    return sample;
  }

  /** Every insertion, deletion, substitution and swap of neighbours, at every position. */
  static Set<String> singleEdits(String word) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i <= word.length(); i++) {
      for (char c : LETTERS.toCharArray()) {
        out.add(word.substring(0, i) + c + word.substring(i));
      }
    }
    for (int i = 0; i < word.length(); i++) {
      out.add(word.substring(0, i) + word.substring(i + 1));
      for (char c : LETTERS.toCharArray()) {
        if (c != word.charAt(i)) {
          out.add(word.substring(0, i) + c + word.substring(i + 1));
        }
      }
    }
    for (int i = 0; i + 1 < word.length(); i++) {
      out.add(word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2));
    }
    out.remove(word);
    return out;
  }

  /** The terms the page's query code looks for, one space-separated string per query. */
  private List<String> lookedFor(List<String> queries) {
    List<String> found = new ArrayList<>();
    for (int from = 0; from < queries.size(); from += 500) {
      found.addAll(
          BrowserSite.mapInScriptAsync(
              driver,
              "q => m.groups(q, false).then(gs => gs.flatMap(g => g.alts.map(a => a[0])).join(' '))",
              queries.subList(from, Math.min(queries.size(), from + 500))));
    }
    return found;
  }

  @Test
  void everySingleEditOfAWordFindsItWhereverTheTypoIs() {
    List<String> sample = sample();
    List<String> queries = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    for (String word : sample) {
      for (String edit : singleEdits(word)) {
        queries.add(edit);
        targets.add(word);
      }
    }
    List<String> found = lookedFor(queries);
    List<String> missed = new ArrayList<>();
    int otherWords = 0;
    for (int i = 0; i < queries.size(); i++) {
      List<String> terms = List.of(found.get(i).split(" "));
      String own = Tokeniser.term(queries.get(i));
      if (own != null && terms.contains(own) && !own.equals(Tokeniser.term(targets.get(i)))) {
        // the typo is itself a word of the log: it is searched for alone, so that its exact
        // matches are all the results and no neighbour one edit away outranks them
        otherWords++;
        if (!terms.equals(List.of(own))) {
          missed.add(queries.get(i) + " is a word of the log, yet also looked for " + terms);
        }
      } else if (!terms.contains(Tokeniser.term(targets.get(i)))) {
        missed.add(queries.get(i) + " (for " + targets.get(i) + ") -> " + terms);
      }
    }
    System.out.printf(
        "typos: %d single edits of %d words %s; %d are other words of the log; missed %d%n",
        queries.size(), sample.size(), sample, otherWords, missed.size());
    assertThat(queries).hasSizeGreaterThan(SAMPLE * 200);
    assertThat(missed).isEmpty();
  }

  /** The browser must look a term up in the list the build wrote it to. */
  @Test
  void browserAndBuildPutTermsInTheSameTailLists() {
    List<String> terms = new ArrayList<>(WordList.words().subList(0, 3000));
    terms.addAll(List.of("ab", "abc", "s21", "s40-2", "2023", "x9y"));
    List<String> browser = BrowserSite.mapInScript(driver, "m.tailOf", terms);

    assertThat(browser)
        .isEqualTo(terms.stream().map(IndexFiles::tail).toList())
        .contains("bc")
        .containsNull();
  }

  @Test
  void aTypoInTheFirstTwoLettersFindsTheWordOnTheSearchPage() {
    driver.get(site.origin + "/search/?q=farcial+recogniiton");
    BrowserSite.waitForResults(driver, "search-results");
    var first = driver.findElement(By.cssSelector("#search-results a"));

    assertThat(first.getText().toLowerCase(java.util.Locale.ROOT)).contains("facial recognition");
    assertThat(first.findElements(By.tagName("mark")))
        .extracting(mark -> mark.getText().toLowerCase(java.util.Locale.ROOT))
        .contains("facial", "recognition");
  }
}
