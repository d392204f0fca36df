package org.foikb.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.foikb.diag.Diagnostic;
import org.foikb.diag.Diagnostics;

/** Reads content files as strict UTF-8, reporting undecodable or binary files as content errors. */
final class TextReader {
  private TextReader() {}

  static Optional<SourceFile> read(Path file, String path, Diagnostics diagnostics) {
    return decode(bytes(file), file, path, diagnostics);
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The text of a file's bytes, or nothing (and an error) if they are not UTF-8 text. */
  static Optional<SourceFile> decode(
      byte[] bytes, Path file, String path, Diagnostics diagnostics) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        diagnostics.add(
            Diagnostic.error(path, 0, 0, "binary file: a NUL byte at byte offset " + i)
                .withHint("content files must be UTF-8 text; move other files out of content/"));
        return Optional.empty();
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      diagnostics.add(
          Diagnostic.error(
                  path,
                  lineAt(bytes, in.position()),
                  0,
                  "invalid UTF-8 at byte offset " + in.position())
              .withHint(
                  "save the file as UTF-8 (most editors offer this under 'Save as' or 'Encoding')"));
      return Optional.empty();
    }
    decoder.flush(out);
    out.flip();
    return Optional.of(new SourceFile(path, file, normalise(out.toString())));
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * Drops a byte-order mark and turns CRLF and lone CR into LF, so line numbers agree everywhere.
   */
  static String normalise(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (body.indexOf('\r') < 0) {
      return body;
    }
    return body.replace("\r\n", "\n").replace('\r', '\n');
  }
}
