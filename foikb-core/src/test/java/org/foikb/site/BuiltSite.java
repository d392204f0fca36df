package org.foikb.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.foikb.build.Build;
import org.foikb.diag.Diagnostic;
import org.foikb.model.DisclosureLog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A site built into a folder and read back: every HTML page parsed once, keyed by its file path
 * relative to the output folder ({@code requests/x/index.html}).
 *
 * <pre>{@code
 * BuiltSite site = BuiltSite.build(Path.of("content"), tempDir.resolve("public"));
 * Document page = site.page("requests/01-foi-23-030269/");
 * }</pre>
 */
public final class BuiltSite {
  final Path root;
  final DisclosureLog log;

  /** The absolute base URL from site.yaml, ending in '/'. */
  final String baseUrl;

  /** The path part of the base URL: every internal link starts with it. */
  final String basePath;

  final Map<String, Document> pages;

  private BuiltSite(Path root, DisclosureLog log) {
    this.root = root;
    this.log = log;
    this.baseUrl = log.site().baseUrl();
    this.basePath = URI.create(baseUrl).getPath();
    this.pages = parseAll(root);
  }

  /**
   * Builds the content into {@code out} and fails the test, naming each diagnostic, if it does not
   * build.
   */
  static BuiltSite build(Path content, Path out) {
    Build.Result result = new Build(content, Optional.empty(), false).run(Optional.of(out));
    assertThat(result.diagnostics().hasErrors())
        .as(
            "diagnostics: %s",
            result.diagnostics().sorted().stream().map(Diagnostic::format).toList())
        .isFalse();
    assertThat(result.written()).isTrue();
    return new BuiltSite(out, result.log().orElseThrow());
  }

  /** A site built elsewhere (by the Maven plugin, say) from {@code content} into {@code out}. */
  static BuiltSite read(Path content, Path out) {
    Build.Result result = new Build(content, Optional.empty(), false).run(Optional.empty());
    return new BuiltSite(out, result.log().orElseThrow());
  }

  /** Parses the pages again, after a test changed the files on disk. */
  BuiltSite reread() {
    return new BuiltSite(root, log);
  }

  /** A copy of the built site in another folder, for a test to change. */
  BuiltSite copyTo(Path folder) {
    return new BuiltSite(copy(root, folder), log);
  }

  /**
   * The parsed page for a path relative to the base path, e.g. {@code "sections/s21/"} or {@code
   * ""}.
   */
  Document page(String relativeSitePath) {
    String file =
        relativeSitePath.isEmpty() || relativeSitePath.endsWith("/")
            ? relativeSitePath + "index.html"
            : relativeSitePath;
    Document page = pages.get(file);
    assertThat(page).as("page %s in the built site", file).isNotNull();
    return page;
  }

  /**
   * The site path of a relative one: {@code "requests/"} becomes {@code "/requests/"} at base path
   * "/".
   */
  String path(String relative) {
    return basePath + relative;
  }

  /**
   * The one slug rule of the content format, written again here so the tests do not trust the code
   * under test.
   */
  static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  private static Map<String, Document> parseAll(Path root) {
    Map<String, Document> pages = new TreeMap<>();
    for (String file : Trees.files(root).keySet()) {
      if (file.endsWith(".html")) {
        try {
          pages.put(file, Jsoup.parse(root.resolve(file).toFile(), "UTF-8"));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return pages;
  }

  /** Copies a folder tree (content or a built site), so a test can change its copy. */
  public static Path copy(Path content, Path into) {
    try (Stream<Path> walk = Files.walk(content)) {
      for (Path from : walk.toList()) {
        Path to = into.resolve(content.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
      return into;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reading folder trees into comparable snapshots. */
  static final class Trees {
    private Trees() {}

    /** Every regular file under root, relative path with '/' separators, to its bytes. */
    static Map<String, byte[]> files(Path root) {
      try (Stream<Path> walk = Files.walk(root)) {
        return walk.filter(Files::isRegularFile)
            .collect(
                Collectors.toMap(
                    p -> root.relativize(p).toString().replace(File.separatorChar, '/'),
                    Trees::read,
                    (a, b) -> a,
                    TreeMap::new));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * Every entry (files and folders) under root with a fingerprint of its content, for
     * before/after listings.
     */
    static Map<String, String> listing(Path root) {
      try (Stream<Path> walk = Files.walk(root)) {
        return walk.filter(p -> !p.equals(root))
            .collect(
                Collectors.toMap(
                    p -> root.relativize(p).toString().replace(File.separatorChar, '/'),
                    p -> Files.isDirectory(p) ? "folder" : "file sha-256 " + sha256(read(p)),
                    (a, b) -> a,
                    TreeMap::new));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static byte[] read(Path file) {
      try {
        return Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static String sha256(byte[] bytes) {
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
