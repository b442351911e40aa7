package org.newsgraph.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.newsgraph.aggregate.CountActors;

/**
 * The rows of one bundle as one compact blob per date: the rows encoded with their coder, one
 * after another, then Snappy-compressed; keyed by the date's group ({@link
 * CountActors#dateGroup}) and the date. A grouping runner (the DirectRunner keeps every grouped
 * value in memory until the group is complete) then holds a few bytes per row instead of a row
 * object with its strings: the daily tables' rows are by far the most numerous values of the job.
 * {@link RowBlobs} reads them back.
 */
final class EncodeRowsFn<E, T> extends DoFn<E, KV<Integer, KV<String, byte[]>>> {
  private final SerializableFunction<E, List<T>> rowsOf;
  private final Coder<T> rowCoder;
  private final SerializableFunction<T, String> date;
  private final Counter nanos = StageTimes.counter(StageTimes.WRITE);
  private transient Map<String, ByteArrayOutputStream> byDate;

  /** {@code rowsOf}: the rows an element carries (one, for a table of the elements themselves). */
  EncodeRowsFn(SerializableFunction<E, List<T>> rowsOf, Coder<T> rowCoder, SerializableFunction<T, String> date) {
    this.rowsOf = rowsOf;
    this.rowCoder = rowCoder;
    this.date = date;
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
  public void finishBundle(FinishBundleContext c) {
    long started = StageTimes.now();
    for (Map.Entry<String, ByteArrayOutputStream> e : byDate.entrySet()) {
      String d = e.getKey();
      c.output(
          KV.of(CountActors.dateGroup(d), KV.of(d, RowBlobs.compress(e.getValue().toByteArray()))),
          BoundedWindow.TIMESTAMP_MIN_VALUE,
          GlobalWindow.INSTANCE);
    }
    byDate = null;
    nanos.inc(StageTimes.now() - started);
  }
}
