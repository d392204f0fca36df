package org.foikb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.foikb.build.Build;
import org.foikb.model.DisclosureLog;
import org.foikb.model.Question;
import org.foikb.model.Request;
import org.foikb.validation.ContentFixture;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Ranking order on a small fixture log written for it: where the words of a query are found decides
 * how high a result goes. Also the "asked before" lists, computed by the build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RankingBrowserTest {
  @TempDir static Path tmp;

  private static final String SITE =
      """
      title: Disclosure log
      authority: Example Police Service
      base-url: https://foi.example.org/
      """;

  /** Reference number to the request's front matter and body, after its reference line. */
  private static final Map<String, String> REQUESTS =
      Map.of(
          "000101",
          """
          title: Mounted police horses
          responded: 2024-03-01
          questions:
            - ask: How many horses does the mounted section keep?
              outcome: disclosed
          ---
          ## Answer 1

          The mounted section keeps twelve horses at two stables.
          """,
          "000102",
          """
          title: Vehicle fleet
          responded: 2024-03-02
          questions:
            - ask: How many vans are in the vehicle fleet?
              outcome: disclosed
            - ask: How many electric cars are there?
              outcome: disclosed
          ---
          ## Answer 1

          There are forty vans, and two horse boxes that carry the mounted section's animals.

          ## Answer 2

          Ten electric cars.
          """,
          "000103",
          """
          title: Estate running costs
          responded: 2024-03-03
          questions:
            - ask: What did the estate cost to run?
              outcome: disclosed
            - ask: How much was spent on the firing range?
              outcome: disclosed
          ---
          The request covered every building, including the yard where horses are kept.

          ## Answer 1

          Two million pounds.

          ## Answer 2

          The range is shared with the mounted unit's training school; it cost £90,000.
          """,
          "000104",
          """
          title: Drones
          responded: 2024-03-04
          questions:
            - ask: How many drones does the force own?
              outcome: disclosed
          ---
          ## Answer 1

          Eight drones, part of the air support fleet.
          """,
          "000105",
          """
          title: Taser use
          responded: 2024-03-05
          questions:
            - ask: How many times did officers fire a Taser last year?
              outcome: disclosed
            - ask: How much does one Taser cartridge cost?
              outcome: disclosed
          ---
          ## Answer 1

          Officers fired a Taser 31 times.
          """,
          "000106",
          """
          title: Conducted energy devices
          responded: 2024-03-06
          questions:
            - ask: In 2023, how many times was a Taser fired by your officers?
              outcome: disclosed
          ---
          ## Answer 1

          It was fired 28 times.
          """,
          "000108",
          """
          title: Firearms dogs
          responded: 2024-03-08
          questions:
            - ask: How many dogs are trained to detect firearms?
              outcome: disclosed
          ---
          ## Answer 1

          Four.
          """,
          "000109",
          """
          title: Kennel costs
          responded: 2024-03-09
          questions:
            - ask: What did repairs to the kennels cost?
              outcome: disclosed
          ---
          ## Answer 1

          Repairs cost £4,000 in 2023. The kennels house the force's animals between shifts, among
          them a sniffer dog that is used to detect drugs and cash rather than firearms, and the
          contractor replaced the roof, the heating and the drainage.
          """,
          "000107",
          """
          title: Overtime
          responded: 2024-03-07
          questions:
            - ask: How much overtime did officers work?
              outcome: disclosed
          ---
          ## Answer 1

          About 200,000 hours.
          """);

  private BrowserSite site;
  private WebDriver driver;

  @BeforeAll
  void start() throws IOException {
    Path content = tmp.resolve("content");
    Files.createDirectories(content.resolve("requests/2024"));
    Files.createDirectories(content.resolve("sections"));
    Files.writeString(content.resolve("site.yaml"), SITE);
    Files.writeString(content.resolve("sections/s21.md"), ContentFixture.S21);
    for (Map.Entry<String, String> request : REQUESTS.entrySet()) {
      Files.writeString(
          content.resolve("requests/2024/" + request.getKey() + ".md"),
          "---\nreference: 01.FOI.24." + request.getKey() + "\n" + request.getValue());
    }
    site = new BrowserSite(content, tmp.resolve("public"));
    driver = BrowserSite.browser(tmp.resolve("profile"), true);
  }

  @AfterAll
  void stop() {
    BrowserSite.close(driver, site);
  }

  /** The links of the results list, in rank order, as site paths. */
  private List<String> results(String query) {
    driver.get(site.origin + "/search/?q=" + query.replace(' ', '+'));
    BrowserSite.waitForResults(driver, "search-results");
    return driver.findElements(By.cssSelector("#search-results a")).stream()
        .map(a -> a.getAttribute("href").substring(site.origin.length()))
        .toList();
  }

  private static int rankOf(List<String> links, String prefix) {
    for (int i = 0; i < links.size(); i++) {
      if (links.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  @Test
  void wordsInTheQuestionAndTitleComeFirst() {
    List<String> links = results("mounted horses");

    assertThat(links.get(0)).startsWith("/requests/01-foi-24-000101/");
  }

  @Test
  void aQuestionWithBothWordsOutranksTheSameWordsScatteredAcrossARequest() {
    List<String> links = results("mounted horses");

    assertThat(links).contains("/requests/01-foi-24-000102/#q1");
    assertThat(rankOf(links, "/requests/01-foi-24-000102/#q1"))
        .isLessThan(rankOf(links, "/requests/01-foi-24-000103/"));
  }

  @Test
  void aTitleMatchOutranksAMatchInAnswerText() {
    List<String> links = results("fleet");

    assertThat(rankOf(links, "/requests/01-foi-24-000102/"))
        .isLessThan(rankOf(links, "/requests/01-foi-24-000104/"));
    assertThat(links).anyMatch(link -> link.startsWith("/requests/01-foi-24-000104/"));
  }

  @Test
  void aLongQueryMayLeaveOneWordUnmatchedWhereItsOtherWordsWeighMore() {
    List<String> links = results("sniffer dogs detect firearms");

    assertThat(links).contains("/requests/01-foi-24-000109/#q1");
    assertThat(rankOf(links, "/requests/01-foi-24-000108/#q1"))
        .isLessThan(rankOf(links, "/requests/01-foi-24-000109/"));
  }

  @Test
  void aWordTheLogDoesNotUseFindsTheLogsOwnWordForIt() {
    List<String> links = results("uav");

    assertThat(links.get(0)).startsWith("/requests/01-foi-24-000104/");
  }

  @Test
  void requestPagesListTheSimilarQuestionFromAnotherRequest() throws IOException {
    var page = Jsoup.parse(site.root.resolve("requests/01-foi-24-000105/index.html").toFile());
    List<String> firstQuestion =
        page.select("#q1 .foikb-asked-before a").stream().map(a -> a.attr("href")).toList();

    assertThat(firstQuestion).startsWith("/requests/01-foi-24-000106/#q1");
    assertThat(page.select(".foikb-asked-before a"))
        .noneMatch(a -> a.attr("href").contains("/01-foi-24-000105/"));
  }

  @Test
  void everyQuestionListsItsMatchesEachShowingTheQuestionItLinksTo() throws IOException {
    DisclosureLog log =
        new Build(tmp.resolve("content"), Optional.empty(), false)
            .run(Optional.empty())
            .log()
            .get();
    SimilarQuestions similar = SimilarQuestions.of(log);
    int items = 0;
    for (Request request : log.requests()) {
      var page =
          Jsoup.parse(site.root.resolve("requests/" + request.slug() + "/index.html").toFile());
      for (Question question : request.questions()) {
        var listed = page.select("#q" + question.number() + " .foikb-asked-before li");
        List<String> expected =
            similar.of(request.reference(), question.number()).stream()
                .map(m -> "/requests/" + m.request().slug() + "/#q" + m.question().number())
                .toList();
        assertThat(listed.select("a").eachAttr("href"))
            .as(request.reference() + " question " + question.number())
            .isEqualTo(expected);
        for (var item : listed) {
          String[] target = item.selectFirst("a").attr("href").split("#");
          var asked =
              Jsoup.parse(site.root.resolve(target[0].substring(1)).resolve("index.html").toFile())
                  .getElementById(target[1]);
          assertThat(item.selectFirst("a").text())
              .isEqualTo(asked.selectFirst(".foikb-question__ask").ownText());
          assertThat(item.selectFirst(".foikb-tag").text())
              .isEqualTo(asked.selectFirst(".foikb-question__meta .foikb-tag").text());
          items++;
        }
      }
    }
    assertThat(items).isGreaterThan(1);
  }
}
