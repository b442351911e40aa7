package org.newsgraph.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Streams UTF-8 bytes as chars with a REPORTing decoder: malformed input or a NUL byte raises a
 * {@link BadTextException} with its byte offset instead of being replaced silently. A leading
 * byte-order mark is skipped. Memory stays bounded (8 KiB of bytes, 8 Ki chars).
 */
final class StrictUtf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private final CharBuffer chars = CharBuffer.allocate(8192).flip();
  /** Bytes taken from {@code in} so far. */
  private long bytesRead;
  private boolean eof;
  private boolean flushed;

  StrictUtf8Reader(InputStream in) {
    this.in = in;
  }

  /** Byte offset (in the stream) of the next byte to decode. */
  long bytePosition() {
    return bytesRead - bytes.remaining();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (flushed) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, chars.remaining());
    chars.get(cbuf, off, n);
    return n;
  }

  /** Decodes at least one more char into {@code chars}, or reaches the end. */
  private void fill() throws IOException {
    chars.clear();
    try {
      while (chars.position() == 0) {
        CoderResult r = decoder.decode(bytes, chars, eof);
        if (r.isError()) {
          throw BadTextException.invalidUtf8(bytePosition());
        }
        if (chars.position() > 0) {
          break;
        }
        if (eof) {
          decoder.flush(chars);
          flushed = true;
          break;
        }
        readBytes();
      }
    } finally {
      chars.flip();
    }
  }

  private void readBytes() throws IOException {
    bytes.compact();
    int start = bytes.position();
    int n = in.read(bytes.array(), start, bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      int from = 0;
      if (bytesRead == 0 && start == 0 && n >= 3
          && (bytes.get(0) & 0xff) == 0xef && (bytes.get(1) & 0xff) == 0xbb && (bytes.get(2) & 0xff) == 0xbf) {
        from = 3; // skip the byte-order mark
      }
      for (int i = start; i < start + n; i++) {
        if (bytes.get(i) == 0) {
          throw BadTextException.binary(bytesRead + (i - start));
        }
      }
      bytes.position(start + n);
      bytesRead += n;
      bytes.flip();
      bytes.position(from);
      return;
    }
    bytes.flip();
  }

  @Override
  public void close() {
    // The caller owns the stream (it may be an archive entry): never close it here.
  }
}
