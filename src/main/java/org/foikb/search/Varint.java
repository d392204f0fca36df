package org.foikb.search;

import java.io.ByteArrayOutputStream;

/** Unsigned LEB128: seven bits a byte, low bits first, high bit set when more follow. */
final class Varint {
  private Varint() {}

  static void write(ByteArrayOutputStream out, int value) {
    while ((value & ~0x7f) != 0) {
      out.write((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    out.write(value);
  }
}
