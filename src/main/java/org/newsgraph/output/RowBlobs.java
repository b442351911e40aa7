package org.newsgraph.output;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.function.ThrowingConsumer;
import org.apache.beam.sdk.io.FileSystems;
import org.xerial.snappy.Snappy;

/**
 * A blob of rows as {@link SpillRowsFn} makes them: rows encoded with their coder back to back,
 * Snappy-compressed (the rows of one date repeat article ids, actor names and kinds).
 */
final class RowBlobs {
  private RowBlobs() {}

  static byte[] compress(byte[] encodedRows) {
    try {
      return Snappy.compress(encodedRows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The blob that {@code at} points to, read from its spill file. */
  static byte[] read(SpilledRows at) throws IOException {
    byte[] blob = new byte[at.length];
    ByteBuffer buffer = ByteBuffer.wrap(blob);
    try (ReadableByteChannel in = FileSystems.open(FileSystems.matchNewResource(at.file, false))) {
      if (in instanceof SeekableByteChannel) {
        ((SeekableByteChannel) in).position(at.offset);
      } else {
        skip(in, at.offset);
      }
      while (buffer.hasRemaining()) {
        if (in.read(buffer) < 0) {
          throw new EOFException(at.file + " ends before byte " + (at.offset + at.length));
        }
      }
    }
    return blob;
  }

  private static void skip(ReadableByteChannel in, long bytes) throws IOException {
    ByteBuffer scratch = ByteBuffer.allocate(64 * 1024);
    for (long left = bytes; left > 0; ) {
      scratch.clear().limit((int) Math.min(scratch.capacity(), left));
      int n = in.read(scratch);
      if (n < 0) {
        throw new EOFException("a spill file ends before byte " + bytes);
      }
      left -= n;
    }
  }

  /** Decodes the rows of {@code blob} one at a time, in the order they were encoded. */
  static <T> void forEach(byte[] blob, Coder<T> rowCoder, ThrowingConsumer<IOException, T> row)
      throws IOException {
    InputStream in = new ByteArrayInputStream(Snappy.uncompress(blob));
    while (in.available() > 0) {
      row.accept(rowCoder.decode(in));
    }
  }
}
