package org.newsgraph.output;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Contextful;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.newsgraph.io.SchemaCoders;
import org.newsgraph.aggregate.CountActors;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Parquet writers for the output tables: daily ones in Hive-style {@code date=YYYY-MM-DD/}
 * directories (so DuckDB, pandas and Spark all derive a {@code date} column from the path), and
 * flat ones. File names are fixed by destination and shard, so a re-run overwrites in place.
 */
public final class WriteParquet {
  private WriteParquet() {}

  /**
   * A daily table: with {@code shardsPerDate} 0, one file {@code date=D/part-00000-of-00001.parquet}
   * per date, written by {@link ByDate}; else FileIO with that many shards per date.
   */
  public static <T> PTransform<PCollection<T>, ?> daily(
      String tableDir,
      Schema schema,
      SerializableFunction<T, String> date,
      SerializableFunction<T, GenericRecord> toRecord,
      int shardsPerDate) {
    if (shardsPerDate == 0) {
      return new ByDate<T, T>(tableDir, schema, List::of, null, date, toRecord);
    }
    return FileIO.<String, T>writeDynamic()
        .by(date)
        .withDestinationCoder(StringUtf8Coder.of())
        .via(Contextful.fn(toRecord), sink(schema))
        .to(tableDir)
        .withNaming(d -> FileIO.Write.defaultNaming("date=" + d + "/part", ".parquet"))
        .withNumShards(shardsPerDate);
  }

  /**
   * A daily table whose rows come several to an element (the mentions of an article): with {@code
   * shardsPerDate} 0 they are encoded straight from the elements by {@link ByDate}, so they never
   * pass between steps one by one (half a million mention rows for 20,000 articles, and the
   * DirectRunner's cost is per element); else flattened into rows for {@link #daily}.
   */
  public static <E, T> PTransform<PCollection<E>, PDone> dailyRowsOf(
      String tableDir,
      Schema schema,
      SerializableFunction<E, List<T>> rowsOf,
      Class<T> rowClass,
      SerializableFunction<T, String> date,
      SerializableFunction<T, GenericRecord> toRecord,
      int shardsPerDate) {
    if (shardsPerDate == 0) {
      return new ByDate<>(tableDir, schema, rowsOf, rowClass, date, toRecord);
    }
    return new PTransform<PCollection<E>, PDone>() {
      @Override
      public PDone expand(PCollection<E> elements) {
        elements
            .apply("Rows", FlatMapElements.into(TypeDescriptor.of(rowClass)).via(rowsOf::apply))
            .setCoder(SchemaCoders.of(elements.getPipeline(), rowClass))
            .apply("Write", daily(tableDir, schema, date, toRecord, shardsPerDate));
        return PDone.in(elements.getPipeline());
      }
    };
  }

  /**
   * Rows gathered into a few groups of dates ({@link CountActors#dateGroup}), each group written as
   * one file per date. FileIO with fixed shards groups by date and shard, and the DirectRunner pays
   * a bundle (DoFn set-up, watermarks) per group, and its unsharded mode writes a file per date
   * and bundle; a few groups cost a few bundles whatever the number of dates. What is grouped is
   * not the rows but where they were spilled ({@link SpillRowsFn}): a grouping runner holds the
   * whole group in memory until it is complete, and the mention rows grow with the archive.
   */
  static final class ByDate<E, T> extends PTransform<PCollection<E>, PDone> {
    private final String tableDir;
    private final Schema schema;
    private final SerializableFunction<E, List<T>> rowsOf;
    private final @Nullable Class<T> rowClass;
    private final SerializableFunction<T, String> date;
    private final SerializableFunction<T, GenericRecord> toRecord;

    /** With {@code rowClass} null every element is one row (E = T, its coder the elements'). */
    ByDate(String tableDir, Schema schema, SerializableFunction<E, List<T>> rowsOf,
        @Nullable Class<T> rowClass, SerializableFunction<T, String> date,
        SerializableFunction<T, GenericRecord> toRecord) {
      this.tableDir = tableDir.endsWith("/") ? tableDir : tableDir + "/";
      this.schema = schema;
      this.rowsOf = rowsOf;
      this.rowClass = rowClass;
      this.date = date;
      this.toRecord = toRecord;
    }

    @Override
    @SuppressWarnings("unchecked")
    public PDone expand(PCollection<E> elements) {
      Coder<T> rowCoder =
          rowClass == null
              ? (Coder<T>) elements.getCoder()
              : SchemaCoders.of(elements.getPipeline(), rowClass);
      elements.apply("SpillRows", ParDo.of(new SpillRowsFn<>(rowsOf, rowCoder, date, spillDir(tableDir))))
          .setCoder(KvCoder.of(VarIntCoder.of(), SchemaCoders.of(elements.getPipeline(), SpilledRows.class)))
          .apply("GroupDates", GroupByKey.create())
          .apply("WriteFiles", ParDo.of(new WriteDatesFn<>(tableDir, schema, rowCoder, toRecord)));
      return PDone.in(elements.getPipeline());
    }
  }

  /**
   * One group of dates: for each date, its spilled rows into one Parquet file, one date at a time.
   * The spill files stay until the run has ended ({@link #removeSpillDir}): a runner that retries
   * this step alone (Flink's batch failover) reads them again.
   */
  static final class WriteDatesFn<T> extends DoFn<KV<Integer, Iterable<SpilledRows>>, Void> {
    private final String tableDir;
    private final String jsonSchema;
    private final Coder<T> rowCoder;
    private final SerializableFunction<T, GenericRecord> toRecord;
    private final Counter nanos = StageTimes.counter(StageTimes.WRITE);
    private transient FileIO.Sink<GenericRecord> sink;

    WriteDatesFn(String tableDir, Schema schema, Coder<T> rowCoder,
        SerializableFunction<T, GenericRecord> toRecord) {
      this.tableDir = tableDir;
      this.jsonSchema = schema.toString();
      this.rowCoder = rowCoder;
      this.toRecord = toRecord;
    }

    @Setup
    public void setup() {
      sink = sink(new Schema.Parser().parse(jsonSchema));
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<SpilledRows>> group) throws IOException {
      long started = StageTimes.now();
      Map<String, List<SpilledRows>> byDate = new TreeMap<>();
      for (SpilledRows at : group.getValue()) {
        byDate.computeIfAbsent(at.date, d -> new ArrayList<>()).add(at);
      }
      for (Map.Entry<String, List<SpilledRows>> e : byDate.entrySet()) {
        ResourceId file =
            FileSystems.matchNewResource(
                tableDir + "date=" + e.getKey() + "/part-00000-of-00001.parquet", false);
        try (WritableByteChannel channel = FileSystems.create(file, MimeTypes.BINARY)) {
          sink.open(channel);
          for (SpilledRows at : e.getValue()) {
            RowBlobs.forEach(RowBlobs.read(at), rowCoder, row -> sink.write(toRecord.apply(row)));
          }
          sink.flush();
        }
      }
      nanos.inc(StageTimes.now() - started);
    }
  }

  /** The directory of a daily table's spill files: under the table, ignored by Parquet readers. */
  static String spillDir(String tableDir) {
    return (tableDir.endsWith("/") ? tableDir : tableDir + "/") + "_spill/";
  }

  /** After a run: removes a daily table's spill directory and the files in it. */
  public static void removeSpillDir(String tableDir) throws IOException {
    String dir = spillDir(tableDir);
    List<ResourceId> left = new ArrayList<>();
    for (MatchResult.Metadata m :
        FileSystems.match(dir + "*", EmptyMatchTreatment.ALLOW).metadata()) {
      left.add(m.resourceId());
    }
    FileSystems.delete(left, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    Path local = localPath(dir);
    if (local != null) {
      Files.deleteIfExists(local);
    }
  }

  /** The local path of {@code dir}, or null on a remote filesystem (which has no directories to remove). */
  private static @Nullable Path localPath(String dir) {
    if (dir.contains("://") && !dir.startsWith("file://")) {
      return null;
    }
    return Path.of(dir.startsWith("file://") ? dir.substring("file://".length()) : dir);
  }

  public static <T> FileIO.Write<Void, T> flat(
      String tableDir, Schema schema, SerializableFunction<T, GenericRecord> toRecord) {
    return FileIO.<T>write()
        .via(Contextful.fn(toRecord), sink(schema))
        .to(tableDir)
        .withNaming(FileIO.Write.defaultNaming("part", ".parquet"))
        .withNumShards(1);
  }

  /**
   * Beam writes no file for an empty collection; a table that a reader can't find is a broken
   * contract, so after the run an empty table gets one empty Parquet file carrying its schema.
   */
  public static void ensureFlatTableExists(String tableDir, Schema schema) throws IOException {
    String dir = tableDir.endsWith("/") ? tableDir : tableDir + "/";
    MatchResult match = FileSystems.match(dir + "*.parquet", EmptyMatchTreatment.ALLOW);
    if (!match.metadata().isEmpty()) {
      return;
    }
    ResourceId file = FileSystems.matchNewResource(dir + "part-00000-of-00001.parquet", false);
    FileIO.Sink<GenericRecord> sink = sink(schema);
    try (WritableByteChannel channel = FileSystems.create(file, MimeTypes.BINARY)) {
      sink.open(channel);
      sink.flush();
    }
  }

  private static FileIO.Sink<GenericRecord> sink(Schema schema) {
    return new ParquetSink(schema, CompressionCodecName.SNAPPY);
  }
}
