package org.foikb.digest;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;

/**
 * The SHA-256 of each input file as the last build took it, with the file's size, times, inode and
 * device then: a file whose stamp is the same has not been written since, so its digest is taken
 * from here rather than by reading the file. As git does for its index, a file written less than
 * {@link #SETTLED} before the last build took its stamp is read again: a second write in the same
 * tick of the clock would leave the stamp as it was. The change time (which no program can set
 * back) catches a file copied over with its old modification time kept.
 *
 * <p>Kept beside the load cache, checked as it is: a file that is not one of these, is cut short or
 * fails its checksum is ignored with a note, and every file is read.
 */
public final class FileStamps {
  private static final String FORMAT = "foikb file stamps 1";

  /** How long after a file's last change its stamp is trusted to tell of the next one. */
  static final long SETTLED = TimeUnit.SECONDS.toNanos(2);

  /** What the file system says of a file, in nanoseconds since 1970 for the times. */
  public record Stamp(long size, long modified, long changed, long inode, long device) {
    /**
     * The stamp of a regular file, without following a link; nothing where the system cannot say
     * (which is never on Linux or macOS), so that such a file is always read.
     */
    public static Optional<Stamp> of(Path file) throws IOException {
      Map<String, Object> unix;
      try {
        unix =
            Files.readAttributes(
                file, "unix:size,lastModifiedTime,ctime,ino,dev", LinkOption.NOFOLLOW_LINKS);
      } catch (UnsupportedOperationException | IllegalArgumentException e) {
        return Optional.empty();
      }
      return Optional.of(
          new Stamp(
              (Long) unix.get("size"),
              nanos((FileTime) unix.get("lastModifiedTime")),
              nanos((FileTime) unix.get("ctime")),
              (Long) unix.get("ino"),
              (Long) unix.get("dev")));
    }

    private static long nanos(FileTime time) {
      Instant instant = time.toInstant();
      return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
  }

  private record Entry(Stamp stamp, byte[] digest) {}

  private final Map<String, Entry> known;
  private final long knownTakenAt;
  private final long takenAt;
  private final boolean keeps;
  private final Map<String, Entry> taken = new ConcurrentHashMap<>();
  private final AtomicInteger reused = new AtomicInteger();

  private FileStamps(Map<String, Entry> known, long knownTakenAt, long takenAt, boolean keeps) {
    this.known = known;
    this.knownTakenAt = knownTakenAt;
    this.takenAt = takenAt;
    this.keeps = keeps;
  }

  /** No stamps, for a build that keeps no cache: files are read and their stamps not taken. */
  public static FileStamps off() {
    return new FileStamps(Map.of(), 0, 0, false);
  }

  /** Stamps taken from {@code now} on, knowing none from before: every file is read. */
  public static FileStamps none(Instant now) {
    return new FileStamps(Map.of(), 0, nanos(now), true);
  }

  /** Whether this build takes stamps, to keep them for the next. */
  public boolean keeps() {
    return keeps;
  }

  /**
   * Stamps taken from {@code now} on, knowing those {@code file} keeps (if it is there and can be
   * trusted; if it cannot, {@code notes} is told why).
   */
  public static FileStamps after(Path file, Instant now, Consumer<String> notes) {
    try {
      return read(file, nanos(now));
    } catch (NoSuchFileException e) {
      return none(now);
    } catch (IOException | RuntimeException e) {
      notes.accept(
          "the file stamps in " + file + " were ignored: they are damaged; every file is read");
      return none(now);
    }
  }

  private static long nanos(Instant instant) {
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }

  /**
   * The digest of the file named {@code name} if its stamp is what the last build saw, and the file
   * had settled by then; either way, with {@link #record}, this build's stamps hold it.
   */
  public Optional<byte[]> digest(String name, Stamp stamp) {
    Entry entry = known.get(name);
    if (entry == null
        || !entry.stamp().equals(stamp)
        || Math.max(stamp.modified(), stamp.changed()) > knownTakenAt - SETTLED) {
      return Optional.empty();
    }
    taken.put(name, entry);
    reused.incrementAndGet();
    return Optional.of(entry.digest());
  }

  /** Records the digest of a file this build read, with the stamp it had before it was read. */
  public void record(String name, Stamp stamp, byte[] digest) {
    if (keeps) {
      taken.put(name, new Entry(stamp, digest));
    }
  }

  /** How many files' digests were taken from the last build's stamps rather than read. */
  public int reused() {
    return reused.get();
  }

  /** How many files this build stamped, read or not. */
  public int size() {
    return taken.size();
  }

  /** Writes this build's stamps in place of {@code file} (see {@link ChecksummedFile#replace}). */
  public void write(Path file) {
    try {
      ChecksummedFile.replace(
          file,
          out -> {
            out.writeUTF(FORMAT);
            out.writeLong(takenAt);
            out.writeInt(taken.size());
            for (Map.Entry<String, Entry> entry : taken.entrySet()) {
              byte[] name = entry.getKey().getBytes(StandardCharsets.UTF_8);
              out.writeInt(name.length);
              out.write(name);
              Stamp stamp = entry.getValue().stamp();
              out.writeLong(stamp.size());
              out.writeLong(stamp.modified());
              out.writeLong(stamp.changed());
              out.writeLong(stamp.inode());
              out.writeLong(stamp.device());
              out.write(entry.getValue().digest());
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the file stamps in " + file, e);
    }
  }

  private static FileStamps read(Path file, long now) throws IOException {
    CRC32 crc = new CRC32();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc));
      if (!FORMAT.equals(in.readUTF())) {
        throw new IOException("not a file of stamps");
      }
      long knownTakenAt = in.readLong();
      int count = in.readInt();
      if (count < 0 || count > 1 << 24) {
        throw new IOException("a count out of range");
      }
      Map<String, Entry> known = new HashMap<>(Math.max(16, count * 2));
      for (int i = 0; i < count; i++) {
        int length = in.readInt();
        if (length < 0 || length > 1 << 16) {
          throw new IOException("a name out of range");
        }
        byte[] name = in.readNBytes(length);
        Stamp stamp =
            new Stamp(in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong());
        byte[] digest = in.readNBytes(32);
        if (name.length < length || digest.length < 32) {
          throw new EOFException();
        }
        known.put(new String(name, StandardCharsets.UTF_8), new Entry(stamp, digest));
      }
      long computed = crc.getValue();
      if (new DataInputStream(raw).readLong() != computed || raw.read() != -1) {
        throw new IOException("the checksum does not match");
      }
      return new FileStamps(known, knownTakenAt, now, true);
    }
  }
}
