package org.foikb.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, as every digest foikb keeps is made: of inputs, of files, of what a cache holds. */
public final class Digests {
  private Digests() {}

  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  public static byte[] sha256(byte[] bytes) {
    return sha256().digest(bytes);
  }

  /** Adds a text and a NUL after it, so that "ab" + "c" and "a" + "bc" differ. */
  public static void update(MessageDigest sha, String text) {
    sha.update(text.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }
}
