package org.foikb.digest;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * How foikb writes the files it keeps between builds (the load cache's index, the file stamps, the
 * "asked before" lists, the record of the pages): what the caller writes, then the CRC-32 of it as
 * eight bytes, so that a reader can tell a file cut short or changed by hand from one it wrote.
 */
public final class ChecksummedFile {
  private ChecksummedFile() {}

  /** What goes in the file before its checksum. */
  @FunctionalInterface
  public interface Body {
    void writeTo(DataOutputStream out) throws IOException;
  }

  /**
   * Writes {@code body} and its checksum in place of {@code file}: under a name of its own beside
   * it first, then renamed, so that no reader sees half a file and builds writing at once each
   * leave a whole one, the last one's.
   */
  public static void replace(Path file, Body body) throws IOException {
    Files.createDirectories(file.getParent());
    Path written = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new");
    try {
      write(written, body);
      try {
        Files.move(
            written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(written);
    }
  }

  /**
   * Writes {@code body} and its checksum to {@code file}, for a caller that renames it into place
   * later (see {@link #replace} for one that need not).
   */
  public static void write(Path file, Body body) throws IOException {
    CRC32 crc = new CRC32();
    try (OutputStream raw = Files.newOutputStream(file);
        DataOutputStream out =
            new DataOutputStream(
                new BufferedOutputStream(new CheckedOutputStream(raw, crc), 1 << 16))) {
      body.writeTo(out);
      out.flush();
      // the checksum of everything before it, which the reader computes as it goes
      new DataOutputStream(raw).writeLong(crc.getValue());
    }
  }
}
