package org.foikb.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/** Sets the width of the page's viewport in CSS pixels, as a phone would, and screenshots it. */
final class Viewport {
  private Viewport() {}

  /** Every later page load lays out {@code width} CSS pixels wide. */
  static void width(WebDriver driver, int width) {
    size(driver, width, 900);
  }

  private static void size(WebDriver driver, int width, int height) {
    ((HasCdp) driver)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  /** How far the page scrolls sideways beyond its viewport, in CSS pixels (0 when it reflows). */
  static long overflow(WebDriver driver) {
    return (Long)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);");
  }

  /** The innermost elements that reach past the viewport's right edge, for a failure message. */
  static String widest(WebDriver driver) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeScript(
                "const out = [];"
                    + "for (const e of document.body.querySelectorAll('*')) {"
                    + "  const r = e.getBoundingClientRect();"
                    + "  if (r.right > innerWidth + 0.5 && ![...e.children].some(c =>"
                    + "      c.getBoundingClientRect().right > innerWidth + 0.5))"
                    + "    out.push(e.tagName.toLowerCase() + '.' + [...e.classList].join('.')"
                    + "      + ' ' + Math.round(r.width) + 'px: ' + e.textContent.trim().slice(0, 40));"
                    + "}"
                    + "return out.slice(0, 8).join('\\n');");
  }

  /** Writes the whole page, up to 8,000 px tall, as a PNG; the viewport is {@code width} after. */
  static void screenshot(WebDriver driver, int width, Path file) throws IOException {
    long height =
        (Long)
            ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight;");
    size(driver, width, (int) Math.min(8000, Math.max(600, height)));
    Files.createDirectories(file.getParent());
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    width(driver, width);
  }
}
