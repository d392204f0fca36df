package org.foikb.output;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * What each page of one built site was made from: its key (a digest of everything its bytes depend
 * on), and the size and time its file had when the build left it. A later build that gives a page
 * the same key keeps that file without rendering the page, if the file still has that size and
 * time. It names the digest of the inputs of the site it describes, which the site's marker records
 * too, so a record that outlived its site (a build killed between the swap and the writing of its
 * record) is never used.
 *
 * <pre>{@code
 * MadeFrom previous = MadeFrom.read(file, SiteWriter.recordedInputs(out), System.err::println);
 * }</pre>
 */
public final class MadeFrom {
  private static final String FORMAT = "foikb made-from 1";
  static final int KEY_LENGTH = 32;

  /** A page's key, and its file's size and time of last modification in nanoseconds. */
  record Entry(byte[] key, long size, long modified) {}

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

  /** How many pages it records. */
  public int size() {
    return entries.size();
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
          byte[] key = in.readNBytes(KEY_LENGTH);
          if (key.length < KEY_LENGTH) {
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
    Path fresh = file.resolveSibling(file.getFileName() + ".new");
    try {
      CheckedOutputStream checked =
          new CheckedOutputStream(
              new BufferedOutputStream(Files.newOutputStream(fresh), 1 << 16), new CRC32());
      try (DataOutputStream out = new DataOutputStream(checked)) {
        out.writeUTF(FORMAT);
        out.writeUTF(inputs);
        out.writeInt(entries.size());
        for (Map.Entry<String, Entry> each : entries.entrySet()) {
          out.writeUTF(each.getKey());
          out.write(each.getValue().key());
          out.writeLong(each.getValue().size());
          out.writeLong(each.getValue().modified());
        }
        out.flush();
        out.writeLong(checked.getChecksum().getValue());
      }
      Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
