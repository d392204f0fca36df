package org.foikb.output;

/**
 * Where a stage puts the files it makes, by their path below the site's root; the stage need not
 * know how, or whether, they reach the disk.
 */
public interface SiteFiles {
  void write(String relativePath, String text);

  void write(String relativePath, byte[] bytes);
}
