package org.foikb.build;

import static org.foikb.digest.Digests.sha256;
import static org.foikb.digest.Digests.update;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.foikb.digest.FileStamps;

/**
 * A digest of everything a build reads: the names and bytes of every file under the content and
 * templates folders, the options, and foikb's version (for a snapshot, also the size and time of
 * its jar, which change with every build of foikb). Two builds with equal digests write the same
 * site, so a build whose output already records this digest can be skipped. Each file is hashed on
 * its own, in parallel, and the content files' digests are kept: the loader takes an unchanged
 * request from the load cache by its digest without reading the file again.
 *
 * <pre>{@code
 * BuildInputs inputs = BuildInputs.read(Path.of("content"), Optional.empty(), "strict=false");
 * boolean same = inputs.digest().equals(recorded);
 * }</pre>
 *
 * @param digest the digest of everything, as 64 hex digits
 * @param contentFiles the SHA-256 of each regular file under the content folder, by its path there
 * @param pageInputs a digest of what every page depends on besides the content: foikb, the
 *     templates and the options (the content enters each page's key file by file)
 */
public record BuildInputs(
    String digest, Map<String, byte[]> contentFiles, byte[] pageInputs, FileStamps stamps) {
  /** Reads and hashes everything; {@code options} is any text that names the build's options. */
  public static BuildInputs read(Path content, Optional<Path> templates, String options) {
    return read(content, templates, options, FileStamps.off());
  }

  /**
   * Like {@link #read(Path, Optional, String)}, taking the digest of each file whose stamp {@code
   * stamps} knows rather than reading it, and recording there the stamps of all.
   */
  public static BuildInputs read(
      Path content, Optional<Path> templates, String options, FileStamps stamps) {
    MessageDigest all = sha256();
    MessageDigest pages = sha256();
    for (MessageDigest sha : List.of(all, pages)) {
      update(sha, "foikb " + code());
      update(sha, "options " + options);
    }
    Map<String, byte[]> contentFiles = addFolder(List.of(all), "content", content, stamps);
    templates.ifPresent(folder -> addFolder(List.of(all, pages), "templates", folder, stamps));
    return new BuildInputs(
        HexFormat.of().formatHex(all.digest()), contentFiles, pages.digest(), stamps);
  }

  /** The digest alone, as 64 hex digits. */
  public static String digest(Path content, Optional<Path> templates, String options) {
    return read(content, templates, options).digest();
  }

  /**
   * Adds the folder's files to each digest, each file by its name, size and digest, and gives the
   * files' digests by name.
   */
  private static Map<String, byte[]> addFolder(
      List<MessageDigest> shas, String role, Path folder, FileStamps stamps) {
    shas.forEach(sha -> update(sha, role));
    List<Found> files = list(folder);
    List<Entry> entries =
        files.parallelStream().map(file -> entry(role, folder, file, stamps)).toList();
    Map<String, byte[]> digests = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      String text = entries.get(i).text();
      shas.forEach(sha -> update(sha, text));
      byte[] digest = entries.get(i).digest();
      if (digest != null) {
        digests.put(name(folder, files.get(i).path()), digest);
      }
    }
    return digests;
  }

  /** A file and what one look at it told: a large log's files are many, and each look costs. */
  private record Found(Path path, BasicFileAttributes attributes) {}

  /** Every entry but folders, in name order, without following links. */
  private static List<Found> list(Path folder) {
    List<Found> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              found.add(new Found(file, attributes));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    found.sort(Comparator.comparing(Found::path));
    return found;
  }

  private static String name(Path folder, Path file) {
    return folder.relativize(file).toString().replace('\\', '/');
  }

  /** How the digest takes one file, and the file's own digest if it is one to read. */
  private record Entry(String text, byte[] digest) {}

  /** One file as the digest takes it: a link by its target, a file by its size and digest. */
  private static Entry entry(String role, Path folder, Found found, FileStamps stamps) {
    Path file = found.path();
    String name = name(folder, file);
    try {
      StringBuilder entry = new StringBuilder();
      BasicFileAttributes attributes = found.attributes();
      if (attributes.isSymbolicLink()) {
        // the loader decides whether a link is followed; its target names what it would read
        entry.append("link ").append(name).append(" -> ").append(Files.readSymbolicLink(file));
        if (!Files.isRegularFile(file)) {
          return new Entry(entry.toString(), null);
        }
        attributes = Files.readAttributes(file, BasicFileAttributes.class);
        entry.append('\n');
      } else if (!attributes.isRegularFile()) {
        return new Entry("", null);
      }
      byte[] digest =
          attributes.isSymbolicLink() || !stamps.keeps()
              ? digestOf(file, attributes.size())
              : stampedDigest(role + "/" + name, file, attributes.size(), stamps);
      entry.append("file ").append(name).append(' ').append(attributes.size()).append(' ');
      return new Entry(entry.append(HexFormat.of().formatHex(digest)).toString(), digest);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * A regular file's SHA-256, from {@code stamps} if it has not changed since the last build, else
   * read. The stamp is taken before the file is read, so that a write while it is read shows in the
   * next build's stamp; a file whose size is not what the listing saw is being written, and is read
   * without a stamp.
   */
  private static byte[] stampedDigest(String key, Path file, long size, FileStamps stamps)
      throws IOException {
    Optional<FileStamps.Stamp> stamp = FileStamps.Stamp.of(file);
    if (stamp.isEmpty() || stamp.get().size() != size) {
      return digestOf(file, size);
    }
    Optional<byte[]> known = stamps.digest(key, stamp.get());
    if (known.isPresent()) {
      return known.get();
    }
    byte[] digest = digestOf(file, size);
    stamps.record(key, stamp.get(), digest);
    return digest;
  }

  /**
   * A file's SHA-256. Content files are small and read whole, with no buffer to allocate for each
   * (64 KiB for each of 10,000 files made the check for a site up to date twice as slow); a large
   * one, which has no place in content/ but may be there, is read a piece at a time.
   */
  private static byte[] digestOf(Path file, long size) throws IOException {
    if (size <= WHOLE) {
      return sha256(Files.readAllBytes(file));
    }
    MessageDigest sha = sha256();
    byte[] buffer = new byte[1 << 16];
    try (var in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha.update(buffer, 0, n);
      }
    }
    return sha.digest();
  }

  private static final long WHOLE = 1 << 24;

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
