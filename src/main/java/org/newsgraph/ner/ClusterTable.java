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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * A word → cluster table stored inside the name-finder model (entry {@code NAME.clusters}).
 *
 * <p>The words sit in a {@link StringIndex} (packed, not a million {@code String} objects across the model's tables),
 * each with the number of its cluster. Unlike OpenNLP's stock word-cluster dictionary, its serializer never closes the
 * model's zip stream (the stock one does, which makes saving such a model fail with "Stream closed").
 */
public final class ClusterTable implements SerializableArtifact {
  private final StringIndex words;
  private final int[] clusterOf; // by word id, an index into clusters
  private final String[] clusters; // the distinct cluster ids

  public ClusterTable(Map<String, String> clusters) {
    this(clusters.keySet().toArray(new String[0]), clusters.values().toArray(new String[0]));
  }

  /** {@code words[i]} is in cluster {@code clusterIds[i]}; a word is there once. */
  private ClusterTable(String[] words, String[] clusterIds) {
    this.words = new StringIndex(words);
    this.clusterOf = new int[words.length];
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < words.length; i++) {
      clusterOf[i] = ids.computeIfAbsent(clusterIds[i], c -> ids.size());
    }
    this.clusters = new String[ids.size()];
    ids.forEach((c, id) -> this.clusters[id] = c);
  }

  /** The cluster of {@code word}, or {@code null}. */
  public String lookup(String word) {
    int id = words.get(word);
    return id < 0 ? null : clusters[clusterOf[id]];
  }

  public int size() {
    return clusterOf.length;
  }

  /** Reads {@code word<TAB>cluster} lines (optionally gzipped). */
  public static ClusterTable read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      return parse(in);
    }
  }

  /** A word listed twice takes its last cluster. */
  static ClusterTable parse(InputStream in) throws IOException {
    List<String> words = new ArrayList<>();
    List<String> clusterIds = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = r.readLine()) != null) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        words.add(line.substring(0, tab));
        clusterIds.add(line.substring(tab + 1));
      }
    }
    try {
      return new ClusterTable(words.toArray(new String[0]), clusterIds.toArray(new String[0]));
    } catch (IllegalArgumentException twice) { // rare: the tables we write list each word once
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < words.size(); i++) {
        m.put(words.get(i), clusterIds.get(i));
      }
      return new ClusterTable(m);
    }
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
      Map<String, String> sorted = new TreeMap<>();
      for (int id = 0; id < artifact.size(); id++) {
        sorted.put(artifact.words.name(id), artifact.clusters[artifact.clusterOf[id]]);
      }
      for (Map.Entry<String, String> e : sorted.entrySet()) {
        w.write(e.getKey());
        w.write('\t');
        w.write(e.getValue());
        w.write('\n');
      }
      w.flush();
    }
  }
}
