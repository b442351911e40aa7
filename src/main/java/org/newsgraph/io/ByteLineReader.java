package org.newsgraph.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n} or {@code \r\n}) without decoding, so each line can
 * be decoded strictly on its own (one bad line is one reject, the rest of the file still reads).
 * A line longer than {@code maxBytes} is not kept: its bytes are skipped and only counted, so an
 * oversized record cannot exhaust memory.
 */
final class ByteLineReader {
  private final InputStream in;
  private final int maxBytes;
  private final byte[] buf = new byte[65536];
  private int pos;
  private int lim;
  private byte[] line = new byte[4096];
  private int length;
  private long totalBytes;
  private long approxChars;
  private long lineNumber;
  private long lineStart;
  private long offset;

  ByteLineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** Advances to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    length = 0;
    totalBytes = 0;
    approxChars = 0;
    lineStart = offset;
    boolean any = false;
    while (true) {
      if (pos == lim) {
        int n = in.read(buf);
        if (n < 0) {
          if (!any) {
            return false;
          }
          break;
        }
        pos = 0;
        lim = n;
        continue;
      }
      any = true;
      int i = pos;
      while (i < lim && buf[i] != '\n') {
        i++;
      }
      append(pos, i - pos);
      offset += i - pos;
      if (i < lim) {
        pos = i + 1;
        offset++;
        break;
      }
      pos = lim;
    }
    if (!overflow() && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    lineNumber++;
    return true;
  }

  private void append(int from, int n) {
    totalBytes += n;
    for (int i = from; i < from + n; i++) {
      if ((buf[i] & 0xc0) != 0x80) {
        approxChars++; // UTF-8 continuation bytes do not start a char
      }
    }
    if (totalBytes > maxBytes) {
      return;
    }
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
    }
    System.arraycopy(buf, from, line, length, n);
    length += n;
  }

  /** The line was longer than {@code maxBytes}; {@link #bytes()} is then incomplete. */
  boolean overflow() {
    return totalBytes > maxBytes;
  }

  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  /** Chars in the whole line (counted even when it overflowed; surrogate pairs count once). */
  long approxChars() {
    return approxChars;
  }

  /** 1-based number of the current line. */
  long lineNumber() {
    return lineNumber;
  }

  /** Byte offset of the current line's first byte in the stream. */
  long lineStart() {
    return lineStart;
  }
}
