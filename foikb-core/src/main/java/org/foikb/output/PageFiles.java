package org.foikb.output;

import java.io.Writer;

/**
 * Where the page renderers put the site's files: the site's writer, or for a preview of a few
 * pages, memory.
 */
public interface PageFiles extends SiteFiles {
  /**
   * Writes a page made from {@code key}, a digest of everything it shows, for the next build to
   * compare with.
   */
  void write(String relativePath, byte[] bytes, byte[] key);

  /**
   * Keeps the page the last build made from the same {@code key} without rendering it again; false
   * if the caller must render it.
   */
  boolean keepMadeFrom(String relativePath, byte[] key);

  /** Opens one file to be written a piece at a time; the caller closes it. */
  Writer stream(String relativePath);
}
