package org.foikb.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file's Markdown body again at render time, so bodies never sit in memory all at once. */
public final class BodySource {
  private BodySource() {}

  /** The text from 1-based line {@code bodyLine} to the end, normalised as at load time. */
  public static String read(Path contentRoot, String path, int bodyLine) {
    String text;
    try {
      text =
          TextReader.normalise(Files.readString(contentRoot.resolve(path), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    int position = 0;
    for (int line = 1; line < bodyLine && position >= 0; line++) {
      position = text.indexOf('\n', position);
      position = position < 0 ? -1 : position + 1;
    }
    return position < 0 ? "" : text.substring(position);
  }
}
