package org.foikb.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.foikb.search.BrowserSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A request printed from the browser: its questions, outcomes and answers, each link followed by
 * its full published address, and none of the site's navigation, search or buttons.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintBrowserTest {
  private static final String CORONATION = "/requests/01-foi-23-030269/";

  @TempDir static Path profile;
  private BrowserSite site;
  private WebDriver driver;

  @BeforeAll
  void start() throws IOException {
    site = BrowserSite.bundled();
    driver = BrowserSite.browser(profile, true);
    ((ChromeDriver) driver)
        .executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    Viewport.width(driver, 800);
    driver.get(site.origin + CORONATION);
  }

  @AfterAll
  void stop() {
    BrowserSite.close(driver, null);
  }

  @Test
  void printsTheQuestionsOutcomesAndAnswers() {
    List<WebElement> questions = driver.findElements(By.cssSelector("main [id^=q]"));

    assertThat(questions).hasSizeGreaterThanOrEqualTo(10).allMatch(WebElement::isDisplayed);
    assertThat(driver.findElements(By.cssSelector("main .govuk-tag")))
        .isNotEmpty()
        .allMatch(WebElement::isDisplayed);
    assertThat(driver.findElements(By.cssSelector("main [id^=answer-]")))
        .isNotEmpty()
        .allMatch(WebElement::isDisplayed);
  }

  @Test
  void printsNoNavigationSearchOrButtons() {
    for (String selector :
        List.of(
            ".foikb-nav",
            ".foikb-header__search",
            ".govuk-breadcrumbs",
            ".govuk-footer",
            "button",
            ".govuk-button",
            "form")) {
      assertThat(driver.findElements(By.cssSelector(selector)))
          .as(selector)
          .noneMatch(WebElement::isDisplayed);
    }
    assertThat(driver.findElement(By.cssSelector("main h1")).isDisplayed()).isTrue();
  }

  @Test
  void followsEveryLinkInTheRequestWithItsFullAddress() {
    @SuppressWarnings("unchecked")
    List<Map<String, String>> links =
        (List<Map<String, String>>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return [...document.querySelectorAll('main a[href]')]"
                        + ".filter(a => a.offsetParent !== null)"
                        + ".map(a => ({href: a.getAttribute('href'),"
                        + " after: getComputedStyle(a, '::after').content}))");

    assertThat(links).hasSizeGreaterThan(10);
    for (Map<String, String> link : links) {
      String href = link.get("href");
      String after = link.get("after");
      if (href.startsWith("#")) {
        assertThat(after).as(href).isIn("none", "normal");
      } else if (href.startsWith("/")) {
        // the origin the build wrote into print.css, before the site path
        assertThat(after).isEqualTo("\" (https://foi.example.org" + href + ")\"");
      } else {
        assertThat(href).startsWith("http");
        assertThat(after).isEqualTo("\" (" + href + ")\"");
      }
    }
  }
}
