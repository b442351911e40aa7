package org.newsgraph.io;

import java.io.IOException;

/**
 * The bytes of an input are not UTF-8 text (malformed UTF-8, or NUL bytes as in binary files).
 * An {@link IOException} so it can travel through readers (commons-csv) to the format parser,
 * which turns it into a reject; it is not a failure of the underlying stream.
 */
final class BadTextException extends IOException {
  private static final long serialVersionUID = 1L;

  final long byteOffset;

  private BadTextException(String reason, long byteOffset) {
    super(reason);
    this.byteOffset = byteOffset;
  }

  static BadTextException invalidUtf8(long byteOffset) {
    return new BadTextException("invalid UTF-8 at byte " + byteOffset, byteOffset);
  }

  static BadTextException binary(long byteOffset) {
    return new BadTextException("binary data, not text (NUL byte at byte " + byteOffset + ")", byteOffset);
  }
}
