package org.newsgraph.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;

/**
 * Reads the job's Parquet tables from a local output folder without a query engine: every
 * {@code .parquet} file under a table's folder (hidden and {@code _} entries skipped, such as
 * Beam's {@code .temp-beam}), with {@code date} taken from the {@code date=YYYY-MM-DD} folder.
 */
public final class OutputTables {
  private OutputTables() {}

  /** One row: the record, and its partition date (null in a flat table). */
  public interface RowHandler {
    void row(GenericRecord record, String date) throws IOException;
  }

  /** The table's Parquet files, sorted; empty when the table folder is missing. */
  public static List<Path> files(Path tableDir) throws IOException {
    if (!Files.isDirectory(tableDir)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(tableDir)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".parquet"))
          .filter(p -> !hidden(tableDir.relativize(p)))
          .sorted()
          .toList();
    }
  }

  public static void read(Path tableDir, RowHandler handler) throws IOException {
    for (Path file : files(tableDir)) {
      String date = dateOf(tableDir.relativize(file));
      try (ParquetReader<GenericRecord> reader =
          AvroParquetReader.<GenericRecord>builder(new LocalFile(file)).withDataModel(GenericData.get()).build()) {
        for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
          handler.row(r, date);
        }
      }
    }
  }

  /** Rows of one Parquet file, from its footer. */
  public static long rowCount(Path file) throws IOException {
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalFile(file))) {
      return reader.getRecordCount();
    }
  }

  /** The value of the nearest {@code date=...} folder of a path relative to its table. */
  static String dateOf(Path relative) {
    String date = null;
    for (Path part : relative) {
      String name = part.toString();
      if (name.startsWith("date=")) {
        date = name.substring("date=".length());
      }
    }
    return date;
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.startsWith(".") || name.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  /** A local file as Parquet's {@link InputFile}, without Hadoop's file systems. */
  static final class LocalFile implements InputFile {
    private final Path path;

    LocalFile(Path path) {
      this.path = path;
    }

    @Override
    public long getLength() throws IOException {
      return Files.size(path);
    }

    @Override
    public SeekableInputStream newStream() throws IOException {
      FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
      InputStream in = Channels.newInputStream(channel);
      return new DelegatingSeekableInputStream(in) {
        @Override
        public long getPos() throws IOException {
          return channel.position();
        }

        @Override
        public void seek(long newPos) throws IOException {
          channel.position(newPos);
        }
      };
    }

    @Override
    public String toString() {
      return path.toString();
    }
  }
}
