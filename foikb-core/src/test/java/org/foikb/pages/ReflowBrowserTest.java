package org.foikb.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
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

/**
 * Every page type reflows (WCAG 1.4.10): nothing scrolls sideways at a phone's 320 and 375 CSS px
 * or on a desktop. Screenshots of each are left in target/screenshots/ for a person to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReflowBrowserTest {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path profile;
  private BrowserSite site;
  private WebDriver driver;

  @BeforeAll
  void start() throws IOException {
    site = BrowserSite.pagesUnderTest();
    driver = BrowserSite.browser(profile, true);
  }

  @AfterAll
  void stop() {
    BrowserSite.close(driver, null);
  }

  Stream<Arguments> pagesAndWidths() {
    return Stream.of(320, 375, 1280)
        .flatMap(width -> PageTypes.PATHS.stream().map(path -> Arguments.of(width, path)));
  }

  @ParameterizedTest(name = "{1} at {0} px")
  @MethodSource("pagesAndWidths")
  void nothingScrollsSideways(int width, String path) throws IOException {
    Viewport.width(driver, width);
    driver.get(site.origin + path);
    Pages.settle(driver);
    long overflow = Viewport.overflow(driver);
    String widest = overflow == 0 ? "" : Viewport.widest(driver);
    Viewport.screenshot(driver, width, SCREENSHOTS.resolve(PageTypes.fileName(path, width)));

    assertThat(overflow)
        .as("px %s is wider than the viewport, because of\n%s", path, widest)
        .isZero();
  }
}
