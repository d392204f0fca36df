package org.foikb.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reader downloads: every request page of the bundled log, with the stylesheets and scripts
 * it loads on screen, stays under 50 KB gzipped, and no page loads script it does not use.
 */
class PageWeightTest {
  private static final int LIMIT = 50 * 1024;
  private static final Pattern IMPORT =
      Pattern.compile("\\bimport\\b[^'\"]*['\"]\\./([^'\"]+)['\"]");

  @TempDir static Path tmp;
  private static BuiltSite site;

  @BeforeAll
  static void build() {
    site = BuiltSite.build(BundledContent.FOLDER, tmp.resolve("public"));
  }

  @Test
  void everyRequestPageWeighsUnderFiftyKilobytesGzipped() {
    String heaviest = "";
    int most = 0;
    for (Map.Entry<String, Document> page : site.pages.entrySet()) {
      if (!page.getKey().startsWith("requests/") || page.getKey().startsWith("requests/page/")) {
        continue;
      }
      int weight = weight(page.getKey(), page.getValue());
      if (weight > most) {
        most = weight;
        heaviest = page.getKey();
      }
    }

    assertThat(heaviest).isNotEmpty();
    assertThat(most).as("gzipped bytes of %s and what it loads", heaviest).isLessThan(LIMIT);
  }

  @Test
  void noPageLoadsGovukFrontendsScript() {
    assertThat(site.root.resolve("assets/govuk-frontend.min.js")).doesNotExist();
    for (Map.Entry<String, Document> page : site.pages.entrySet()) {
      // no component initialiser runs, so a data-module attribute would promise behaviour
      assertThat(page.getValue().select("[data-module]")).as(page.getKey()).isEmpty();
      assertThat(page.getValue().select("script[src]").eachAttr("src"))
          .as(page.getKey())
          .allMatch(src -> src.endsWith("/site.js") || src.endsWith("/search.js"));
    }
  }

  @Test
  void theSearchScriptStaysUnderThirtyKilobytesAndLoadsTheRestOnlyWhenNeeded() throws IOException {
    // the search issue's budget: what a search page must load before it can search
    assertThat(Files.size(site.root.resolve("assets/search.js"))).isLessThanOrEqualTo(30 * 1024);
    for (Document page : site.pages.values()) {
      assertThat(page.select("script[src$=search-near.js], script[src$=ask.js]")).isEmpty();
    }
    String search = Files.readString(site.root.resolve("assets/search.js"));
    assertThat(search).contains("import('./search-near.js')", "import('./ask.js')");
    assertThat(search).doesNotContain("\nimport ");
  }

  @Test
  void printStylesheetKnowsThePublishedOrigin() throws IOException {
    String print = Files.readString(site.root.resolve("assets/print.css"));

    assertThat(print).startsWith(":root { --foikb-origin: \"https://foi.example.org\"; }\n");
    for (Document page : site.pages.values()) {
      assertThat(page.select("link[rel=stylesheet][media=print]").eachAttr("href"))
          .containsExactly(site.path("assets/print.css"));
    }
  }

  /** The page's gzipped size plus that of each stylesheet and script it loads on screen. */
  private static int weight(String file, Document page) {
    Set<String> loads = new LinkedHashSet<>();
    for (Element link : page.select("link[rel=stylesheet]")) {
      if (!link.attr("media").equals("print") && link.closest("noscript") == null) {
        loads.add(link.attr("href"));
      }
    }
    for (Element script : page.select("script[src]")) {
      addWithImports(script.attr("src"), loads);
    }
    int total = gzipped(read(site.root.resolve(file)));
    for (String href : loads) {
      total += gzipped(read(asset(href)));
    }
    return total;
  }

  private static void addWithImports(String href, Set<String> loads) {
    if (!loads.add(href)) {
      return;
    }
    Matcher imports = IMPORT.matcher(new String(read(asset(href))));
    while (imports.find()) {
      addWithImports(href.substring(0, href.lastIndexOf('/') + 1) + imports.group(1), loads);
    }
  }

  private static Path asset(String href) {
    assertThat(href).startsWith(site.basePath);
    return site.root.resolve(href.substring(site.basePath.length()));
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int gzipped(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.size();
  }
}
