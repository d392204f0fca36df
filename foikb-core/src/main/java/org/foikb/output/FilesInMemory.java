package org.foikb.output;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;

/**
 * Files kept in memory instead of written, for a preview of a few pages: nothing here reaches the
 * site. Every page is rendered, since there is no last build's file to keep. Not thread-safe.
 */
public final class FilesInMemory implements PageFiles {
  private final Map<String, byte[]> files = new TreeMap<>();

  /** The files written, by their path below the site's root. */
  public Map<String, byte[]> files() {
    return files;
  }

  @Override
  public void write(String relativePath, String text) {
    write(relativePath, text.getBytes(UTF_8));
  }

  @Override
  public void write(String relativePath, byte[] bytes) {
    files.put(relativePath, bytes);
  }

  @Override
  public void write(String relativePath, byte[] bytes, byte[] key) {
    write(relativePath, bytes);
  }

  @Override
  public boolean keepMadeFrom(String relativePath, byte[] key) {
    return false;
  }

  @Override
  public Writer stream(String relativePath) {
    return new StringWriter() {
      @Override
      public void close() {
        files.put(relativePath, toString().getBytes(UTF_8));
      }
    };
  }
}
