package org.newsgraph.ner;

import java.io.BufferedReader;
import java.io.FilterOutputStream;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Name lists for the name finder's gazetteer features, stored inside the model (entry
 * {@code NAME.gazetteer}): each name (tokens joined by one space) has one or more labels, such as
 * {@code LOC} (GeoNames) or {@code wk:footballer} (a Wikipedia title and its definition's head
 * noun). Built by {@code tools/ner/build_gazetteer.py}.
 *
 * <p>{@link #match} finds the longest listed names in a sentence, left to right, so that every
 * token gets the labels of at most one name.
 */
public final class Gazetteer implements SerializableArtifact {
  private final Map<String, String[]> labels;
  /** Longest name (in tokens) starting with a given first token: matching only tries those. */
  private final Map<String, Integer> longestFrom;

  public Gazetteer(Map<String, String[]> labels) {
    this.labels = labels;
    this.longestFrom = new HashMap<>();
    for (String name : labels.keySet()) {
      String[] toks = name.split(" ");
      longestFrom.merge(toks[0], toks.length, Math::max);
    }
  }

  public int size() {
    return labels.size();
  }

  /** A listed name in a sentence: tokens [start, end) and its labels. */
  public record Match(int start, int end, String[] labels) {}

  /** Longest-first, left-to-right matches; all-caps tokens are also tried title-cased. */
  public List<Match> match(String[] tokens) {
    List<Match> out = new ArrayList<>();
    String[] titled = null;
    for (int i = 0; i < tokens.length; ) {
      Match m = longestAt(tokens, i);
      if (m == null && ClusterFeatureGeneratorFactory.isUpper(tokens[i])) {
        if (titled == null) {
          titled = new String[tokens.length];
          for (int k = 0; k < tokens.length; k++) {
            String t = tokens[k];
            titled[k] = ClusterFeatureGeneratorFactory.isUpper(t) && t.length() > 1
                ? t.charAt(0) + t.substring(1).toLowerCase() : t;
          }
        }
        m = longestAt(titled, i);
      }
      if (m != null) {
        out.add(m);
        i = m.end;
      } else {
        i++;
      }
    }
    return out;
  }

  private Match longestAt(String[] tokens, int start) {
    Integer longest = longestFrom.get(tokens[start]);
    if (longest == null) {
      return null;
    }
    for (int len = Math.min(longest, tokens.length - start); len >= 1; len--) {
      String[] l = labels.get(String.join(" ", Arrays.asList(tokens).subList(start, start + len)));
      if (l != null) {
        return new Match(start, start + len, l);
      }
    }
    return null;
  }

  /** Reads {@code name<TAB>label} lines (optionally gzipped); a name may have several lines. */
  public static Gazetteer read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      return parse(in);
    }
  }

  static Gazetteer parse(InputStream in) throws IOException {
    Map<String, List<String>> m = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = r.readLine()) != null) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        m.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>(1)).add(line.substring(tab + 1).intern());
      }
    }
    Map<String, String[]> labels = new HashMap<>(m.size() * 2);
    m.forEach((k, v) -> labels.put(k, v.toArray(new String[0])));
    return new Gazetteer(labels);
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** Reads and writes the lists without closing the model's zip stream (see {@link ClusterTable}). */
  public static final class Serializer implements ArtifactSerializer<Gazetteer> {
    @Override
    public Gazetteer create(InputStream in) throws IOException {
      return parse(new FilterInputStreamNoClose(in));
    }

    @Override
    public void serialize(Gazetteer artifact, OutputStream out) throws IOException {
      Writer w = new OutputStreamWriter(new FilterOutputStream(out) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          flush();
        }
      }, StandardCharsets.UTF_8);
      for (Map.Entry<String, String[]> e : new TreeMap<>(artifact.labels).entrySet()) {
        for (String label : e.getValue()) {
          w.write(e.getKey());
          w.write('\t');
          w.write(label);
          w.write('\n');
        }
      }
      w.flush();
    }
  }

  /** Reads a model entry to its end but never closes the model's stream. */
  static final class FilterInputStreamNoClose extends java.io.FilterInputStream {
    FilterInputStreamNoClose(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
