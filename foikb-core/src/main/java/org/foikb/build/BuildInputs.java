package org.foikb.build;

import static org.foikb.digest.Digests.sha256;
import static org.foikb.digest.Digests.update;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A digest of everything a build reads: the bytes and names of every file under the content and
 * templates folders, the options, and foikb's version (for a snapshot, also the size and time of
 * its jar, which change with every build of foikb). Two builds with equal digests write the same
 * site, so a build whose output already records this digest can be skipped.
 *
 * <pre>{@code
 * String digest = BuildInputs.digest(Path.of("content"), Optional.empty(), "strict=false");
 * }</pre>
 */
public final class BuildInputs {
  private static final int BUFFER = 1 << 16;

  private BuildInputs() {}

  /** The digest as 64 hex digits; {@code options} is any text that names the build's options. */
  public static String digest(Path content, Optional<Path> templates, String options) {
    MessageDigest sha = sha256();
    update(sha, "foikb " + code());
    update(sha, "options " + options);
    addFolder(sha, "content", content);
    templates.ifPresent(folder -> addFolder(sha, "templates", folder));
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * A digest of what every page depends on besides the content: foikb, the templates and the
   * options. The content enters each page's key file by file (see the renderer).
   */
  public static byte[] pageInputs(Optional<Path> templates, String options) {
    MessageDigest sha = sha256();
    update(sha, "foikb " + code());
    update(sha, "options " + options);
    templates.ifPresent(folder -> addFolder(sha, "templates", folder));
    return sha.digest();
  }

  private static void addFolder(MessageDigest sha, String role, Path folder) {
    update(sha, role);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    byte[] buffer = new byte[BUFFER];
    for (Path file : files) {
      String name = folder.relativize(file).toString().replace('\\', '/');
      try {
        if (Files.isSymbolicLink(file)) {
          // the loader decides whether a link is followed; its target names what it would read
          update(sha, "link " + name + " -> " + Files.readSymbolicLink(file));
        }
        if (!Files.isRegularFile(file)) {
          continue;
        }
        update(sha, "file " + name + " " + Files.size(file));
        try (var in = Files.newInputStream(file)) {
          for (int n; (n = in.read(buffer)) > 0; ) {
            sha.update(buffer, 0, n);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
  }

  /** Names the foikb that runs: its version and, for a snapshot, its code. */
  public static String code() {
    return FoikbVersion.VERSION + " " + codeIdentity();
  }

  /** A snapshot's version stays the same while its code changes: the jar's size and time tell. */
  private static String codeIdentity() {
    if (!FoikbVersion.VERSION.endsWith("-SNAPSHOT")) {
      return "";
    }
    try {
      Path code =
          Path.of(BuildInputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(code)
          ? Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis()
          : code.toString();
    } catch (IOException | URISyntaxException | SecurityException | NullPointerException e) {
      // unknown code: a digest no output records, so the build always runs
      return String.valueOf(System.nanoTime());
    }
  }
}
