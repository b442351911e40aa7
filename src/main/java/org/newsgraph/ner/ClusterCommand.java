package org.newsgraph.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Learns word clusters from unlabeled text: distributional vectors (PPMI of the left and right
 * neighbour among the most frequent words), randomly projected to a dense space, then spherical
 * k-means at several granularities. Writes one {@code word<TAB>cluster} table per k (gzipped),
 * which {@code train} stores inside the model.
 *
 * <pre>clusters --output=DIR --k=100,320,1000 [--minCount=5] [--maxVocab=200000] [--contexts=1000]
 *          [--dim=128] [--iterations=12] FILE...</pre>
 * FILE: {@code *.jsonl.gz} (field {@code text}) or CoNLL-style files (token = first column).
 */
public final class ClusterCommand {
  private ClusterCommand() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String[] argv) {
    Args a = Args.parse(argv);
    if (a.get("output") == null || a.positional().isEmpty()) {
      System.err.println("usage: clusters --output=DIR [--k=100,320,1000] FILE...");
      return 2;
    }
    try {
      build(a);
      return 0;
    } catch (IOException e) {
      System.err.println("clusters: " + e.getMessage());
      return 1;
    }
  }

  private static void forEachSentence(List<String> files, Consumer<List<String>> sink) throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (String f : files) {
      Path p = Paths.get(f);
      if (f.endsWith(".jsonl.gz")) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(p), 1 << 16), StandardCharsets.UTF_8))) {
          String line;
          while ((line = r.readLine()) != null) {
            JsonNode n = json.readTree(line);
            String text = n.path("text").asText("");
            for (String para : text.split("\n")) {
              List<String> toks = SimpleTokenizer.tokenize(para);
              if (!toks.isEmpty()) {
                sink.accept(toks);
              }
            }
          }
        }
      } else {
        List<String> sent = new ArrayList<>();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          String t = line.trim();
          if (t.isEmpty() || t.startsWith("-DOCSTART-")) {
            if (!sent.isEmpty()) {
              sink.accept(sent);
              sent = new ArrayList<>();
            }
            continue;
          }
          if (t.startsWith("#")) {
            continue;
          }
          String[] cols = t.split("\\s+");
          // EWT-style files start with a numeric index column
          String tok = cols.length >= 3 && cols[0].matches("\\d+") ? cols[1] : cols[0];
          sent.add(tok);
        }
        if (!sent.isEmpty()) {
          sink.accept(sent);
        }
      }
    }
  }

  static void build(Args a) throws IOException {
    long t0 = System.currentTimeMillis();
    List<String> files = a.positional();
    int minCount = a.getInt("minCount", 5);
    int maxVocab = a.getInt("maxVocab", 200000);
    int nctx = a.getInt("contexts", 1000);
    int dim = a.getInt("dim", 128);
    int iters = a.getInt("iterations", 12);
    int[] ks = Arrays.stream(a.get("k", "100,320,1000").split(",")).mapToInt(Integer::parseInt).toArray();
    Path outDir = Paths.get(a.get("output"));
    Files.createDirectories(outDir);

    // pass 1: counts
    Map<String, int[]> counts = new HashMap<>(1 << 20);
    long[] total = new long[1];
    forEachSentence(files, s -> {
      for (String w : s) {
        counts.computeIfAbsent(w, k -> new int[1])[0]++;
        total[0]++;
      }
    });
    List<Map.Entry<String, int[]>> byFreq = new ArrayList<>(counts.entrySet());
    byFreq.sort((x, y) -> Integer.compare(y.getValue()[0], x.getValue()[0]));
    int V = 0;
    while (V < byFreq.size() && V < maxVocab && byFreq.get(V).getValue()[0] >= minCount) {
      V++;
    }
    String[] vocab = new String[V];
    Map<String, Integer> index = new HashMap<>(V * 2);
    for (int i = 0; i < V; i++) {
      vocab[i] = byFreq.get(i).getKey();
      index.put(vocab[i], i);
    }
    counts.clear();
    System.err.printf("clusters: %d tokens, vocab %d (minCount %d), %ds%n", total[0], V, minCount, (System.currentTimeMillis() - t0) / 1000);

    // pass 2: co-occurrence with the nctx most frequent words, left (-1) and right (+1) + (-2,+2) folded in with half weight
    final int C = Math.min(nctx, V);
    final int D2 = 2 * C + 2; // last two: "other" left/right
    float[][] co = new float[V][];
    forEachSentence(files, s -> {
      int n = s.size();
      int[] ids = new int[n];
      for (int i = 0; i < n; i++) {
        Integer id = index.get(s.get(i));
        ids[i] = id == null ? -1 : id;
      }
      for (int i = 0; i < n; i++) {
        int w = ids[i];
        if (w < 0) {
          continue;
        }
        float[] row = co[w];
        if (row == null) {
          row = co[w] = new float[D2];
        }
        int l = i > 0 ? ids[i - 1] : -2;
        int r = i + 1 < n ? ids[i + 1] : -2;
        row[l >= 0 && l < C ? l : (l == -2 ? 0 : 2 * C)] += 1f;
        row[r >= 0 && r < C ? C + r : (r == -2 ? C : 2 * C + 1)] += 1f;
        if (i > 1 && ids[i - 2] >= 0 && ids[i - 2] < C) {
          row[ids[i - 2]] += 0.5f;
        }
        if (i + 2 < n && ids[i + 2] >= 0 && ids[i + 2] < C) {
          row[C + ids[i + 2]] += 0.5f;
        }
      }
    });
    System.err.printf("clusters: co-occurrence done, %ds%n", (System.currentTimeMillis() - t0) / 1000);

    // PPMI + random projection
    double[] colSum = new double[D2];
    double all = 0;
    double[] rowSum = new double[V];
    for (int w = 0; w < V; w++) {
      if (co[w] == null) {
        co[w] = new float[D2];
      }
      for (int j = 0; j < D2; j++) {
        colSum[j] += co[w][j];
        rowSum[w] += co[w][j];
      }
      all += rowSum[w];
    }
    Random rnd = new Random(42);
    float[][] proj = new float[D2][dim];
    for (int j = 0; j < D2; j++) {
      for (int d = 0; d < dim; d++) {
        proj[j][d] = (float) rnd.nextGaussian();
      }
    }
    float[][] x = new float[V][dim];
    for (int w = 0; w < V; w++) {
      float[] row = co[w];
      float[] v = x[w];
      for (int j = 0; j < D2; j++) {
        if (row[j] <= 0) {
          continue;
        }
        // context-distribution smoothing (alpha 0.75) is approximated by plain PPMI with shifted log
        double pmi = Math.log(row[j] * all / (rowSum[w] * colSum[j]));
        if (pmi <= 0) {
          continue;
        }
        float pw = (float) pmi;
        float[] pj = proj[j];
        for (int d = 0; d < dim; d++) {
          v[d] += pw * pj[d];
        }
      }
      normalize(v);
      co[w] = null;
    }
    System.err.printf("clusters: vectors done, %ds%n", (System.currentTimeMillis() - t0) / 1000);

    for (int k : ks) {
      int[] assign = kmeans(x, Math.min(k, V), iters, new Random(7 + k));
      Path out = outDir.resolve("clusters-k" + k + ".txt.gz");
      try (BufferedWriter bw = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
        for (int w = 0; w < V; w++) {
          bw.write(vocab[w]);
          bw.write('\t');
          bw.write(Integer.toString(assign[w]));
          bw.write('\n');
        }
      }
      System.err.printf("clusters: k=%d written to %s, %ds%n", k, out, (System.currentTimeMillis() - t0) / 1000);
    }
  }

  private static void normalize(float[] v) {
    double s = 0;
    for (float f : v) {
      s += f * f;
    }
    if (s > 0) {
      float inv = (float) (1 / Math.sqrt(s));
      for (int d = 0; d < v.length; d++) {
        v[d] *= inv;
      }
    }
  }

  /** Spherical k-means (cosine), k-means++-lite seeding from frequent words. */
  static int[] kmeans(float[][] x, int k, int iters, Random rnd) {
    int V = x.length;
    int dim = x[0].length;
    float[][] cent = new float[k][];
    // seed: random distinct words, biased to the frequent half of the vocabulary
    int pool = Math.max(k, Math.min(V, V / 2));
    boolean[] used = new boolean[V];
    for (int c = 0; c < k; c++) {
      int w;
      do {
        w = rnd.nextInt(pool);
      } while (used[w]);
      used[w] = true;
      cent[c] = x[w].clone();
    }
    int[] assign = new int[V];
    for (int it = 0; it < iters; it++) {
      int changed = 0;
      for (int w = 0; w < V; w++) {
        float[] v = x[w];
        int best = 0;
        float bestSim = -2;
        for (int c = 0; c < k; c++) {
          float[] m = cent[c];
          float s = 0;
          for (int d = 0; d < dim; d++) {
            s += v[d] * m[d];
          }
          if (s > bestSim) {
            bestSim = s;
            best = c;
          }
        }
        if (assign[w] != best || it == 0) {
          changed++;
        }
        assign[w] = best;
      }
      float[][] sum = new float[k][dim];
      int[] size = new int[k];
      for (int w = 0; w < V; w++) {
        float[] s = sum[assign[w]];
        float[] v = x[w];
        for (int d = 0; d < dim; d++) {
          s[d] += v[d];
        }
        size[assign[w]]++;
      }
      for (int c = 0; c < k; c++) {
        if (size[c] == 0) {
          cent[c] = x[rnd.nextInt(V)].clone();
        } else {
          normalize(sum[c]);
          cent[c] = sum[c];
        }
      }
      System.err.printf("clusters: k=%d iteration %d, %d changed%n", k, it, changed);
      if (changed < V / 1000) {
        break;
      }
    }
    return assign;
  }
}
