package org.foikb.output;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import org.foikb.digest.ChecksummedFile;

/**
 * Every file of one built site, with the size and time the build left it with, and its key: for a
 * page, a digest of everything its bytes depend on; for another file, the digest of its bytes. A
 * later build that gives a page the same key keeps that file without rendering the page, if the
 * file still has that size and time; and it removes the files listed here that it did not write,
 * with no walk of the site. It names the digest of the inputs of the site it describes, which the
 * site's marker records too, so a record that outlived its site (a build killed between the swap
 * and the writing of its record) is never used.
 *
 * <pre>{@code
 * MadeFrom previous = MadeFrom.read(file, SiteWriter.recordedInputs(out), System.err::println);
 * }</pre>
 */
public final class MadeFrom {
  private static final String FORMAT = "foikb made-from 2";

  /**
   * A file's key (empty for one written a piece at a time) and its size and time of last
   * modification in nanoseconds.
   */
  record Entry(byte[] key, long size, long modified) {}

  /** The key of a file written a piece at a time, whose digest is not taken. */
  static final byte[] NOT_A_PAGE = new byte[0];

  private final String inputs;
  private final Map<String, Entry> entries;

  private MadeFrom(String inputs, Map<String, Entry> entries) {
    this.inputs = inputs;
    this.entries = entries;
  }

  /** A record of nothing, so that every page is rendered. */
  public static MadeFrom none() {
    return new MadeFrom("", Map.of());
  }

  /** A record to fill while a site made from {@code inputs} (their digest) is written. */
  static MadeFrom of(String inputs) {
    return new MadeFrom(inputs, new ConcurrentHashMap<>());
  }

  /** Whether this is a record of a site, rather than {@link #none()}. */
  boolean isKnown() {
    return !inputs.isEmpty();
  }

  /** The paths of the site's files. */
  java.util.Set<String> paths() {
    return entries.keySet();
  }

  Optional<Entry> entry(String relativePath) {
    return Optional.ofNullable(entries.get(relativePath));
  }

  void put(String relativePath, Entry entry) {
    entries.put(relativePath, entry);
  }

  /**
   * The record in {@code file} if it is whole and describes a site made from the inputs the site in
   * place records ({@code liveInputs}); otherwise none, with a note saying why (none if there is no
   * file).
   */
  public static MadeFrom read(Path file, Optional<String> liveInputs, Consumer<String> note) {
    String why;
    try {
      byte[] bytes = Files.readAllBytes(file);
      why = problem(bytes);
      if (why == null) {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        in.readUTF();
        String madeFrom = in.readUTF();
        int count = in.readInt();
        Map<String, Entry> entries = new ConcurrentHashMap<>(Math.max(16, count * 4 / 3 + 1));
        for (int i = 0; i < count; i++) {
          String path = in.readUTF();
          int length = in.readUnsignedByte();
          byte[] key = length == 0 ? NOT_A_PAGE : in.readNBytes(length);
          if (key.length < length) {
            throw new EOFException();
          }
          entries.put(path, new Entry(key, in.readLong(), in.readLong()));
        }
        if (in.available() != Long.BYTES) {
          why = "it has been changed since it was written";
        } else if (madeFrom.isEmpty() || liveInputs.filter(madeFrom::equals).isEmpty()) {
          why = "it describes another build of the site than the one in place";
        } else {
          return new MadeFrom(madeFrom, entries);
        }
      }
    } catch (NoSuchFileException e) {
      return none();
    } catch (EOFException e) {
      why = "it has been changed since it was written";
    } catch (IOException e) {
      why = "it cannot be read: " + e.getMessage();
    }
    note.accept(
        "the record of what each page was made from in "
            + file
            + " was ignored: "
            + why
            + "; every page is rendered");
    return none();
  }

  /** What is wrong with a record's bytes before they are parsed, or null: its format, its sum. */
  private static String problem(byte[] bytes) throws IOException {
    byte[] format = FORMAT.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < 2 + format.length + Long.BYTES
        || !Arrays.equals(bytes, 2, 2 + format.length, format, 0, format.length)) {
      return bytes.length < 2 + format.length + Long.BYTES
          ? "it is cut short"
          : "it is not a record foikb can read, or one from another version";
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - Long.BYTES);
    long recorded = ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong();
    return recorded == crc.getValue()
        ? null
        : "it has been changed since it was written, or cut short";
  }

  /** Writes the record beside {@code file} and moves it into place, so no reader sees half. */
  public void write(Path file) {
    try {
      ChecksummedFile.replace(
          file,
          out -> {
            out.writeUTF(FORMAT);
            out.writeUTF(inputs);
            out.writeInt(entries.size());
            for (Map.Entry<String, Entry> each : entries.entrySet()) {
              out.writeUTF(each.getKey());
              out.writeByte(each.getValue().key().length);
              out.write(each.getValue().key());
              out.writeLong(each.getValue().size());
              out.writeLong(each.getValue().modified());
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
