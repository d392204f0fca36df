package org.foikb.output;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The only code that writes the site: every file goes into a staging folder beside the output,
 * which replaces the output only when the whole build succeeds.
 *
 * <pre>{@code
 * try (SiteWriter writer = SiteWriter.open(Path.of("target/public"))) {
 *   writer.write("index.html", html);
 *   writer.commit(); // without this, close() deletes the staging folder and the old site stays
 * }
 * }</pre>
 */
public final class SiteWriter implements SiteFiles, AutoCloseable {
  /** Marks a folder as a site foikb built, and so one it may replace. */
  static final String MARKER = ".foikb-site";

  private final Path target;
  private final Path staging;
  private final Path previous;
  private final boolean keepUnchanged;
  private final AtomicLong filesWritten = new AtomicLong();
  private boolean committed;
  private final java.util.Set<Path> madeFolders =
      java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();
  private final MadeFrom previousPages;
  private MadeFrom pages = MadeFrom.of("");
  private final AtomicLong pagesKept = new AtomicLong();

  private SiteWriter(Path target, boolean keepUnchanged, MadeFrom previousPages) {
    this.target = target;
    this.keepUnchanged = keepUnchanged;
    this.previousPages = keepUnchanged ? previousPages : MadeFrom.none();
    String name = target.getFileName().toString();
    this.staging = target.resolveSibling("." + name + ".foikb-staging");
    this.previous = target.resolveSibling("." + name + ".foikb-previous");
  }

  /** The marker's line that records the digest of what the site was built from. */
  private static final String INPUTS = "inputs ";

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
   * the same file in the site being replaced is that file, linked rather than written again, so
   * that a rebuild rewrites only what changed and a deployment that compares times or inodes sends
   * only that. The comparison reads the old bytes: nothing recorded is trusted.
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
    SiteWriter writer =
        new SiteWriter(out.toAbsolutePath().normalize(), keepUnchanged, previousPages);
    writer.pages = MadeFrom.of(inputs);
    writer.recover();
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
  public static java.util.Optional<String> recordedInputs(Path out) {
    Path marker = out.resolve(MARKER);
    if (!Files.isRegularFile(marker)) {
      return java.util.Optional.empty();
    }
    try {
      return Files.readAllLines(marker).stream()
          .filter(line -> line.startsWith(INPUTS))
          .map(line -> line.substring(INPUTS.length()))
          .findFirst();
    } catch (IOException e) {
      return java.util.Optional.empty();
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

  /** Writes one file; a path that would leave the output folder is a bug, never written. */
  @Override
  public void write(String relativePath, byte[] bytes) {
    writeFile(relativePath, bytes);
  }

  /**
   * Writes a page made from {@code key} (see {@link #keepMadeFrom}), and records the key for the
   * next build.
   */
  public void write(String relativePath, byte[] bytes, byte[] key) {
    BasicFileAttributes written = writeFile(relativePath, bytes);
    pages.put(
        relativePath,
        new MadeFrom.Entry(key, written.size(), written.lastModifiedTime().to(NANOSECONDS)));
  }

  /**
   * Keeps the page at {@code relativePath} without rendering it, if the site in place has it made
   * from the same {@code key} and its file still has the size and time it was left with; false if
   * the caller must render it.
   */
  public boolean keepMadeFrom(String relativePath, byte[] key) {
    Optional<MadeFrom.Entry> entry = previousPages.entry(relativePath);
    if (entry.isEmpty() || !Arrays.equals(entry.get().key(), key)) {
      return false;
    }
    Path file = stagedFile(relativePath);
    try {
      Optional<Path> old = previousFile(relativePath, entry.get().size());
      if (old.isEmpty()
          || Files.getLastModifiedTime(old.get(), LinkOption.NOFOLLOW_LINKS).to(NANOSECONDS)
              != entry.get().modified()) {
        return false;
      }
      makeFolder(file.getParent());
      if (!keep(old.get(), file)) {
        return false;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep " + file, e);
    }
    pages.put(relativePath, entry.get());
    pagesKept.incrementAndGet();
    filesWritten.incrementAndGet();
    return true;
  }

  /** How many pages were kept without being rendered, by {@link #keepMadeFrom}. */
  public long pagesKept() {
    return pagesKept.get();
  }

  /** What each page written so far was made from; for the next build, once this one is in place. */
  public MadeFrom pages() {
    return pages;
  }

  /** Writes one file, or keeps the old one if its bytes are the same, and gives its attributes. */
  private BasicFileAttributes writeFile(String relativePath, byte[] bytes) {
    Path file = stagedFile(relativePath);
    try {
      makeFolder(file.getParent());
      Optional<Path> old = previousFile(relativePath, bytes.length);
      if (old.isEmpty()
          || !Arrays.equals(Files.readAllBytes(old.get()), bytes)
          || !keep(old.get(), file)) {
        unlinkStaged(file);
        Files.write(file, bytes);
      }
      filesWritten.incrementAndGet();
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private void makeFolder(Path folder) throws IOException {
    if (!madeFolders.contains(folder)) {
      Files.createDirectories(folder);
      madeFolders.add(folder);
    }
  }

  /**
   * The same file in the site being replaced, if unchanged files are kept and it is a plain file of
   * {@code size} bytes: a link or a folder there is not something to keep.
   */
  private Optional<Path> previousFile(String relativePath, long size) throws IOException {
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
          ? Optional.of(old)
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
   * Puts the old file's inode at {@code staged}; false where the file system cannot link, and the
   * caller then writes the bytes.
   */
  private static boolean keep(Path old, Path staged) throws IOException {
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
  public java.io.Writer stream(String relativePath) {
    Path file = stagedFile(relativePath);
    try {
      Files.createDirectories(file.getParent());
      unlinkStaged(file);
      return new FilterWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        @Override
        public void close() throws IOException {
          super.close();
          // a streamed file is too large to hold, so it is compared once written
          Optional<Path> old = previousFile(relativePath, Files.size(file));
          if (old.isPresent() && Files.mismatch(old.get(), file) == -1) {
            keep(old.get(), file);
          }
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

  /** Swaps the staged site in: the old output is moved aside, the new one renamed into place. */
  public void commit() {
    try {
      if (Files.exists(target)) {
        Files.move(target, previous);
      }
      Files.move(staging, target);
      Trees.delete(previous);
      committed = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace " + target, e);
    }
  }

  @Override
  public void close() {
    if (!committed) {
      closed.set(true);
      // a failed parallel render returns while sibling tasks may still be writing: let them stop
      // first
      java.util.concurrent.ForkJoinPool.commonPool()
          .awaitQuiescence(1, java.util.concurrent.TimeUnit.MINUTES);
      Trees.delete(staging);
    }
  }

  /**
   * Repairs what an interrupted build left beside {@code out}: runs before every build, refused
   * ones included, so no temporary folder outlives the next run.
   */
  public static void repair(Path out) {
    new SiteWriter(out.toAbsolutePath().normalize(), false, MadeFrom.none()).recover();
  }

  /**
   * A build killed mid-way leaves a staging folder, or (between the two moves) only the previous
   * site.
   */
  private void recover() {
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
