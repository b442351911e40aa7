package org.newsgraph.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decompresses gzip, all concatenated members (like {@code GzipCompressorInputStream} with
 * {@code decompressConcatenated}), but hands out inflated bytes as soon as they exist.
 *
 * <p>Why not commons-compress here: its {@code read(b, off, len)} keeps inflating until {@code len}
 * bytes are ready, and when the input ends inside that loop the bytes inflated so far are thrown
 * away with the EOFException; a truncated {@code .gz} would then lose up to a buffer of complete
 * records before the cut. Here every complete record before the cut is delivered, then the read
 * fails with an {@link EOFException} ("truncated gzip ...").
 */
final class GzipStream extends InputStream {
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  private final PushbackInputStream in;
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private final byte[] input = new byte[65536];
  private int inputLength;
  private boolean inMember;
  private boolean firstMember = true;
  private boolean eof;
  private long memberSize;

  GzipStream(InputStream in) {
    this.in = new PushbackInputStream(in, input.length);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n;
    while ((n = read(one, 0, 1)) == 0) {
      // inflate made no output yet; try again
    }
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!eof) {
      if (!inMember) {
        if (!readHeader()) {
          eof = true;
          return -1;
        }
        inMember = true;
      }
      if (inflater.needsInput()) {
        inputLength = in.read(input);
        if (inputLength < 0) {
          throw new EOFException("truncated gzip stream: input ends inside compressed data");
        }
        inflater.setInput(input, 0, inputLength);
      }
      int n;
      try {
        n = inflater.inflate(b, off, len);
      } catch (DataFormatException e) {
        throw new IOException("corrupt gzip data: " + e.getMessage(), e);
      }
      if (n > 0) {
        crc.update(b, off, n);
        memberSize += n;
      }
      if (inflater.finished()) {
        int unused = inflater.getRemaining();
        if (unused > 0) {
          in.unread(input, inputLength - unused, unused);
        }
        readTrailer();
        inflater.reset();
        crc.reset();
        memberSize = 0;
        inMember = false;
      } else if (n == 0 && inflater.needsDictionary()) {
        throw new IOException("corrupt gzip data: preset dictionary");
      }
      if (n > 0) {
        return n;
      }
    }
    return -1;
  }

  /** Reads a member header; false at a clean end (or trailing non-gzip bytes after a member). */
  private boolean readHeader() throws IOException {
    int b1 = in.read();
    if (b1 < 0 && !firstMember) {
      return false;
    }
    int b2 = in.read();
    if (b1 != 0x1f || b2 != 0x8b) {
      if (firstMember) {
        throw new IOException("not in gzip format");
      }
      return false; // trailing garbage after a complete member is ignored, as gzip(1) does
    }
    firstMember = false;
    if (readByte() != 8) {
      throw new IOException("unsupported gzip compression method");
    }
    int flags = readByte();
    skip(6); // mtime, extra flags, OS
    if ((flags & FEXTRA) != 0) {
      skip(readByte() | (readByte() << 8));
    }
    if ((flags & FNAME) != 0) {
      while (readByte() != 0) {
        // file name
      }
    }
    if ((flags & FCOMMENT) != 0) {
      while (readByte() != 0) {
        // comment
      }
    }
    if ((flags & FHCRC) != 0) {
      skip(2);
    }
    return true;
  }

  private void readTrailer() throws IOException {
    long storedCrc = readInt();
    long storedSize = readInt();
    if (storedCrc != crc.getValue()) {
      throw new IOException("corrupt gzip data: CRC mismatch");
    }
    if (storedSize != (memberSize & 0xffffffffL)) {
      throw new IOException("corrupt gzip data: size mismatch");
    }
  }

  private long readInt() throws IOException {
    return (readByte() | (readByte() << 8) | (readByte() << 16) | ((long) readByte() << 24)) & 0xffffffffL;
  }

  private int readByte() throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new EOFException("truncated gzip stream: input ends inside a gzip header or trailer");
    }
    return b;
  }

  private void skip(int n) throws IOException {
    for (int i = 0; i < n; i++) {
      readByte();
    }
  }

  @Override
  public void close() {
    inflater.end();
  }
}
