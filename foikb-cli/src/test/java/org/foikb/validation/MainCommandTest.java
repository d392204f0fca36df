package org.foikb.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.foikb.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line through {@link Main#execute}: exit statuses, what is printed, what is written.
 */
@ExtendWith(ContentFixture.class)
class MainCommandTest {
  @TempDir Path dir;

  /** What one run printed and returned. */
  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(
        status,
        out.toString().replace(System.lineSeparator(), "\n"),
        err.toString().replace(System.lineSeparator(), "\n"));
  }

  private static List<String> tree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void checkExitsZeroForGoodContent() {
    Path content = ContentFixture.in(dir).validRequest().root();

    Run run = run("check", "--content", content.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.OK);
    assertThat(run.out()).isEqualTo("Checked 1 request: no errors\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void buildExitsZeroAndWritesTheSite() {
    Path content = ContentFixture.in(dir).validRequest().root();
    Path out = dir.resolve("public");

    Run run = run("build", "--content", content.toString(), "--out", out.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.OK);
    assertThat(run.out()).startsWith("Built 1 request into " + out + " (read the inputs ");
    assertThat(out.resolve("requests/01-foi-24-000001/index.html")).isRegularFile();
  }

  @Test
  void buildWritesTheStaffReportBesideTheSiteAndNotInIt() throws IOException {
    Path content = ContentFixture.in(dir).validRequest().root();
    Path out = dir.resolve("target/public");

    Run run = run("build", "--content", content.toString(), "--out", out.toString());

    Path report = dir.resolve("target/foikb-report.html");
    assertThat(run.status()).as(run.toString()).isEqualTo(Main.OK);
    assertThat(run.out()).contains("\nStaff report: " + report + " (1 item to act on)\n");
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(report.toFile());
    assertThat(page.select("h2").eachText())
        .anyMatch(h -> h.startsWith("Published sources checked more than 12 months ago"));
    assertThat(page.text()).contains("lfr-deployment-record", "01.FOI.24.000001");
    assertThat(tree(out)).noneMatch(p -> p.contains("report"));
  }

  @Test
  void buildWithQuietPrintsNothingWhenAllIsWell() {
    Path content = ContentFixture.in(dir).validRequest().root();
    Path out = dir.resolve("public");

    Run run = run("build", "--quiet", "--content", content.toString(), "--out", out.toString());

    assertThat(run.status()).isEqualTo(Main.OK);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(out.resolve("index.html")).isRegularFile();
  }

  @Test
  void buildWithNothingChangedSaysSoAndWritesNothing() throws IOException {
    Path content = ContentFixture.in(dir).validRequest().root();
    Path out = dir.resolve("public");
    String[] build = {"build", "--content", content.toString(), "--out", out.toString()};
    assertThat(run(build).status()).isEqualTo(Main.OK);
    Object inode = Files.getAttribute(out.resolve("index.html"), "unix:ino");

    Run again = run(build);

    assertThat(again.status()).isEqualTo(Main.OK);
    assertThat(again.out())
        .isEqualTo("Nothing changed since the last build; " + out + " is up to date\n");
    assertThat(again.err()).isEmpty();
    assertThat(Files.getAttribute(out.resolve("index.html"), "unix:ino")).isEqualTo(inode);
  }

  @Test
  void buildKeepsALoadCacheBesideTheSiteAndRebuildsFromIt() throws IOException {
    ContentFixture fixture = ContentFixture.in(dir).validRequest();
    fixture.file(
        "requests/2024/01-foi-24-000002.md",
        ContentFixture.VALID_REQUEST.replace("01.FOI.24.000001", "01.FOI.24.000002"));
    Path content = fixture.root();
    Path out = dir.resolve("public");
    String[] build = {"build", "--content", content.toString(), "--out", out.toString()};
    Run first = run(build);
    assertThat(first.status()).as(first.err()).isEqualTo(Main.OK);
    assertThat(
            org.foikb.load.LoadCache.indexFileOf(
                dir.resolve("public.foikb-cache"), "requests/2024/01-foi-24-000002.md"))
        .isRegularFile();

    Files.writeString(
        content.resolve("requests/2024/01-foi-24-000002.md"),
        Files.readString(content.resolve("requests/2024/01-foi-24-000002.md"))
            .replace("title: ", "title: Edited "));
    Run again = run(build);

    assertThat(again.status()).isEqualTo(Main.OK);
    assertThat(again.err())
        .contains(
            "foikb: 1 of 2 request files unchanged since the last build, taken from the load"
                + " cache\n");
    assertThat(Files.readString(out.resolve("requests/01-foi-24-000002/index.html")))
        .contains("Edited Live facial recognition");
  }

  @Test
  void buildWithCleanBuildsAgainAndWritesEveryFile() throws IOException {
    Path content = ContentFixture.in(dir).validRequest().root();
    Path out = dir.resolve("public");
    String[] build = {"build", "--content", content.toString(), "--out", out.toString()};
    assertThat(run(build).status()).isEqualTo(Main.OK);
    Object inode = Files.getAttribute(out.resolve("index.html"), "unix:ino");

    Run again = run("build", "--clean", "--content", content.toString(), "--out", out.toString());

    assertThat(again.out()).startsWith("Built 1 request into ");
    assertThat(Files.getAttribute(out.resolve("index.html"), "unix:ino")).isNotEqualTo(inode);
  }

  @Test
  void buildRefusesAStaffReportInsideTheSite() {
    Path content = ContentFixture.in(dir).validRequest().root();
    Path out = dir.resolve("public");

    Run run =
        run(
            "build",
            "--content",
            content.toString(),
            "--out",
            out.toString(),
            "--report-file",
            out.resolve("report.html").toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("would be inside the output folder").contains("published");
    assertThat(out).doesNotExist();
  }

  @Test
  void checkWithReportPrintsTheStaffReportAndWritesNothing() throws IOException {
    Path content = ContentFixture.in(dir).validRequest().root();
    List<String> before = tree(dir);

    Run run = run("check", "--report", "--content", content.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.OK);
    assertThat(run.out())
        .startsWith("Checked 1 request: no errors\nStaff report for Disclosure log, ")
        .contains("Published sources checked more than 12 months ago (1)\n")
        .contains("lfr-deployment-record.md  LFR deployment record, checked 2023-06-01")
        .contains("Requests without topics (0)\n  none\n");
    assertThat(tree(dir)).isEqualTo(before);
  }

  @Test
  void checkExitsOneForContentErrorsAndPrintsThemWithASummary() {
    Path content =
        ContentFixture.in(dir)
            .request(
                ContentFixture.VALID_REQUEST
                    .replace("responded: 2024-02-05", "responded: 2024-02-30")
                    .replace("outcome: not-held", "outcome: not held"))
            .root();

    Run run = run("check", "--content", content.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.CONTENT_ERRORS);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            """
        requests/2024/01-foi-24-000001.md:5:12: error: 'responded' is not a real date: '2024-02-30'
          hint: check the day and the month
        requests/2024/01-foi-24-000001.md:15:14: error: unknown outcome 'not held' for question 3
          hint: did you mean 'not-held'? outcomes are: disclosed, published, partial, withheld, not-held, ncnd, invalid
        2 errors in 1 file
        """);
  }

  @Test
  void buildExitsOneForContentErrorsAndWritesNothing() throws IOException {
    ContentFixture fixture =
        ContentFixture.in(dir)
            .validRequest()
            .file(
                "requests/2023/copy.md",
                ContentFixture.VALID_REQUEST.replace("(published:", "(published:x"))
            .file("site.yaml", "title: Disclosure log\n");
    Path out = dir.resolve("public");

    Run run = run("build", "--content", fixture.root().toString(), "--out", out.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.CONTENT_ERRORS);
    assertThat(run.err()).endsWith("\n4 errors in 3 files; nothing was written\n");
    assertThat(out).doesNotExist();
    assertThat(tree(dir)).allMatch(p -> p.isEmpty() || p.startsWith("content"));
  }

  @Test
  void strictBuildExitsOneForWarnings() {
    Path content =
        ContentFixture.in(dir)
            .request(ContentFixture.VALID_REQUEST.replace("topics:", "topic:"))
            .root();

    Run run = run("check", "--strict", "--content", content.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.CONTENT_ERRORS);
    assertThat(run.err())
        .isEqualTo(
            """
        requests/2024/01-foi-24-000001.md:6:1: warning: unknown field 'topic' is ignored
          hint: did you mean 'topics'?
        0 errors and 1 warning in 1 file
        """);
  }

  @Test
  void checkPassesWithWarningsAndPrintsTheirSummary() {
    Path content =
        ContentFixture.in(dir)
            .request(ContentFixture.VALID_REQUEST.replace("topics:", "topic:"))
            .root();

    Run run = run("check", "--content", content.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.OK);
    assertThat(run.err()).endsWith("\n0 errors and 1 warning in 1 file\n");
  }

  @Test
  void checkWritesNothing() throws IOException {
    Path content = ContentFixture.in(dir).validRequest().root();
    List<String> before = tree(dir);

    Run run = run("check", "--content", content.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.OK);
    assertThat(tree(dir)).isEqualTo(before);
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run run = run("build", "--colour");

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.USAGE);
    assertThat(run.err())
        .isEqualTo(
            """
        foikb: Unknown option: '--colour'
        Try 'foikb build --help'.
        """);
  }

  @Test
  void unknownCommandIsAUsageError() {
    Run run = run("publish");

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.USAGE);
    assertThat(run.err()).startsWith("foikb: Unmatched argument at index 0: 'publish'");
  }

  @Test
  void noCommandIsAUsageError() {
    Run run = run();

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.USAGE);
    assertThat(run.err()).startsWith("foikb: name a command: build, check, serve or new\n");
  }

  @Test
  void missingContentFolderIsAUsageError() {
    Path missing = dir.resolve("no-such-content");

    Run run = run("check", "--content", missing.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.USAGE);
    assertThat(run.err())
        .isEqualTo(
            "foikb: content folder not found: " + missing + "\nGive it with --content DIR.\n");
  }

  @Test
  void buildWithMissingContentFolderIsAUsageErrorAndWritesNothing() {
    Path out = dir.resolve("public");

    Run run = run("build", "--content", dir.resolve("nothing").toString(), "--out", out.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.USAGE);
    assertThat(out).doesNotExist();
  }

  @ParameterizedTest(name = "foikb {0} --help")
  @ValueSource(strings = {"", "build", "check", "serve", "new", "new request", "new published"})
  void printsHelpForEveryCommand(String command) {
    String[] args =
        Stream.concat(Stream.of(command.split(" ")).filter(s -> !s.isEmpty()), Stream.of("--help"))
            .toArray(String[]::new);

    Run run = run(args);

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.OK);
    assertThat(run.out()).startsWith("Usage: foikb" + (command.isEmpty() ? "" : " " + command));
    assertThat(run.out()).contains("-h, --help");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void newRequestWritesASkeletonUnderItsYear() throws IOException {
    Path content = ContentFixture.in(dir).root();
    LocalDate today = LocalDate.now();
    Path file = content.resolve("requests/" + today.getYear() + "/01-foi-24-000001.md");

    Run run = run("new", "request", "01.FOI.24.000001", "--content", content.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.OK);
    assertThat(run.out()).isEqualTo("Created " + file + "\n");
    assertThat(file).isRegularFile();
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0)).isEqualTo("---");
    assertThat(lines)
        .containsSubsequence(
            "reference: \"01.FOI.24.000001\"",
            "received: " + today,
            "responded: " + today,
            "questions:",
            "  - ask: TODO the first question, as asked (anonymised)",
            "---",
            "## Answer 1");
    assertThat(lines.stream().filter("---"::equals)).hasSize(2);
  }

  @Test
  void newSkeletonsCheckWithNoErrors() {
    Path content = ContentFixture.in(dir).root();
    run("new", "request", "01.FOI.24.000001", "--content", content.toString());
    run("new", "published", "stop-search-data", "--content", content.toString());

    Run run = run("check", "--content", content.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.OK);
  }

  @Test
  void newRequestRefusesToOverwrite() throws IOException {
    Path content = ContentFixture.in(dir).root();
    Path file = content.resolve("requests/" + LocalDate.now().getYear() + "/01-foi-24-000001.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "keep me");

    Run run = run("new", "request", "01.FOI.24.000001", "--content", content.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.USAGE);
    assertThat(run.err()).isEqualTo("foikb: " + file + " already exists; not overwritten\n");
    assertThat(file).hasContent("keep me");
  }

  @Test
  void newPublishedWritesASkeleton() throws IOException {
    Path content = ContentFixture.in(dir).root();
    Path file = content.resolve("published/stop-search-data.md");

    Run run = run("new", "published", "stop-search-data", "--content", content.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.OK);
    assertThat(Files.readAllLines(file)).startsWith("---", "id: stop-search-data");
  }

  @Test
  void newPublishedRefusesToOverwrite() {
    Path content = ContentFixture.in(dir).root();

    Run run = run("new", "published", "lfr-deployment-record", "--content", content.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.USAGE);
    assertThat(content.resolve("published/lfr-deployment-record.md"))
        .hasContent(ContentFixture.SOURCE.stripTrailing());
  }

  @Test
  void newPublishedWithBadIdIsAUsageError() throws IOException {
    Path content = ContentFixture.in(dir).root();
    List<String> before = tree(dir);

    Run run = run("new", "published", "Bad_Id", "--content", content.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(Main.USAGE);
    assertThat(run.err())
        .startsWith("foikb: invalid id 'Bad_Id': use only a-z, 0-9 and '-', e.g. bad-id\n");
    assertThat(tree(dir)).isEqualTo(before);
  }

  @Test
  void usageErrorInANestedCommandNamesTheFullCommand() {
    Run run = run("new", "published", "Bad_Id", "--content", dir.toString());

    assertThat(run.err()).endsWith("\nTry 'foikb new published --help'.\n");
  }
}
