package org.foikb.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.foikb.build.Build;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A section or source cited by hundreds of requests lists them all over numbered pages: a section
 * 20 a page, as the request lists are, and a source a few hundred a page.
 */
class BackLinkPaginationTest {
  private static final int REQUESTS = 450;

  @TempDir Path dir;

  @Test
  void listsEveryCitingQuestionAcrossNumberedPages() throws IOException {
    Path content = writeLog(dir.resolve("content"));
    Path out = dir.resolve("out");
    assertThat(new Build(content, Optional.empty(), false).run(Optional.of(out)).written())
        .isTrue();

    assertPaged(out, "sections/s21/", 20, 23);
    assertPaged(out, "published/grid/", 200, 3);
  }

  private static void assertPaged(Path out, String page, int perPage, int pages)
      throws IOException {
    Set<String> linked = new HashSet<>();
    for (int n = 1; n <= pages; n++) {
      Path file = out.resolve(page + (n == 1 ? "" : "page/" + n + "/") + "index.html");
      Document html = Jsoup.parse(file.toFile(), "UTF-8");
      var links = html.select("main .foikb-results a[href~=^/requests/.+#q1$]");
      assertThat(links.size()).as(file.toString()).isBetween(1, perPage);
      links.forEach(a -> linked.add(a.attr("href")));
      assertThat(html.select("nav.govuk-pagination a[href]")).as(file.toString()).isNotEmpty();
    }
    assertThat(out.resolve(page + "page/" + (pages + 1) + "/index.html")).doesNotExist();
    assertThat(linked).hasSize(REQUESTS);
  }

  private static Path writeLog(Path content) throws IOException {
    write(
        content.resolve("site.yaml"),
        "title: Log\nauthority: A\nbase-url: https://foi.example.org/\n");
    write(
        content.resolve("sections/s21.md"),
        "---\nid: s21\nsection: \"21\"\ntitle: Published elsewhere\nkind: exemption\ntest: absolute\n---\nText.\n");
    write(
        content.resolve("published/grid.md"),
        "---\nid: grid\ntitle: Grid\nurl: https://www.example.org/grid\n---\nA table.\n");
    for (int i = 1; i <= REQUESTS; i++) {
      write(
          content.resolve("requests/r" + i + ".md"),
          """
          ---
          reference: R.%d
          title: Request %d
          responded: 2024-01-%02d
          questions:
            - ask: Where is it?
              outcome: published
              sections: [s21]
          ---
          ## Answer 1

          See [the grid](published:grid).
          """
              .formatted(i, i, 1 + i % 28));
    }
    return content;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
