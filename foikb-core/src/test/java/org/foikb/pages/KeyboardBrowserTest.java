package org.foikb.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The site by keyboard alone: Tab reaches the search box, the filters, the results and the Copy
 * buttons in reading order, each shows where focus is, and a copy says what it did in a live region
 * that a screen reader reads out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyboardBrowserTest {
  private static final int MOST_TABS = 400;

  /** What the focused element is, and how it looks focused and unfocused. */
  private static final String DESCRIBE =
      """
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      const look = () => { const s = getComputedStyle(e);
        return [s.outlineStyle + ' ' + s.outlineColor + ' ' + s.outlineWidth, s.boxShadow,
                s.backgroundColor, s.color, s.textDecorationLine + ' ' + s.textDecorationThickness].join(' | '); };
      const focused = look();
      const id = e.id || (e.closest('[id]') ? e.closest('[id]').id : '');
      const kind = e.matches('#search-q') ? 'search'
        : e.closest('#search-filter-box') ? 'filter'
        : e.closest('#search-results') ? 'result'
        : e.matches('button.foikb-copy') ? 'copy:' + e.textContent.trim()
        : 'other';
      e.blur();
      const unfocused = look();
      e.focus();
      return {kind: kind, id: id, focused: focused, unfocused: unfocused};
      """;

  @TempDir static Path profile;
  private BrowserSite site;
  private WebDriver driver;

  @BeforeAll
  void start() throws IOException {
    site = BrowserSite.bundled();
    driver = BrowserSite.browser(profile, true);
    Viewport.width(driver, 1280);
  }

  @AfterAll
  void stop() {
    BrowserSite.close(driver, null);
  }

  @Test
  void tabReachesSearchThenFiltersThenResultsEachWithVisibleFocus() {
    driver.get(site.origin + "/search/?q=facial+recognition");
    Pages.settle(driver);

    List<Map<String, String>> stops = tabThroughPage();
    List<String> kinds = new ArrayList<>();
    for (Map<String, String> stop : stops) {
      assertThat(stop.get("focused"))
          .as("focus is visible on %s", stop)
          .isNotEqualTo(stop.get("unfocused"));
      String kind = stop.get("kind");
      if (!kind.equals("other") && (kinds.isEmpty() || !kinds.get(kinds.size() - 1).equals(kind))) {
        kinds.add(kind);
      }
    }

    assertThat(kinds)
        .as("the order Tab reached them in")
        .containsExactly("search", "filter", "result");
  }

  @Test
  void tabReachesEveryCopyButtonInOrderAndACopyIsAnnounced() {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Browser.grantPermissions",
            Map.of(
                "origin",
                site.origin,
                "permissions",
                List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    driver.get(site.origin + "/requests/01-foi-23-030269/");
    // the script shows the buttons; under load the first look can come before it has run
    BrowserSite.waitFor(driver)
        .until(
            d ->
                d.findElements(By.cssSelector("button.foikb-copy")).stream()
                    .anyMatch(b -> b.isDisplayed()));
    List<String> shown =
        driver.findElements(By.cssSelector("button.foikb-copy")).stream()
            .filter(b -> b.isDisplayed())
            .map(b -> "copy:" + b.getText())
            .toList();

    List<String> reached =
        tabThroughPage().stream()
            .map(stop -> stop.get("kind"))
            .filter(kind -> kind.startsWith("copy:"))
            .toList();

    assertThat(shown).hasSizeGreaterThan(1);
    assertThat(reached).isEqualTo(shown);
    assertThat(driver.findElement(By.id("copy-status")).getAttribute("role")).isEqualTo("status");

    driver.findElement(By.cssSelector("button.foikb-copy")).sendKeys(Keys.ENTER);
    BrowserSite.waitFor(driver)
        .until(d -> !d.findElement(By.id("copy-status")).getAttribute("textContent").isEmpty());
    assertThat(driver.findElement(By.id("copy-status")).getAttribute("textContent"))
        .isEqualTo("Copied answer 1 to the clipboard");
  }

  /** Presses Tab from the top of the page until focus leaves the page, noting each stop. */
  @SuppressWarnings("unchecked")
  private List<Map<String, String>> tabThroughPage() {
    ((JavascriptExecutor) driver).executeScript("document.activeElement.blur(); window.focus();");
    List<Map<String, String>> stops = new ArrayList<>();
    for (int i = 0; i < MOST_TABS; i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      Map<String, String> stop =
          (Map<String, String>) ((JavascriptExecutor) driver).executeScript(DESCRIBE);
      if (stop == null || (!stops.isEmpty() && stop.equals(stops.get(0)))) {
        break;
      }
      stops.add(stop);
    }
    return stops;
  }
}
