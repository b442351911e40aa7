package org.newsgraph.output;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.transforms.Contextful;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Parquet writers for the output tables: daily ones in Hive-style {@code date=YYYY-MM-DD/}
 * directories (so DuckDB, pandas and Spark all derive a {@code date} column from the path), and
 * flat ones. File names are fixed by destination and shard, so a re-run overwrites in place.
 */
public final class WriteParquet {
  private WriteParquet() {}

  public static <T> FileIO.Write<String, T> daily(
      String tableDir,
      Schema schema,
      SerializableFunction<T, String> date,
      SerializableFunction<T, GenericRecord> toRecord,
      int shardsPerDate) {
    return FileIO.<String, T>writeDynamic()
        .by(date)
        .withDestinationCoder(StringUtf8Coder.of())
        .via(Contextful.fn(toRecord), sink(schema))
        .to(tableDir)
        .withNaming(d -> FileIO.Write.defaultNaming("date=" + d + "/part", ".parquet"))
        .withNumShards(shardsPerDate);
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
