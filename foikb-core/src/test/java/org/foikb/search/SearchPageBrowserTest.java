package org.foikb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What the search page shows around its results: "Show more results" only when there are more,
 * filter counts that equal the results each filter shows, the query kept, and results near the top
 * on a phone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageBrowserTest {
  private static final Pattern COUNT = Pattern.compile("(\\d+) results? for");

  @TempDir static Path profile;
  private BrowserSite site;
  private WebDriver driver;

  @BeforeAll
  void start() throws IOException {
    site = BrowserSite.bundled();
    driver = BrowserSite.browser(profile, true);
  }

  @AfterAll
  void stop() {
    BrowserSite.close(driver, null);
  }

  @BeforeEach
  void desktop() {
    width(1280);
    driver.get("about:blank");
  }

  private void width(int px) {
    ((HasCdp) driver)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", px, "height", 900, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Opens a search and waits for its status line; returns the number of results it states. */
  private int search(String query) {
    driver.get(site.origin + "/search/?q=" + query);
    BrowserSite.waitFor(driver)
        .until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
    return resultCount();
  }

  private int resultCount() {
    String status = driver.findElement(By.id("search-status")).getText();
    Matcher m = COUNT.matcher(status);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private boolean moreShown() {
    return driver.findElement(By.id("search-more")).isDisplayed();
  }

  @Test
  void showMoreResultsOnlyWhenThereAreMore() {
    driver.get(site.origin + "/search/");
    BrowserSite.waitFor(driver)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("search-q")));
    assertThat(moreShown()).as("empty search").isFalse();

    assertThat(search("zzqqxyzzy")).isZero();
    assertThat(driver.findElement(By.id("search-status")).getText()).startsWith("No results");
    assertThat(moreShown()).as("no results").isFalse();

    int few = search("drone");
    assertThat(few).isBetween(1, 10);
    assertThat(moreShown()).as("%d results", few).isFalse();

    int many = search("police");
    assertThat(many).isGreaterThan(10);
    assertThat(driver.findElements(By.cssSelector("#search-results li"))).hasSize(10);
    assertThat(moreShown()).as("%d results", many).isTrue();
    driver.findElement(By.id("search-more")).click();
    BrowserSite.waitFor(driver)
        .until(d -> d.findElements(By.cssSelector("#search-results li")).size() > 10);
    assertThat(driver.findElements(By.cssSelector("#search-results li")))
        .hasSize(Math.min(20, many));
    assertThat(moreShown()).isEqualTo(many > 20);
  }

  @Test
  void eachFilterCountIsTheNumberOfResultsTheFilterShows() {
    int all = search("police");
    List<String> ids =
        driver.findElements(By.cssSelector("#search-filters input")).stream()
            .map(i -> i.getAttribute("id"))
            .toList();
    assertThat(ids).hasSizeGreaterThan(5);
    for (String id : ids) {
      By label = By.cssSelector("label[for='" + id + "']");
      String text = driver.findElement(label).getText();
      int counted = Integer.parseInt(text.replaceAll(".*\\((\\d+)\\)$", "$1"));
      driver.findElement(label).click();
      BrowserSite.waitFor(driver)
          .until(d -> d.findElement(By.id("search-status")).getText().contains("filtered"));

      assertThat(resultCount()).as(text).isEqualTo(counted);
      driver.findElement(label).click();
      BrowserSite.waitFor(driver)
          .until(d -> !d.findElement(By.id("search-status")).getText().contains("filtered"));
      assertThat(resultCount()).isEqualTo(all);
    }
  }

  @Test
  void theQueryIsKeptInTheBoxFromTheAddressAndFromTheHeader() {
    search("drone");
    assertThat(driver.findElement(By.id("search-q")).getAttribute("value")).isEqualTo("drone");

    driver.get(site.origin + "/sections/");
    WebElement box = driver.findElement(By.id("site-search"));
    box.sendKeys("overtime");
    box.submit();
    BrowserSite.waitFor(driver).until(ExpectedConditions.urlContains("/search/?q=overtime"));
    BrowserSite.waitFor(driver)
        .until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
    assertThat(driver.findElement(By.id("search-q")).getAttribute("value")).isEqualTo("overtime");
    assertThat(resultCount()).isPositive();
  }

  @Test
  void onAPhoneTheFiltersAreFoldedAwayAndTheFirstResultIsNearTheTop() {
    width(320);
    search("police");
    WebElement filters = driver.findElement(By.id("search-filter-box"));
    WebElement first = driver.findElement(By.cssSelector("#search-results li"));

    assertThat(filters.getAttribute("open")).isNull();
    assertThat(driver.findElement(By.cssSelector("#search-filters input")).isDisplayed()).isFalse();
    assertThat(first.getRect().getY()).isLessThan(1100);
    filters.findElement(By.tagName("summary")).click();
    assertThat(driver.findElement(By.cssSelector("#search-filters label")).isDisplayed()).isTrue();
  }
}
