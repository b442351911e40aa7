package org.newsgraph.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileIO;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * Writes Avro records as one Parquet file per {@code open}, like {@code ParquetIO.sink} but with
 * one Hadoop {@link Configuration} per JVM: {@code ParquetIO} makes a new one per file, and
 * parsing Hadoop's default XML each time cost more than writing the rows of a small daily file.
 */
final class ParquetSink implements FileIO.Sink<GenericRecord> {
  /** Hadoop defaults are not needed to write to a stream; parquet reads its own keys with defaults. */
  private static final class Shared {
    static final Configuration CONF = new Configuration(false);
  }

  private final String jsonSchema;
  private final CompressionCodecName codec;
  private transient Schema schema;
  private transient ParquetWriter<GenericRecord> writer;

  ParquetSink(Schema schema, CompressionCodecName codec) {
    this.jsonSchema = schema.toString();
    this.codec = codec;
  }

  @Override
  public void open(WritableByteChannel channel) throws IOException {
    if (schema == null) {
      schema = new Schema.Parser().parse(jsonSchema);
    }
    writer =
        AvroParquetWriter.<GenericRecord>builder(new StreamFile(Channels.newOutputStream(channel)))
            .withConf(Shared.CONF)
            .withSchema(schema)
            .withCompressionCodec(codec)
            .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
            .build();
  }

  @Override
  public void write(GenericRecord element) throws IOException {
    writer.write(element);
  }

  @Override
  public void flush() throws IOException {
    // a Parquet file is complete only with its footer, written on close; FileIO closes the channel
    writer.close();
    writer = null;
  }

  /** A Parquet output file over the channel FileIO opened. */
  private static final class StreamFile implements OutputFile {
    private final OutputStream out;

    StreamFile(OutputStream out) {
      this.out = out;
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) {
      return new Positioned(out);
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) {
      return new Positioned(out);
    }

    @Override
    public boolean supportsBlockSize() {
      return false;
    }

    @Override
    public long defaultBlockSize() {
      return 0;
    }
  }

  private static final class Positioned extends PositionOutputStream {
    private final OutputStream out;
    private long position;

    Positioned(OutputStream out) {
      this.out = out;
    }

    @Override
    public long getPos() {
      return position;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      position++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      position += len;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
