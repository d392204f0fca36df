package org.foikb.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foikb.body.ParsedBodies;
import org.foikb.build.Build;
import org.foikb.diag.Diagnostics;
import org.foikb.load.ContentLoader;
import org.foikb.load.LoadCache;
import org.foikb.markdown.Markdown;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The load cache takes exactly the request files that did not change, and a cache that cannot be
 * trusted is ignored with a note saying why; either way the site is the one a clean build makes.
 */
class LoadCacheTest {
  /** The request file the tests edit, by its path in the content folder. */
  private static final String EDITED = "requests/2022/01-FOI-22-011482.md";

  private static final Pattern TAKEN =
      Pattern.compile("(\\d+) of (\\d+) request files unchanged since the last build");

  @TempDir Path dir;
  private Path content;
  private Path site;
  private Path cache;

  @BeforeEach
  void buildOnce() {
    content = BuiltSite.copy(BundledContent.FOLDER, dir.resolve("content"));
    site = dir.resolve("site");
    cache = Build.loadCacheBeside(site);
    assertThat(KeptFilesTest.build(content, site, false)).isEmpty();
  }

  @Test
  void aRebuildTakesEveryUnchangedRequestFileAndReadsTheChangedOne() throws IOException {
    int[] unchanged = taken(KeptFilesTest.build(content, site, false));
    assertThat(unchanged[0]).isEqualTo(unchanged[1]).isGreaterThan(20);

    KeptFilesTest.replace(
        content.resolve("requests/2022/01-FOI-22-011482.md"),
        "title: Stop and search by ethnicity and outcome, 2021",
        "title: Stop and search in 2021, by ethnicity and by outcome");
    int[] oneEdited = taken(KeptFilesTest.build(content, site, false));

    assertThat(oneEdited[0]).isEqualTo(oneEdited[1] - 1);
    assertThat(Files.readString(site.resolve("requests/01-foi-22-011482/index.html")))
        .contains("Stop and search in 2021, by ethnicity and by outcome");
    assertEqualsACleanBuild();
  }

  @Test
  void aRebuildAddsTheEditedFilesBodyToTheKeptBodiesAndLeavesTheRestWhereTheyLie()
      throws IOException {
    Path bodies = cache.resolve("bodies.bin");
    byte[] before = Files.readAllBytes(bodies);
    Map<Path, Object> shards = indexShards();
    assertThat(shards).hasSize(64);
    KeptFilesTest.replace(
        content.resolve(EDITED), "## Answer 1\n", "## Answer 1\n\nFigures are for 2021.\n");

    KeptFilesTest.build(content, site, false);

    byte[] after = Files.readAllBytes(bodies);
    assertThat(after.length).isBetween(before.length + 1, before.length + before.length / 10);
    assertThat(Arrays.copyOf(after, before.length)).isEqualTo(before);
    // of the index, only the shard with the edited file's entry was written again
    Map<Path, Object> rewritten = new java.util.HashMap<>(indexShards());
    rewritten.entrySet().removeIf(shard -> shard.getValue().equals(shards.get(shard.getKey())));
    assertThat(rewritten).containsOnlyKeys(LoadCache.indexFileOf(cache, EDITED));
    assertEqualsACleanBuild();
  }

  /** Each file of the index, by the inode it has: a file written again has a new one. */
  private Map<Path, Object> indexShards() throws IOException {
    Map<Path, Object> shards = new java.util.HashMap<>();
    try (var files = Files.list(cache)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().matches("requests-\\d\\d\\.bin")).toList()) {
        shards.put(file, Files.getAttribute(file, "unix:ino"));
      }
    }
    return shards;
  }

  @Test
  void keptBodiesThatAreMostlyOutOfDateAreCompacted() throws IOException {
    Path bodies = cache.resolve("bodies.bin");
    long fresh = Files.size(bodies);
    for (int edit = 1; edit <= 2; edit++) {
      editEveryRequest("Edited " + edit + ".");
      KeptFilesTest.build(content, site, false);
    }
    // the last two builds each added a body for every request: two thirds of the file is garbage
    assertThat(Files.size(bodies)).isGreaterThan(fresh * 5 / 2);

    KeptFilesTest.build(content, site, false);

    Path freshSite = dir.resolve("fresh");
    KeptFilesTest.build(content, freshSite, false);
    assertThat(Files.size(bodies))
        .isEqualTo(Files.size(Build.loadCacheBeside(freshSite).resolve("bodies.bin")));
    assertThat(taken(KeptFilesTest.build(content, site, false))[0]).isGreaterThan(20);
    assertEqualsACleanBuild();
  }

  /** Adds a sentence to the end of every request file, which ends in an answer or the closing. */
  private void editEveryRequest(String sentence) throws IOException {
    try (var files = Files.walk(content.resolve("requests"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
        Files.writeString(file, Files.readString(file) + "\n" + sentence + "\n");
      }
    }
  }

  @Test
  void aRebuildTakesTheDigestsOfSettledFilesFromTheirStampsAndReadsTheEditedOne()
      throws IOException, InterruptedException {
    // the stamps of files written less than two seconds before a build are not trusted
    Thread.sleep(2_100);
    KeptFilesTest.build(content, site, false);
    Path request = content.resolve("requests/2022/01-FOI-22-011482.md");
    KeptFilesTest.replace(request, "## Answer 1\n", "## Answer 1\n\nFigures are for 2021.\n");

    List<String> notes = KeptFilesTest.build(content, site, false);

    long files;
    try (var walk = Files.walk(content)) {
      files = walk.filter(Files::isRegularFile).count();
    }
    assertThat(notes)
        .contains(
            (files - 1)
                + " of "
                + files
                + " input files have the size and times the last build saw; not read again");
    int[] taken = taken(notes);
    assertThat(taken[0]).isEqualTo(taken[1] - 1);
    assertThat(Files.readString(site.resolve("requests/01-foi-22-011482/index.html")))
        .contains("Figures are for 2021.");
    assertEqualsACleanBuild();
  }

  @Test
  void aFileWithAWarningIsReadEveryTimeSoItsWarningIsGivenEveryTime() throws IOException {
    Path file = content.resolve("requests/2022/01-FOI-22-011482.md");
    KeptFilesTest.replace(file, "title: ", "colour: blue\ntitle: ");
    for (int build = 0; build < 2; build++) {
      Build.Result result =
          new Build(content, Optional.empty(), false).withLoadCache(cache).run(Optional.of(site));
      assertThat(result.diagnostics().sorted())
          .anyMatch(
              d -> d.path().endsWith("01-FOI-22-011482.md") && d.message().contains("colour"));
    }
  }

  /** The ways a cache can come to be wrong. */
  enum Damage {
    INDEX_CUT_SHORT("it is cut short or damaged") {
      @Override
      void apply(Path cache) throws IOException {
        Path index = LoadCache.indexFileOf(cache, EDITED);
        byte[] bytes = Files.readAllBytes(index);
        Files.write(index, java.util.Arrays.copyOf(bytes, bytes.length / 2));
      }
    },
    INDEX_EDITED_BY_HAND("it has been changed since it was written") {
      @Override
      void apply(Path cache) throws IOException {
        // a title in the index, changed as someone might in an editor
        Path index = LoadCache.indexFileOf(cache, EDITED);
        String text = Files.readString(index, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).contains("Stop and search by ethnicity");
        Files.writeString(
            index,
            text.replace("Stop and search by ethnicity", "Stop and search by ETHNICITY"),
            java.nio.charset.StandardCharsets.ISO_8859_1);
      }
    },
    NOT_A_CACHE("it is not a foikb load cache, or one from another version") {
      @Override
      void apply(Path cache) throws IOException {
        Files.writeString(LoadCache.indexFileOf(cache, EDITED), "hello");
      }
    },
    BODIES_MISSING("part of it is missing") {
      @Override
      void apply(Path cache) throws IOException {
        Files.delete(cache.resolve("bodies.bin"));
      }
    },
    FROM_ANOTHER_FOIKB("it was made by another foikb or for another site.yaml") {
      @Override
      void apply(Path cache) throws IOException {
        Path content = cache.resolveSibling("content");
        try (LoadCache other =
                LoadCache.open(
                    cache,
                    "0.0.1 an older foikb",
                    Files.readAllBytes(content.resolve("site.yaml")),
                    false,
                    note -> {});
            ParsedBodies bodies = ParsedBodies.keptIn(cache.resolve("bodies.bin"))) {
          new ContentLoader(new Markdown(), bodies, other, java.util.Map.of())
              .load(content, new Diagnostics());
          other.save(bodies);
        }
      }
    },
    SITE_YAML_CHANGED("it was made by another foikb or for another site.yaml") {
      @Override
      void apply(Path cache) throws IOException {
        Path siteYaml = cache.resolveSibling("content").resolve("site.yaml");
        Files.writeString(siteYaml, Files.readString(siteYaml) + "\n# edited\n");
      }
    };

    final String why;

    Damage(String why) {
      this.why = why;
    }

    abstract void apply(Path cache) throws IOException;
  }

  @ParameterizedTest
  @EnumSource(Damage.class)
  void aCacheThatCannotBeTrustedIsIgnoredWithANote(Damage damage) throws IOException {
    damage.apply(cache);

    List<String> notes = KeptFilesTest.build(content, site, false);

    assertThat(
            notes.stream()
                .filter(note -> !note.equals(ASKED_BEFORE_KEPT))
                .filter(note -> !KeptFilesTest.isPagesKeptNote(note))
                .filter(note -> !KeptFilesTest.isStampsNote(note)))
        .containsExactly("the load cache in " + cache + " was ignored: " + damage.why);
    assertEqualsACleanBuild();
    // and the cache this build wrote is trusted by the next
    assertThat(taken(KeptFilesTest.build(content, site, false))[0]).isGreaterThan(20);
  }

  @Test
  void aDamagedBodyIsReadAgainFromItsFile() throws IOException {
    Path bodies = cache.resolve("bodies.bin");
    byte[] bytes = Files.readAllBytes(bodies);
    for (int i = 0; i < bytes.length; i += 97) {
      bytes[i] ^= 0x20;
    }
    Files.write(bodies, bytes);

    List<String> notes = KeptFilesTest.build(content, site, false);

    assertThat(notes)
        .noneMatch(note -> note.contains("taken from the load cache"))
        .anyMatch(
            note ->
                note.matches(
                    "\\d+ parsed bodies in the load cache in .* failed their check; their files"
                        + " were read again"));
    assertEqualsACleanBuild();
  }

  @Test
  void aBuildWhileAnotherHoldsTheCacheReadsEverythingAndLeavesTheCacheAlone() throws IOException {
    Path index = LoadCache.indexFileOf(cache, EDITED);
    byte[] kept = Files.readAllBytes(index);
    KeptFilesTest.replace(
        content.resolve("requests/2022/01-FOI-22-011482.md"),
        "title: Stop and search by ethnicity and outcome, 2021",
        "title: Stop and search in 2021, by ethnicity and by outcome");
    List<String> notes;
    try (java.nio.channels.FileChannel lock =
            java.nio.channels.FileChannel.open(
                cache.resolve("lock"), java.nio.file.StandardOpenOption.WRITE);
        java.nio.channels.FileLock held = lock.lock()) {
      notes = KeptFilesTest.build(content, site, false);
    }

    assertThat(notes.stream().filter(note -> !KeptFilesTest.isStampsNote(note)))
        .containsExactly(
            "another build is using the load cache in "
                + cache
                + "; this one reads every file and keeps nothing there");
    assertThat(Files.readAllBytes(index)).isEqualTo(kept);
    assertEqualsACleanBuild();
  }

  private static final String ASKED_BEFORE_KEPT =
      "no question, title, summary or topic changed since the last build, so its \"asked before\""
          + " lists were used again";

  @Test
  void anAnswerEditKeepsTheAskedBeforeListsAndAQuestionEditFindsThemAgain() throws IOException {
    Path request = content.resolve("requests/2022/01-FOI-22-011482.md");
    KeptFilesTest.replace(request, "## Answer 1\n", "## Answer 1\n\nFigures are for 2021.\n");
    assertThat(KeptFilesTest.build(content, site, false)).contains(ASKED_BEFORE_KEPT);
    assertEqualsACleanBuild();

    KeptFilesTest.replace(
        request,
        "How many of those searches led to an arrest?",
        "How many of those stop and searches led to an arrest or a charge?");
    assertThat(KeptFilesTest.build(content, site, false)).doesNotContain(ASKED_BEFORE_KEPT);
    assertEqualsACleanBuild();
  }

  @Test
  void changedAskedBeforeListsAreFoundAgain() throws IOException {
    Path kept = cache.resolve("asked-before.bin");
    byte[] bytes = Files.readAllBytes(kept);
    bytes[bytes.length / 2] ^= 1;
    Files.write(kept, bytes);

    assertThat(KeptFilesTest.build(content, site, false))
        .doesNotContain(ASKED_BEFORE_KEPT)
        .contains("the \"asked before\" lists kept in " + kept + " were changed; found again");
    assertEqualsACleanBuild();
  }

  private void assertEqualsACleanBuild() throws IOException {
    Path clean = dir.resolve("clean");
    KeptFilesTest.build(content, clean, true);
    assertThat(KeptFilesTest.contents(site)).isEqualTo(KeptFilesTest.contents(clean));
  }

  private static int[] taken(List<String> notes) {
    for (String note : notes) {
      Matcher matcher = TAKEN.matcher(note);
      if (matcher.find()) {
        return new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))};
      }
    }
    throw new AssertionError("no note of the load cache in " + notes);
  }
}
