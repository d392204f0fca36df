package org.foikb.pages;

import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Waits shared by the page tests. */
final class Pages {
  private Pages() {}

  /**
   * Waits until a search or ask page has shown what it found for the address's query, so a test
   * checks the page a reader sees; other pages are ready once loaded.
   */
  static void settle(WebDriver driver) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "const app = document.getElementById('search-app');"
                                + "if (!app || app.hidden || !new URLSearchParams(location.search).get('q'))"
                                + "  return true;"
                                + "const status = document.getElementById('search-status');"
                                + "return status.textContent.length > 0;"));
  }
}
