package org.newsgraph.output;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.function.ThrowingConsumer;
import org.xerial.snappy.Snappy;

/**
 * A blob of rows as {@link EncodeRowsFn} makes them: rows encoded with their coder back to back,
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

  /** Decodes the rows of {@code blob} one at a time, in the order they were encoded. */
  static <T> void forEach(byte[] blob, Coder<T> rowCoder, ThrowingConsumer<IOException, T> row)
      throws IOException {
    InputStream in = new ByteArrayInputStream(Snappy.uncompress(blob));
    while (in.available() > 0) {
      row.accept(rowCoder.decode(in));
    }
  }
}
