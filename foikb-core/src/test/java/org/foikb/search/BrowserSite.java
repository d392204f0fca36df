package org.foikb.search;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.foikb.build.Build;
import org.foikb.model.DisclosureLog;
import org.foikb.site.BundledContent;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A built site served on 127.0.0.1 and a headless Debian Chromium driven through chromedriver.
 * Fails, never skips, when the browser is missing: {@code .ci/run} installs it.
 */
public final class BrowserSite implements AutoCloseable {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  public final Path root;

  /** The log the site was built from. */
  public final DisclosureLog log;

  final HttpServer server;
  public final String origin;

  private static BrowserSite bundled;

  /**
   * The bundled log in content/, built and served once for every browser test class in this JVM,
   * which only read it; stopped and deleted when the JVM exits.
   */
  public static synchronized BrowserSite bundled() throws IOException {
    if (bundled == null) {
      bundled = servedUntilExit(BundledContent.FOLDER);
    }
    return bundled;
  }

  /** The log in {@code content}, built into a temporary folder and served until the JVM exits. */
  private static BrowserSite servedUntilExit(Path content) throws IOException {
    Path out = Files.createTempDirectory("foikb-site");
    BrowserSite site = new BrowserSite(content, out.resolve("public"));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  site.close();
                  deleteTree(out);
                }));
    return site;
  }

  private static BrowserSite pagesUnderTest;

  /**
   * The site the page tests check: the bundled log, or the log in {@code -Dfoikb.pagesContent=DIR}
   * when given, built and served once for this JVM.
   */
  public static synchronized BrowserSite pagesUnderTest() throws IOException {
    String other = System.getProperty("foikb.pagesContent", "");
    if (other.isEmpty()) {
      return bundled();
    }
    if (pagesUnderTest == null) {
      pagesUnderTest = servedUntilExit(Path.of(other));
    }
    return pagesUnderTest;
  }

  private static void deleteTree(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // a temporary folder left behind is harmless, and the JVM is exiting
    }
  }

  BrowserSite(Path content, Path out) throws IOException {
    Build.Result result = new Build(content, Optional.empty(), false).run(Optional.of(out));
    if (!result.written()) {
      throw new IllegalStateException("fixture did not build: " + result.diagnostics().sorted());
    }
    this.root = out.toAbsolutePath();
    this.log = result.log().orElseThrow();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          Path file =
              root.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : ""))
                  .normalize();
          byte[] body =
              file.startsWith(root) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
          String type =
              path.endsWith(".js")
                  ? "text/javascript"
                  : path.endsWith(".json")
                      ? "application/json"
                      : path.endsWith(".css")
                          ? "text/css"
                          : path.endsWith(".bin")
                              ? "application/octet-stream"
                              : "text/html; charset=utf-8";
          exchange.getResponseHeaders().set("Content-Type", type);
          exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
          try (OutputStream os = exchange.getResponseBody()) {
            if (body != null) {
              os.write(body);
            }
          }
        });
    server.start();
    origin = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** A fresh headless browser; {@code javascript} false turns scripts off. */
  public static WebDriver browser(Path profile, boolean javascript) {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      throw new IllegalStateException(
          "search tests need "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + ": apt-get install chromium chromium-driver");
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile);
    if (!javascript) {
      options.setExperimentalOption(
          "prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  public static WebDriverWait waitFor(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  public static void waitForResults(WebDriver driver, String id) {
    waitFor(driver)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " a")));
  }

  /**
   * Applies a function of the page's search module {@code m} to each string, in the browser: {@code
   * mapInScript(driver, "m.shardOf", terms)}. The page must load {@code /assets/search.js}.
   */
  @SuppressWarnings("unchecked")
  static List<String> mapInScript(WebDriver driver, String function, List<String> values) {
    return (List<String>)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "import('/assets/search.js').then(m => done(arguments[0].map("
                    + function
                    + ")));",
                values);
  }

  /**
   * As {@link #mapInScript}, for a function that returns a promise: {@code mapInScriptAsync(driver,
   * "q => m.groups(q, false)", queries)} waits for them all.
   */
  @SuppressWarnings("unchecked")
  static List<String> mapInScriptAsync(WebDriver driver, String function, List<String> values) {
    return (List<String>)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "import('/assets/search.js').then(m => Promise.all(arguments[0].map("
                    + function
                    + "))).then(done, e => done(String(e)));",
                values);
  }

  /** Quits the browser and stops the server, either of which may not have started. */
  public static void close(WebDriver driver, BrowserSite site) {
    if (driver != null) {
      driver.quit();
    }
    if (site != null) {
      site.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
