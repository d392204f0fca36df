package org.foikb.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.foikb.search.BrowserSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebDriver;

/** axe-core finds no WCAG 2.2 A or AA violation on any page type, on a desktop or a phone. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {
  private static final List<String> WCAG_A_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

  @TempDir static Path profile;
  private BrowserSite site;
  private WebDriver driver;

  @BeforeAll
  void start() throws IOException {
    site = BrowserSite.pagesUnderTest();
    driver = BrowserSite.browser(profile, true);
    // axe runs as an asynchronous script: a hang fails the page rather than the build
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  void stop() {
    BrowserSite.close(driver, null);
  }

  Stream<Arguments> pagesAndWidths() {
    return Stream.of(1280, 320)
        .flatMap(width -> PageTypes.PATHS.stream().map(path -> Arguments.of(width, path)));
  }

  @ParameterizedTest(name = "{1} at {0} px")
  @MethodSource("pagesAndWidths")
  void hasNoViolation(int width, String path) {
    Viewport.width(driver, width);
    driver.get(site.origin + path);
    Pages.settle(driver);
    Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(driver);

    assertThat(results.isErrored()).as("axe ran: %s", results.getErrorMessage()).isFalse();
    assertThat(results.getViolations()).as(describe(results.getViolations())).isEmpty();
  }

  private static String describe(List<Rule> violations) {
    return violations.stream()
        .map(
            rule ->
                rule.getId()
                    + ": "
                    + rule.getHelp()
                    + " at "
                    + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n"));
  }
}
