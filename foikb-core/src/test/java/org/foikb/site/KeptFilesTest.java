package org.foikb.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

  /** One change an editor makes between two builds. */
  enum Edit {
    REQUEST_TITLE {
      @Override
      void apply(Path content) throws IOException {
        replace(
            content.resolve("requests/2022/01-FOI-22-011482.md"),
            "title: Stop and search by ethnicity and outcome, 2021",
            "title: Stop and search in 2021, by ethnicity and by outcome");
      }
    },
    REQUEST_ADDED {
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
    REQUEST_DELETED {
      @Override
      void apply(Path content) throws IOException {
        // one that no other request links to, so the log stays valid
        Files.delete(content.resolve("requests/2022/01-FOI-22-023716.md"));
      }
    },
    REQUEST_FILE_RENAMED {
      @Override
      void apply(Path content) throws IOException {
        Files.move(
            content.resolve("requests/2022/01-FOI-22-011482.md"),
            content.resolve("requests/2022/stop-and-search-2021.md"));
      }
    },
    SECTION_TITLE {
      @Override
      void apply(Path content) throws IOException {
        replace(
            content.resolve("sections/s10.md"),
            "title: Time for compliance",
            "title: Time allowed to answer");
      }
    },
    PUBLISHED_SOURCE_TITLE {
      @Override
      void apply(Path content) throws IOException {
        replace(
            content.resolve("published/annual-report.md"),
            "title: Annual report and statement of accounts",
            "title: Annual report and accounts");
      }
    },
    PAGE_TEXT {
      @Override
      void apply(Path content) throws IOException {
        replace(
            content.resolve("pages/about.md"),
            "A disclosure log is a public record",
            "A disclosure log is the public record");
      }
    };

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
    assertThat(build(content, site, false))
        .as("the rebuild took the unchanged request files from the load cache")
        .anyMatch(note -> note.contains("taken from the load cache"));
    Path clean = dir.resolve("clean");
    build(content, clean, true);

    Map<String, FileState> after = states(site);
    assertThat(contents(site)).isEqualTo(contents(clean));
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
    if (edit == Edit.REQUEST_FILE_RENAMED) {
      // a request's address comes from its reference, not its file name: nothing to rewrite
      assertThat(changed).isEmpty();
    } else if (edit.name().endsWith("_TITLE") || edit == Edit.PAGE_TEXT) {
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

    Edit.SECTION_TITLE.apply(content);
    build(content, site, false);

    assertThat(Files.readAllBytes(home)).isEqualTo(built);
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
