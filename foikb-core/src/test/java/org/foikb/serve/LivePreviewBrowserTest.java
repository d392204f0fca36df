package org.foikb.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.foikb.build.Build;
import org.foikb.search.BrowserSite;
import org.foikb.validation.ContentFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor's loop in a real browser: a saved edit reloads the open page with the change; an edit
 * that breaks the content shows its problems on the page while the last good site is still served;
 * and nothing of the live preview is written into the built site.
 */
class LivePreviewBrowserTest {
  private static final String PAGE = "requests/01-foi-24-000001/";

  @TempDir Path dir;
  private Path content;
  private Path request;
  private Path out;
  private PreviewSession session;
  private WebDriver browser;
  private final List<String> problems = new CopyOnWriteArrayList<>();
  private final List<String> infos = new CopyOnWriteArrayList<>();

  @BeforeEach
  void serve() throws IOException {
    content = ContentFixture.in(dir.resolve("content")).validRequest().root();
    request = content.resolve(ContentFixture.REQUEST_PATH);
    out = dir.resolve("public");
    Build build = new Build(content, Optional.empty(), false);
    Build.Result built = build.run(Optional.of(out));
    assertThat(built.written()).isTrue();
    PreviewSession.Log log =
        new PreviewSession.Log() {
          @Override
          public void info(String line) {
            infos.add(line);
          }

          @Override
          public void problem(String line) {
            problems.add(line);
          }
        };
    // as serve does: the first build's preview shows the first edit to a request at once
    session = PreviewSession.start(build, out, "/", 0, log, built.preview());
    browser = BrowserSite.browser(dir.resolve("profile"), true);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (session != null) {
      session.close();
    }
  }

  private WebDriverWait waitUpTo(int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds));
  }

  private String heading() {
    return browser.findElement(By.tagName("h1")).getText();
  }

  /** Saves as many editors and {@code sed -i} do: a temporary file, renamed over the request. */
  private void edit(String from, String to) throws IOException {
    Path saving = request.resolveSibling("sedX4fk2Q");
    Files.writeString(saving, Files.readString(request).replace(from, to));
    Files.move(
        saving, request, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  @Test
  void aSavedEditReloadsTheOpenPageWithTheChange() throws Exception {
    browser.get(session.address() + PAGE);
    assertThat(heading()).contains("Live facial recognition deployments");
    // a mark on the window lasts until the page reloads
    ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");

    edit("title: Live facial recognition deployments", "title: Facial recognition vans");

    waitUpTo(20).until(d -> heading().contains("Facial recognition vans"));
    assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded === true"))
        .isEqualTo(false);
    waitUpTo(20).until(d -> session.rebuilds() == 1);
    // the terminal says the edited page was shown first, then how long the rebuild took, by stage
    assertThat(infos).hasSize(2);
    assertThat(infos.get(0)).matches("Showed the edited page in \\d+ ms; rebuilding the site");
    assertThat(infos.get(1))
        .matches(
            "Rebuilt in \\d+ ms \\(read the inputs \\d+ ms, load and parse \\d+ ms, .*"
                + "render requests \\d+ ms, .*\\); the open pages reload");
  }

  @Test
  void aBrokenEditShowsItsProblemsOnThePageWhileTheLastGoodSiteIsServed() throws Exception {
    browser.get(session.address() + PAGE);

    edit("title: Live facial recognition deployments", "title: Facial recognition vans");
    waitUpTo(20).until(d -> heading().contains("Facial recognition vans"));
    edit("outcome: not-held", "outcome: witheld");

    waitUpTo(20).until(d -> !d.findElements(By.id("foikb-live-problems")).isEmpty());
    String shown = browser.findElement(By.id("foikb-live-problems")).getText();
    assertThat(shown)
        .contains(ContentFixture.REQUEST_PATH + ":")
        .contains("error: unknown outcome 'witheld' for question 3")
        .contains("the last good site is still served");
    assertThat(browser.findElement(By.id("foikb-live-problems")).getAttribute("role"))
        .isEqualTo("alert");
    assertThat(heading()).contains("Facial recognition vans");
    assertThat(fetch(PAGE)).contains("Facial recognition vans");
    assertThat(problems).anyMatch(l -> l.contains("unknown outcome 'witheld'"));
    // the preview refused the edit, so the rebuild, which would refuse it too, was not run
    assertThat(session.rebuilds()).isEqualTo(1);

    edit("outcome: witheld", "outcome: not-held");

    waitUpTo(20).until(d -> d.findElements(By.id("foikb-live-problems")).isEmpty());
    // the mended file's page was shown again; the site on disk is already what it is built from
    waitUpTo(20)
        .until(
            d -> infos.stream().filter(l -> l.startsWith("Showed the edited page")).count() == 2);
  }

  @Test
  void anEditToASectionRebuildsTheSiteWithoutAPreview() throws Exception {
    String sectionPage = "sections/s21/";
    browser.get(session.address() + sectionPage);
    Path section = content.resolve("sections/s21.md");

    Files.writeString(
        section,
        Files.readString(section).replace("already published", "published elsewhere already"));

    waitUpTo(20)
        .until(d -> d.findElement(By.tagName("main")).getText().contains("published elsewhere"));
    waitUpTo(20).until(d -> session.rebuilds() == 1);
    assertThat(infos).singleElement().asString().startsWith("Rebuilt in ");
  }

  @Test
  void theLivePreviewIsAddedAsPagesAreServedAndNeverWrittenIntoTheSite() throws Exception {
    String served = fetch(PAGE);

    assertThat(served).contains("/__foikb/live.js?generation=0");
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(file, StandardCharsets.ISO_8859_1))
            .as(file.toString())
            .doesNotContain("__foikb");
      }
    }
  }

  private String fetch(String page) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(session.address() + page)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
