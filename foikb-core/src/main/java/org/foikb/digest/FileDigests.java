package org.foikb.digest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SHA-256 of each content file a build read, by its path in the content folder: what a page
 * made from a file depends on, so that a page whose files are unchanged need not be made again.
 * Safe to fill from many threads.
 */
public final class FileDigests {
  private final Map<String, byte[]> digests = new ConcurrentHashMap<>();

  public void put(String path, byte[] digest) {
    digests.put(path, digest);
  }

  /** The digest of a file the build read; asking for another is a bug. */
  public byte[] of(String path) {
    byte[] digest = digests.get(path);
    if (digest == null) {
      throw new IllegalStateException("no digest was taken of " + path);
    }
    return digest;
  }
}
