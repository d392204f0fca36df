package org.foikb.site;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.foikb.build.Build;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A rebuild after one change gives exactly the site a clean build gives, byte for byte, and
 * rewrites only the files whose bytes changed: every other file is the old site's own (its inode
 * and time unchanged), which is what a deployment that compares times or inodes relies on. The
 * rebuilds take unchanged request files from the load cache, as the CLI's do; the clean builds read
 * everything.
 */
class KeptFilesTest {
  @TempDir Path dir;

  /** Whether an edit changes what every page depends on, so that no page can be kept unrendered. */
  enum Reach {
    SOME_PAGES,
    EVERY_PAGE
  }

  /**
   * One change an editor makes between two builds, the reach of its inputs, and pages of other
   * files that show what it changed (so that keeping them unrendered would be wrong).
   */
  enum Edit {
    REQUEST_TITLE(Reach.SOME_PAGES) {
      @Override
      void apply(Path content) throws IOException {
        replace(
            content.resolve("requests/2022/01-FOI-22-011482.md"),
            "title: Stop and search by ethnicity and outcome, 2021",
            "title: Stop and search in 2021, by ethnicity and by outcome");
      }
    },
    ANSWER_TEXT(Reach.SOME_PAGES, "requests/01-foi-22-027041/index.html") {
      @Override
      void apply(Path content) throws IOException {
        replace(
            content.resolve("requests/2022/01-FOI-22-027041.md"),
            "At the time of your request the page showed 14 drones.",
            "At the time of your request the page showed 14 drones, two of them in reserve.");
      }
    },
    /** The request is superseded by one and links to another: both their pages show its title. */
    LINKED_REQUEST_TITLE(
        Reach.SOME_PAGES,
        "requests/01-foi-25-001954/index.html",
        "requests/01-foi-22-011482/index.html") {
      @Override
      void apply(Path content) throws IOException {
        replace(
            content.resolve("requests/2023/01-FOI-23-002641.md"),
            "strip searches of children, 2022",
            "strip searches of children in 2022");
      }
    },
    /** Another request lists this question as asked before, and shows its wording. */
    ASKED_BEFORE_QUESTION(Reach.SOME_PAGES, "requests/01-foi-22-014907/index.html") {
      @Override
      void apply(Path content) throws IOException {
        replace(
            content.resolve("requests/2025/01-FOI-25-014276.md"),
            "How long does the force keep body-worn video footage that is not needed as evidence?",
            "How long does the force retain body-worn video footage that is not needed as"
                + " evidence?");
      }
    },
    REQUEST_ADDED(Reach.SOME_PAGES) {
      @Override
      void apply(Path content) throws IOException {
        Path original = content.resolve("requests/2022/01-FOI-22-011482.md");
        Files.writeString(
            content.resolve("requests/2022/01-FOI-22-011483.md"),
            Files.readString(original)
                .replace("reference: 01.FOI.22.011482", "reference: 01.FOI.22.011483")
                .replace("received: 2022-02-14", "received: 2022-02-15"));
      }
    },
    REQUEST_DELETED(Reach.SOME_PAGES) {
      @Override
      void apply(Path content) throws IOException {
        // one that no other request links to, so the log stays valid
        Files.delete(content.resolve("requests/2022/01-FOI-22-023716.md"));
      }
    },
    REQUEST_FILE_RENAMED(Reach.SOME_PAGES) {
      @Override
      void apply(Path content) throws IOException {
        Files.move(
            content.resolve("requests/2022/01-FOI-22-011482.md"),
            content.resolve("requests/2022/stop-and-search-2021.md"));
      }
    },
    SECTION_TITLE(Reach.EVERY_PAGE) {
      @Override
      void apply(Path content) throws IOException {
        replace(
            content.resolve("sections/s10.md"),
            "title: Time for compliance",
            "title: Time allowed to answer");
      }
    },
    SECTION_TEXT(Reach.SOME_PAGES, "sections/s10/index.html") {
      @Override
      void apply(Path content) throws IOException {
        replace(
            content.resolve("sections/s10.md"),
            "Section 10 requires us to answer promptly",
            "Section 10 requires us to reply promptly");
      }
    },
    PUBLISHED_SOURCE_TITLE(Reach.EVERY_PAGE) {
      @Override
      void apply(Path content) throws IOException {
        replace(
            content.resolve("published/annual-report.md"),
            "title: Annual report and statement of accounts",
            "title: Annual report and accounts");
      }
    },
    PAGE_TEXT(Reach.SOME_PAGES, "about/index.html") {
      @Override
      void apply(Path content) throws IOException {
        replace(
            content.resolve("pages/about.md"),
            "A disclosure log is a public record",
            "A disclosure log is the public record");
      }
    },
    SITE_NOTICE(Reach.EVERY_PAGE) {
      @Override
      void apply(Path content) throws IOException {
        replace(
            content.resolve("site.yaml"),
            "notice: \"Request 01.FOI.23.030269 is a real",
            "notice: \"Request 01.FOI.23.030269 is a genuine");
      }
    };

    final Reach reach;
    final List<String> showsTheChange;

    Edit(Reach reach, String... showsTheChange) {
      this.reach = reach;
      this.showsTheChange = List.of(showsTheChange);
    }

    abstract void apply(Path content) throws IOException;
  }

  @ParameterizedTest
  @EnumSource(Edit.class)
  void aRebuildEqualsACleanBuildAndRewritesOnlyWhatChanged(Edit edit) throws IOException {
    Path content = BuiltSite.copy(BundledContent.FOLDER, dir.resolve("content"));
    Path site = dir.resolve("site");
    build(content, site, false);
    Map<String, FileState> before = states(site);

    edit.apply(content);
    List<String> notes = build(content, site, false);
    if (edit != Edit.SITE_NOTICE) {
      // site.yaml decides how every file is read, so a change to it empties the load cache
      assertThat(notes)
          .as("the rebuild took the unchanged request files from the load cache")
          .anyMatch(note -> note.contains("taken from the load cache"));
    }
    if (edit.reach == Reach.SOME_PAGES) {
      assertThat(notes)
          .as("pages whose inputs did not change were kept without being rendered")
          .anyMatch(KeptFilesTest::isPagesKeptNote);
    } else {
      assertThat(notes).noneMatch(KeptFilesTest::isPagesKeptNote);
    }
    Path clean = dir.resolve("clean");
    build(content, clean, true);

    Map<String, FileState> after = states(site);
    assertThat(contents(site)).isEqualTo(contents(clean));
    assertThat(folders(site)).isEqualTo(folders(clean));
    TreeSet<String> rewritten = new TreeSet<>();
    TreeSet<String> changed = new TreeSet<>();
    for (Map.Entry<String, FileState> file : after.entrySet()) {
      FileState old = before.get(file.getKey());
      if (old == null || !old.inode.equals(file.getValue().inode)) {
        rewritten.add(file.getKey());
      }
      if (old == null || !Arrays.equals(old.bytes, file.getValue().bytes)) {
        changed.add(file.getKey());
      }
    }
    assertThat(rewritten).isEqualTo(changed);
    assertThat(changed).containsAll(edit.showsTheChange);
    if (edit == Edit.REQUEST_FILE_RENAMED) {
      // a request's address comes from its reference, not its file name: nothing to rewrite
      assertThat(changed).isEmpty();
    } else if (edit != Edit.REQUEST_ADDED && edit != Edit.REQUEST_DELETED) {
      assertThat(changed).isNotEmpty().hasSizeLessThan(after.size() / 2);
    } else {
      assertThat(changed).isNotEmpty();
    }
  }

  @Test
  void aTemplateChangeRewritesThePagesThatUseIt() throws IOException {
    Path content = BuiltSite.copy(BundledContent.FOLDER, dir.resolve("content"));
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Path site = dir.resolve("site");
    Build build = new Build(content, Optional.of(templates), false);
    assertThat(build.run(Optional.of(site)).written()).isTrue();
    Map<String, FileState> before = states(site);

    Files.writeString(
        templates.resolve("published.mustache"),
        Files.readString(
                BundledContent.FOLDER
                    .toAbsolutePath()
                    .resolveSibling("site-templates/published.mustache"))
            .replace("<h1 class=\"govuk-heading-l\">", "<h1 class=\"govuk-heading-l foikb-x\">"));
    assertThat(build.run(Optional.of(site)).written()).isTrue();

    TreeSet<String> rewritten = new TreeSet<>();
    states(site)
        .forEach(
            (path, state) -> {
              if (before.get(path) == null || !before.get(path).inode.equals(state.inode)) {
                rewritten.add(path);
              }
            });
    assertThat(rewritten)
        .isNotEmpty()
        .allMatch(path -> path.startsWith("published/") || path.equals("sitemap.xml"));
  }

  @Test
  void aCleanBuildWritesEveryFileAfresh() throws IOException {
    Path content = BuiltSite.copy(BundledContent.FOLDER, dir.resolve("content"));
    Path site = dir.resolve("site");
    build(content, site, false);
    Map<String, FileState> before = states(site);

    build(content, site, true);

    states(site)
        .forEach((path, state) -> assertThat(state.inode).isNotEqualTo(before.get(path).inode));
  }

  @Test
  void aFileEditedByHandInTheSiteIsWrittenAgain() throws IOException {
    Path content = BuiltSite.copy(BundledContent.FOLDER, dir.resolve("content"));
    Path site = dir.resolve("site");
    build(content, site, false);
    Path home = site.resolve("index.html");
    byte[] built = Files.readAllBytes(home);
    Files.writeString(home, new String(built).replace("<main", "<main data-edited"));
    Path stray = Files.writeString(site.resolve("requests/stray.html"), "not foikb's");
    // a file that is not a page, edited without changing its size: only its time tells
    Path data = site.resolve("requests/01-foi-22-011482/index.json");
    byte[] builtData = Files.readAllBytes(data);
    Files.writeString(data, new String(builtData, UTF_8).replace("\"title\"", "\"TITLE\""));
    assertThat(Files.size(data)).isEqualTo(builtData.length);
    assertThat(Files.readAllBytes(data)).isNotEqualTo(builtData);

    Edit.SECTION_TITLE.apply(content);
    build(content, site, false);

    assertThat(Files.readAllBytes(home)).isEqualTo(built);
    assertThat(Files.readAllBytes(data)).isEqualTo(builtData);
    // a rebuild removes only files the last build wrote, with no walk of the site; a clean build
    // replaces the whole folder
    assertThat(stray).exists();
    build(content, site, true);
    assertThat(stray).doesNotExist();
  }

  @Test
  void aPageEditedByHandInTheSiteIsRenderedAgainThoughWhatItIsMadeFromIsUnchanged()
      throws IOException {
    Path content = BuiltSite.copy(BundledContent.FOLDER, dir.resolve("content"));
    Path site = dir.resolve("site");
    build(content, site, false);
    Path page = site.resolve("requests/01-foi-22-011482/index.html");
    byte[] built = Files.readAllBytes(page);
    // the same size, so that only its time tells
    Files.writeString(page, new String(built, UTF_8).replace("<main", "<MAIN"));
    assertThat(Files.size(page)).isEqualTo(built.length);

    Edit.ANSWER_TEXT.apply(content);
    assertThat(build(content, site, false)).anyMatch(KeptFilesTest::isPagesKeptNote);

    assertThat(Files.readAllBytes(page)).isEqualTo(built);
  }

  /** How the record of what each page was made from may come to be wrong for the site. */
  enum SpoiledRecord {
    /** As if the last build had stopped after its site was put in place, before its record. */
    LEFT_BY_AN_EARLIER_BUILD("it describes another build of the site than the one in place") {
      @Override
      void spoil(Path content, Path site, Path record) throws IOException {
        byte[] first = Files.readAllBytes(record);
        Edit.ANSWER_TEXT.apply(content);
        build(content, site, false);
        Files.write(record, first);
      }
    },
    DAMAGED("it has been changed since it was written, or cut short") {
      @Override
      void spoil(Path content, Path site, Path record) throws IOException {
        byte[] bytes = Files.readAllBytes(record);
        bytes[bytes.length / 2] ^= 1;
        Files.write(record, bytes);
      }
    };

    final String why;

    SpoiledRecord(String why) {
      this.why = why;
    }

    abstract void spoil(Path content, Path site, Path record) throws IOException;
  }

  @ParameterizedTest
  @EnumSource(SpoiledRecord.class)
  void aRecordOfPagesThatDoesNotDescribeTheSiteIsIgnoredWithANote(SpoiledRecord spoiled)
      throws IOException {
    Path content = BuiltSite.copy(BundledContent.FOLDER, dir.resolve("content"));
    Path site = dir.resolve("site");
    Path record = Build.loadCacheBeside(site).resolve("pages.bin");
    build(content, site, false);
    spoiled.spoil(content, site, record);

    Edit.SECTION_TEXT.apply(content);
    List<String> notes = build(content, site, false);

    assertThat(notes)
        .contains(
            "the record of what each page was made from in "
                + record
                + " was ignored: "
                + spoiled.why
                + "; every page is rendered")
        .noneMatch(KeptFilesTest::isPagesKeptNote);
    Path clean = dir.resolve("clean");
    build(content, clean, true);
    assertThat(contents(site)).isEqualTo(contents(clean));
    // and the record this build wrote is trusted by the next
    Edit.PAGE_TEXT.apply(content);
    assertThat(build(content, site, false)).anyMatch(KeptFilesTest::isPagesKeptNote);
  }

  /** The note a rebuild makes when it kept pages without rendering them. */
  static boolean isPagesKeptNote(String note) {
    return note.endsWith("kept without being rendered again");
  }

  /** Whether a note tells of input files not read again: it comes once they have settled. */
  static boolean isStampsNote(String note) {
    return note.endsWith("have the size and times the last build saw; not read again");
  }

  private record FileState(Object inode, byte[] bytes) {}

  /** Builds, cleanly or with a load cache beside the site; gives the notes the build made. */
  static java.util.List<String> build(Path content, Path site, boolean clean) {
    Build build = new Build(content, Optional.empty(), false);
    build = clean ? build.withClean() : build.withLoadCache(Build.loadCacheBeside(site));
    java.util.List<String> notes = new java.util.ArrayList<>();
    Build.Result result =
        build.run(
            Optional.of(site),
            new org.foikb.build.Progress() {
              @Override
              public void note(String message) {
                notes.add(message);
              }
            });
    assertThat(result.written()).as(result.diagnostics().sorted().toString()).isTrue();
    return notes;
  }

  private static Map<String, FileState> states(Path site) throws IOException {
    Map<String, FileState> states = new TreeMap<>();
    for (Path file : files(site)) {
      states.put(
          site.relativize(file).toString(),
          new FileState(Files.getAttribute(file, "unix:ino"), Files.readAllBytes(file)));
    }
    return states;
  }

  /** The site's folders: a rebuild removes those the new site has no file in. */
  private static java.util.List<String> folders(Path site) throws IOException {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(Files::isDirectory)
          .map(f -> site.relativize(f).toString())
          .sorted()
          .toList();
    }
  }

  /** Each file's SHA-256, so that a difference names the files that differ, not their bytes. */
  static Map<String, String> contents(Path site) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    for (Path file : files(site)) {
      try {
        byte[] digest =
            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        contents.put(site.relativize(file).toString(), java.util.HexFormat.of().formatHex(digest));
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new AssertionError(e);
      }
    }
    return contents;
  }

  /** The site's files, without the marker, which records the inputs and so changes with them. */
  private static java.util.List<Path> files(Path site) throws IOException {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().equals(".foikb-site"))
          .sorted()
          .toList();
    }
  }

  static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }
}
