package org.newsgraph.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * A word → cluster table stored inside the name-finder model (entry {@code NAME.clusters}).
 *
 * <p>Unlike OpenNLP's stock word-cluster dictionary, its serializer never closes the model's zip
 * stream (the stock one does, which makes saving such a model fail with "Stream closed").
 */
public final class ClusterTable implements SerializableArtifact {
  private final Map<String, String> clusters;

  public ClusterTable(Map<String, String> clusters) {
    this.clusters = clusters;
  }

  /** The cluster of {@code word}, or {@code null}. */
  public String lookup(String word) {
    return clusters.get(word);
  }

  public int size() {
    return clusters.size();
  }

  /** Reads {@code word<TAB>cluster} lines (optionally gzipped). */
  public static ClusterTable read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      return parse(in);
    }
  }

  static ClusterTable parse(InputStream in) throws IOException {
    Map<String, String> m = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = r.readLine()) != null) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        // intern the (few) cluster ids: the table keeps one String per cluster
        m.put(line.substring(0, tab), line.substring(tab + 1).intern());
      }
    }
    return new ClusterTable(m);
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** Reads and writes the table without closing the model's stream. */
  public static final class Serializer implements ArtifactSerializer<ClusterTable> {
    @Override
    public ClusterTable create(InputStream in) throws IOException {
      return parse(new InputStream() { // shield: reading to EOF of the entry, never closing the zip
        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return in.read(b, off, len);
        }

        @Override
        public void close() {}
      });
    }

    @Override
    public void serialize(ClusterTable artifact, OutputStream out) throws IOException {
      Writer w = new OutputStreamWriter(new java.io.FilterOutputStream(out) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          flush();
        }
      }, StandardCharsets.UTF_8);
      for (Map.Entry<String, String> e : new java.util.TreeMap<>(artifact.clusters).entrySet()) {
        w.write(e.getKey());
        w.write('\t');
        w.write(e.getValue());
        w.write('\n');
      }
      w.flush();
    }
  }
}
