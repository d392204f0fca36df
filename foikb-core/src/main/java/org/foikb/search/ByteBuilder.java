package org.foikb.search;

import java.util.Arrays;

/**
 * A growable byte array for the index's binary parts. Unlike {@link java.io.ByteArrayOutputStream}
 * its writes are not synchronized, which showed when every posting of every frequent term went
 * through one.
 */
final class ByteBuilder {
  private byte[] bytes;
  private int length;

  ByteBuilder(int capacity) {
    bytes = new byte[Math.max(capacity, 8)];
  }

  void write(int b) {
    if (length == bytes.length) {
      bytes = Arrays.copyOf(bytes, length * 2);
    }
    bytes[length++] = (byte) b;
  }

  void write(byte[] more) {
    write(more, 0, more.length);
  }

  void write(byte[] from, int start, int count) {
    if (length + count > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(length * 2, length + count));
    }
    System.arraycopy(from, start, bytes, length, count);
    length += count;
  }

  int length() {
    return length;
  }

  /** The array written into, valid up to {@link #length()} until the next write. */
  byte[] bytes() {
    return bytes;
  }

  /** Unsigned LEB128: seven bits a byte, low bits first, high bit set when more follow. */
  void varint(int value) {
    while ((value & ~0x7f) != 0) {
      write((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    write(value);
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, length);
  }
}
