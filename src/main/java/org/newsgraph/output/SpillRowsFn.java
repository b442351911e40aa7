package org.newsgraph.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.KV;
import org.newsgraph.aggregate.CountActors;

/**
 * The rows of one bundle, spilled to a file: per date, the rows encoded with their coder one after
 * another and Snappy-compressed ({@link RowBlobs}), all in one new file under the spill
 * directory. Out goes only where each date's blob lies ({@link SpilledRows}), keyed by the date's
 * group ({@link CountActors#dateGroup}). A grouping runner keeps every grouped
 * value in memory until the group is complete (the DirectRunner does), and the daily tables' rows
 * are by far the most numerous values of the job: held in memory, even compressed, they grew the
 * heap by about 1.2 MB per 1,000 articles. The files are removed after the run ({@link
 * WriteParquet#removeSpillDir}).
 */
final class SpillRowsFn<E, T> extends DoFn<E, KV<Integer, SpilledRows>> {
  private final SerializableFunction<E, List<T>> rowsOf;
  private final Coder<T> rowCoder;
  private final SerializableFunction<T, String> date;
  private final String spillDir;
  private final Counter nanos = StageTimes.counter(StageTimes.WRITE);
  private transient Map<String, ByteArrayOutputStream> byDate;

  /**
   * {@code rowsOf}: the rows an element carries (one, for a table of the elements themselves);
   * {@code spillDir}: a directory (ending in "/") that only this table's spill files use.
   */
  SpillRowsFn(SerializableFunction<E, List<T>> rowsOf, Coder<T> rowCoder,
      SerializableFunction<T, String> date, String spillDir) {
    this.rowsOf = rowsOf;
    this.rowCoder = rowCoder;
    this.date = date;
    this.spillDir = spillDir;
  }

  @StartBundle
  public void startBundle() {
    byDate = new HashMap<>();
  }

  @ProcessElement
  public void process(@Element E element) throws IOException {
    long started = StageTimes.now();
    for (T row : rowsOf.apply(element)) {
      rowCoder.encode(row, byDate.computeIfAbsent(date.apply(row), d -> new ByteArrayOutputStream(4096)));
    }
    nanos.inc(StageTimes.now() - started);
  }

  @FinishBundle
  public void finishBundle(FinishBundleContext c) throws IOException {
    if (byDate.isEmpty()) {
      return;
    }
    long started = StageTimes.now();
    // a retried bundle writes a new file; the old one goes with the spill directory after the run
    String file = spillDir + UUID.randomUUID() + ".rows";
    List<SpilledRows> spilled = new ArrayList<>();
    long offset = 0;
    try (WritableByteChannel out =
        FileSystems.create(FileSystems.matchNewResource(file, false), MimeTypes.BINARY)) {
      for (Map.Entry<String, ByteArrayOutputStream> e : new TreeMap<>(byDate).entrySet()) {
        byte[] blob = RowBlobs.compress(e.getValue().toByteArray());
        ByteBuffer buffer = ByteBuffer.wrap(blob);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        spilled.add(new SpilledRows(e.getKey(), file, offset, blob.length));
        offset += blob.length;
      }
    }
    // only once the file is complete: a runner may pass outputs on before the bundle ends
    for (SpilledRows at : spilled) {
      c.output(KV.of(CountActors.dateGroup(at.date), at), BoundedWindow.TIMESTAMP_MIN_VALUE, GlobalWindow.INSTANCE);
    }
    byDate = null;
    nanos.inc(StageTimes.now() - started);
  }
}
