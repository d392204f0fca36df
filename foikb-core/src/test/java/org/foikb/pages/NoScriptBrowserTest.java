package org.foikb.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.foikb.search.BrowserSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * With JavaScript off, no page shows a control that needs it: no script-only button, and no form
 * that submits to the search or ask page, which cannot search without script.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoScriptBrowserTest {
  @TempDir static Path profile;
  private BrowserSite site;
  private WebDriver driver;

  @BeforeAll
  void start() throws IOException {
    site = BrowserSite.pagesUnderTest();
    driver = BrowserSite.browser(profile, false);
  }

  @AfterAll
  void stop() {
    BrowserSite.close(driver, null);
  }

  static List<String> paths() {
    return PageTypes.PATHS;
  }

  @Test
  void scriptIsReallyOff() {
    driver.get(site.origin + "/");
    Object ran = ((JavascriptExecutor) driver).executeScript("return 1");
    // WebDriver's own scripts still run; the page's do not, so its search form stays hidden
    assertThat(ran).isEqualTo(1L);
    assertThat(driver.findElement(By.id("site-search")).isDisplayed()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("paths")
  void showsNoControlThatNeedsScript(String path) {
    driver.get(site.origin + path);
    List<String> faults = new ArrayList<>();
    // a link styled as a button still works: only real buttons are script's
    for (WebElement button :
        driver.findElements(By.cssSelector("button, [role=button]:not([href])"))) {
      if (button.isDisplayed() && !"submit".equals(button.getAttribute("type"))) {
        faults.add("button that only script can work: " + button.getText());
      }
    }
    for (WebElement form : driver.findElements(By.tagName("form"))) {
      String action = form.getAttribute("action");
      if (form.isDisplayed() && (action.contains("/search/") || action.contains("/ask/"))) {
        faults.add("form that needs script to search: " + action);
      }
    }

    assertThat(faults).isEmpty();
  }

  @Test
  void searchAndAskPagesLinkToTheBrowsePagesInstead() {
    for (String path : List.of("/search/?q=drones", "/ask/")) {
      driver.get(site.origin + path);
      WebElement help = driver.findElement(By.id("search-no-js"));

      assertThat(help.isDisplayed()).as(path).isTrue();
      assertThat(help.findElements(By.tagName("a"))).as(path).isNotEmpty();
    }
  }
}
