package org.foikb.output;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.foikb.digest.Digests;

/**
 * The only code that writes the site. Nothing reaches the output folder before the whole build has
 * succeeded: files go into a staging folder beside it first.
 *
 * <p>A first or clean build stages the whole site, which then replaces the old one in two moves. A
 * rebuild over a site foikb built stages only the files whose bytes changed; a file whose bytes are
 * the same, or a page made from the same inputs ({@link #keepMadeFrom}), stays where it is,
 * untouched. Its commit moves each staged file into place, then removes the files the new site no
 * longer has. A rebuild stopped during that is finished by the next run, which finds the staging
 * folder marked ready; one stopped before is discarded, and the old site is as it was.
 *
 * <pre>{@code
 * try (SiteWriter writer = SiteWriter.open(Path.of("target/public"))) {
 *   writer.write("index.html", html);
 *   writer.commit(); // without this, close() deletes the staging folder and the old site stays
 * }
 * }</pre>
 */
public final class SiteWriter implements PageFiles, AutoCloseable {
  /** Marks a folder as a site foikb built, and so one it may replace. */
  static final String MARKER = ".foikb-site";

  /**
   * Written into the staging folder of a rebuild once every file is staged: it lists the files to
   * remove, and says the rest of the commit may be done again by whichever run finds it.
   */
  private static final String READY = ".foikb-ready";

  /** The marker's line that records the digest of what the site was built from. */
  private static final String INPUTS = "inputs ";

  private final Path target;
  private final Path staging;
  private final Path previous;
  private final boolean keepUnchanged;

  /** Whether only changed files are staged, the rest left in place (see the class comment). */
  private final boolean update;

  private final MadeFrom previousPages;
  private final MadeFrom pages;
  private final AtomicLong filesWritten = new AtomicLong();
  private final AtomicLong pagesMade = new AtomicLong();
  private final AtomicLong pagesKept = new AtomicLong();
  private final Set<Path> madeFolders = ConcurrentHashMap.newKeySet();

  /** Every file of the new site, by its path below the output folder. */
  private final Set<String> inSite = ConcurrentHashMap.newKeySet();

  private final AtomicBoolean closed = new AtomicBoolean();
  private boolean committed;

  private SiteWriter(Path target, String inputs, boolean keepUnchanged, MadeFrom previousPages) {
    this.target = target;
    this.keepUnchanged = keepUnchanged;
    this.previousPages = keepUnchanged ? previousPages : MadeFrom.none();
    this.pages = MadeFrom.of(inputs);
    this.update = keepUnchanged && Files.isRegularFile(target.resolve(MARKER));
    String name = target.getFileName().toString();
    this.staging = target.resolveSibling("." + name + ".foikb-staging");
    this.previous = target.resolveSibling("." + name + ".foikb-previous");
  }

  /** Prepares a fresh staging folder, first repairing anything an interrupted build left. */
  public static SiteWriter open(Path out) {
    return open(out, "");
  }

  /**
   * Like {@link #open(Path)}, and the marker records {@code inputs}, the digest of what the site is
   * built from; it is swapped in with the site, so it always describes the site beside it.
   */
  public static SiteWriter open(Path out, String inputs) {
    return open(out, inputs, true);
  }

  /**
   * Like {@link #open(Path, String)}; with {@code keepUnchanged}, a file whose bytes equal those of
   * the same file in the site in place is left as it is rather than written again, so that a
   * rebuild rewrites only what changed and a deployment that compares times or inodes sends only
   * that. The comparison reads the old bytes: nothing recorded is trusted.
   */
  public static SiteWriter open(Path out, String inputs, boolean keepUnchanged) {
    return open(out, inputs, keepUnchanged, MadeFrom.none());
  }

  /**
   * Like {@link #open(Path, String, boolean)}; {@code previousPages} records what each page of the
   * site in place was made from, for {@link #keepMadeFrom}.
   */
  public static SiteWriter open(
      Path out, String inputs, boolean keepUnchanged, MadeFrom previousPages) {
    repair(out);
    SiteWriter writer =
        new SiteWriter(out.toAbsolutePath().normalize(), inputs, keepUnchanged, previousPages);
    try {
      Files.createDirectories(writer.staging);
      Files.writeString(
          writer.staging.resolve(MARKER),
          "built by foikb; this folder is replaced by each build\n"
              + (inputs.isEmpty() ? "" : INPUTS + inputs + "\n"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + writer.staging, e);
    }
    return writer;
  }

  /**
   * Refuses an output folder whose replacement would destroy other files: the content folder, a
   * folder holding it or inside it, or an existing folder that is neither empty nor a foikb site.
   */
  public static void checkReplaceable(Path out, Path content) {
    Path target = out.toAbsolutePath().normalize();
    Path source = content.toAbsolutePath().normalize();
    try {
      source = content.toRealPath();
      if (Files.exists(target)) {
        target = target.toRealPath();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (target.startsWith(source) || source.startsWith(target)) {
      throw new UnsafeOutputException(
          "the output folder "
              + out
              + " overlaps the content folder "
              + content
              + "; choose a folder outside it, e.g. target/public");
    }
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new UnsafeOutputException("the output " + out + " is a file, not a folder");
    }
    if (Files.isDirectory(target) && !Files.exists(target.resolve(MARKER)) && !isEmpty(target)) {
      throw new UnsafeOutputException(
          "the output folder "
              + out
              + " holds files foikb did not build;"
              + " each build replaces the whole folder, so choose a new or empty one");
    }
  }

  private static boolean isEmpty(Path folder) {
    try (var entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The digest of the inputs that the site in {@code out} was built from, if it records one. */
  public static Optional<String> recordedInputs(Path out) {
    Path marker = out.resolve(MARKER);
    if (!Files.isRegularFile(marker)) {
      return Optional.empty();
    }
    try {
      return Files.readAllLines(marker).stream()
          .filter(line -> line.startsWith(INPUTS))
          .map(line -> line.substring(INPUTS.length()))
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Where files are being written; tests use it to interrupt a build. */
  public Path staging() {
    return staging;
  }

  @Override
  public void write(String relativePath, String text) {
    write(relativePath, text.getBytes(StandardCharsets.UTF_8));
  }

  /** How many files have been written (or kept) so far; safe to read from any thread. */
  public long filesWritten() {
    return filesWritten.get();
  }

  /**
   * Writes one file; a path that would leave the output folder is a bug, never written. The file's
   * key is the digest of its bytes, so that when the last build left the same bytes there (and the
   * file still has the size and time it was left with) they need not be read to be compared.
   */
  @Override
  public void write(String relativePath, byte[] bytes) {
    byte[] digest = Digests.sha256(bytes);
    if (!keepRecorded(relativePath, digest)) {
      record(relativePath, digest, writeFile(relativePath, bytes));
    }
  }

  /**
   * Writes a page made from {@code key} (see {@link #keepMadeFrom}), and records the key for the
   * next build.
   */
  @Override
  public void write(String relativePath, byte[] bytes, byte[] key) {
    record(relativePath, key, writeFile(relativePath, bytes));
    pagesMade.incrementAndGet();
  }

  private void record(String relativePath, byte[] key, BasicFileAttributes file) {
    pages.put(
        relativePath,
        new MadeFrom.Entry(key, file.size(), file.lastModifiedTime().to(NANOSECONDS)));
  }

  /**
   * Keeps the page at {@code relativePath} without rendering it, if the site in place has it made
   * from the same {@code key} and its file still has the size and time it was left with; false if
   * the caller must render it.
   */
  @Override
  public boolean keepMadeFrom(String relativePath, byte[] key) {
    if (!keepRecorded(relativePath, key)) {
      return false;
    }
    pagesMade.incrementAndGet();
    pagesKept.incrementAndGet();
    return true;
  }

  /** Keeps the file the record says was made from {@code key}, if it is as the record left it. */
  private boolean keepRecorded(String relativePath, byte[] key) {
    Optional<MadeFrom.Entry> entry = previousPages.entry(relativePath);
    if (entry.isEmpty() || !Arrays.equals(entry.get().key(), key)) {
      return false;
    }
    Path file = stagedFile(relativePath);
    try {
      Optional<OldFile> old = previousFile(relativePath, entry.get().size());
      if (old.isEmpty() || old.get().modified() != entry.get().modified()) {
        return false;
      }
      if (!update) {
        makeFolder(file.getParent());
        if (!link(old.get().path(), file)) {
          return false;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep " + file, e);
    }
    inSite.add(relativePath(file));
    pages.put(relativePath, entry.get());
    filesWritten.incrementAndGet();
    return true;
  }

  /** How many pages were kept without being rendered, by {@link #keepMadeFrom}. */
  public long pagesKept() {
    return pagesKept.get();
  }

  /** How many pages were written from a key or kept by one. */
  public long pagesMade() {
    return pagesMade.get();
  }

  /** The files written so far and what each page was made from; for the next build's writer. */
  public MadeFrom madeFrom() {
    return pages;
  }

  /** Writes one file, or keeps the old one if its bytes are the same, and gives its attributes. */
  private BasicFileAttributes writeFile(String relativePath, byte[] bytes) {
    Path file = stagedFile(relativePath);
    try {
      inSite.add(relativePath(file));
      Optional<OldFile> old = previousFile(relativePath, bytes.length);
      boolean same = old.isPresent() && Arrays.equals(Files.readAllBytes(old.get().path()), bytes);
      filesWritten.incrementAndGet();
      if (same && update) {
        // a path written twice may have staged other bytes the first time
        Files.deleteIfExists(file);
        return old.get().attributes();
      }
      makeFolder(file.getParent());
      if (!same || !link(old.get().path(), file)) {
        unlinkStaged(file);
        Files.write(file, bytes);
      }
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private String relativePath(Path staged) {
    return staging.relativize(staged).toString().replace(java.io.File.separatorChar, '/');
  }

  private void makeFolder(Path folder) throws IOException {
    if (!madeFolders.contains(folder)) {
      Files.createDirectories(folder);
      madeFolders.add(folder);
    }
  }

  /** A file of the site in place, with the attributes read when it was found. */
  private record OldFile(Path path, BasicFileAttributes attributes) {
    long modified() {
      return attributes.lastModifiedTime().to(NANOSECONDS);
    }
  }

  /**
   * The same file in the site in place, if unchanged files are kept and it is a plain file of
   * {@code size} bytes: a link or a folder there is not something to keep.
   */
  private Optional<OldFile> previousFile(String relativePath, long size) throws IOException {
    if (!keepUnchanged) {
      return Optional.empty();
    }
    Path old = target.resolve(relativePath).normalize();
    if (!old.startsWith(target)) {
      return Optional.empty();
    }
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return attributes.isRegularFile() && attributes.size() == size
          ? Optional.of(new OldFile(old, attributes))
          : Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /**
   * A path written twice may hold a kept file, whose inode the live site shares: writing into it
   * would change the live site, so the new bytes get an inode of their own.
   */
  private void unlinkStaged(Path staged) throws IOException {
    if (keepUnchanged) {
      Files.deleteIfExists(staged);
    }
  }

  /**
   * Puts the old file's inode at {@code staged}, for a site staged whole; false where the file
   * system cannot link, and the caller then writes the bytes.
   */
  private static boolean link(Path old, Path staged) throws IOException {
    try {
      Files.deleteIfExists(staged);
      Files.createLink(staged, old);
      return true;
    } catch (UnsupportedOperationException | FileSystemException e) {
      return false;
    }
  }

  /**
   * Opens one file for writing a piece at a time, for files too large to hold whole (a large log's
   * open data); the caller closes it.
   */
  @Override
  public java.io.Writer stream(String relativePath) {
    Path file = stagedFile(relativePath);
    try {
      inSite.add(relativePath(file));
      makeFolder(file.getParent());
      unlinkStaged(file);
      return new FilterWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        @Override
        public void close() throws IOException {
          super.close();
          // a streamed file is too large to hold, so it is compared once written
          Optional<OldFile> old = previousFile(relativePath, Files.size(file));
          BasicFileAttributes left;
          if (old.isPresent() && Files.mismatch(old.get().path(), file) == -1) {
            if (update) {
              Files.delete(file);
            } else {
              link(old.get().path(), file);
            }
            left = old.get().attributes();
          } else {
            left = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
          }
          record(relativePath, MadeFrom.NOT_A_PAGE, left);
          filesWritten.incrementAndGet();
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Where a file goes in the staging folder; a path that would leave it is a bug, never written.
   */
  private Path stagedFile(String relativePath) {
    if (closed.get()) {
      throw new IllegalStateException("the build was abandoned; not writing " + relativePath);
    }
    Path file = staging.resolve(relativePath).normalize();
    if (!file.startsWith(staging) || file.equals(staging)) {
      throw new IllegalArgumentException(
          "refusing to write outside the output folder: " + relativePath);
    }
    return file;
  }

  /** Puts the staged site in place: see the class comment for the two ways. */
  public void commit() {
    try {
      if (update) {
        Path ready = staging.resolve(READY);
        Path fresh = staging.resolve(READY + ".new");
        Files.write(fresh, gone());
        Files.move(fresh, ready, StandardCopyOption.ATOMIC_MOVE);
        finishUpdate();
      } else {
        if (Files.exists(target)) {
          Files.move(target, previous);
        }
        Files.move(staging, target);
        Trees.delete(previous);
      }
      committed = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace " + target, e);
    }
  }

  /**
   * The files of the site in place that the new site does not have: those its record lists, or,
   * without a record, those found by walking it (which takes seconds on a large site).
   */
  private List<String> gone() throws IOException {
    List<String> gone = new ArrayList<>();
    if (previousPages.isKnown()) {
      previousPages.paths().stream().filter(path -> !inSite.contains(path)).forEach(gone::add);
      return gone;
    }
    try (Stream<Path> walk = Files.walk(target)) {
      walk.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
          .map(path -> target.relativize(path).toString().replace(java.io.File.separatorChar, '/'))
          .filter(path -> !path.equals(MARKER) && !inSite.contains(path))
          .forEach(gone::add);
    }
    return gone;
  }

  /**
   * Moves each staged file into the site, removes the files listed as gone, and the marker last, so
   * that until the end the site records the inputs of the old build. Safe to run again after a
   * stop: what was moved is no longer staged, and what was removed is gone.
   */
  private void finishUpdate() throws IOException {
    List<String> gone = Files.readAllLines(staging.resolve(READY));
    List<Path> staged;
    try (Stream<Path> walk = Files.walk(staging)) {
      staged =
          walk.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
              .filter(path -> !path.getParent().equals(staging) || !isOwnFile(path))
              .toList();
    }
    for (Path file : staged) {
      Path place = target.resolve(staging.relativize(file));
      if (Files.isDirectory(place, LinkOption.NOFOLLOW_LINKS)) {
        Trees.delete(place);
      }
      Files.createDirectories(place.getParent());
      Files.move(file, place, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    for (String path : gone) {
      Path file = target.resolve(path).normalize();
      if (file.startsWith(target) && Files.deleteIfExists(file)) {
        removeEmptyFolders(file.getParent());
      }
    }
    Path marker = staging.resolve(MARKER);
    if (Files.exists(marker)) {
      Files.move(
          marker,
          target.resolve(MARKER),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    }
    Trees.delete(staging);
  }

  private static boolean isOwnFile(Path file) {
    String name = file.getFileName().toString();
    return name.equals(MARKER) || name.startsWith(READY);
  }

  private void removeEmptyFolders(Path folder) throws IOException {
    for (Path f = folder;
        f != null && f.startsWith(target) && !f.equals(target);
        f = f.getParent()) {
      try {
        Files.delete(f);
      } catch (DirectoryNotEmptyException e) {
        return;
      }
    }
  }

  @Override
  public void close() {
    if (!committed) {
      closed.set(true);
      // a failed parallel render returns while sibling tasks may still be writing: let them stop
      // first
      ForkJoinPool.commonPool().awaitQuiescence(1, TimeUnit.MINUTES);
      Trees.delete(staging);
    }
  }

  /**
   * Repairs what an interrupted build left beside {@code out}: runs before every build, refused
   * ones included, so no temporary folder outlives the next run.
   */
  public static void repair(Path out) {
    new SiteWriter(out.toAbsolutePath().normalize(), "", false, MadeFrom.none()).recover();
  }

  /**
   * A build killed mid-way leaves a staging folder, or (between the two moves of a whole site) only
   * the previous site; a rebuild killed while its files were being moved into place leaves its
   * staging folder marked ready, and its moves are finished.
   */
  private void recover() {
    try {
      if (Files.isRegularFile(staging.resolve(READY)) && Files.isDirectory(target)) {
        finishUpdate();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish updating " + target + " from " + staging, e);
    }
    if (!Files.exists(target) && Files.exists(previous)) {
      try {
        Files.move(previous, target);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot restore " + target + " from " + previous, e);
      }
    }
    Trees.delete(previous);
    Trees.delete(staging);
  }
}
