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
    if (a.get("method", "ppmi").equals("exchange")) {
      buildExchange(a, files, minCount, maxVocab, iters, ks, outDir, t0);
      return;
    }

    // pass 1: counts
    Vocabulary voc = Vocabulary.count(files, minCount, maxVocab);
    long[] total = {voc.tokens};
    int V = voc.words.length;
    String[] vocab = voc.words;
    Map<String, Integer> index = voc.index;
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

  /**
   * Exchange clustering (Kneser and Ney 1993; Martin et al. 1998; the "Clark" clusters of
   * ixa-pipe-nerc are of this family): words move between classes to maximise the likelihood of
   * a class-bigram model, sum N(c,d) log N(c,d) - 2 sum N(c) log N(c). Words below the vocabulary
   * share one fixed "rare" class; sentence boundaries another.
   */
  static void buildExchange(Args a, List<String> files, int minCount, int maxVocab, int passes, int[] ks, Path outDir, long t0)
      throws IOException {
    Vocabulary voc = Vocabulary.count(files, minCount, maxVocab);
    int V = voc.words.length;
    final int nw = V + 2; // V = rare words, V+1 = boundary
    final int RARE = V;
    final int BOUND = V + 1;
    String[] vocab = voc.words;
    Map<String, Integer> index = voc.index;
    // bigram counts: key = left * nw + right
    java.util.HashMap<Long, int[]> big = new java.util.HashMap<>(1 << 22);
    long[] uni = new long[nw];
    forEachSentence(files, s -> {
      int prev = BOUND;
      uni[BOUND]++;
      for (String w : s) {
        Integer id = index.get(w);
        int cur = id == null ? RARE : id;
        uni[cur]++;
        big.computeIfAbsent((long) prev * nw + cur, k -> new int[1])[0]++;
        prev = cur;
      }
      big.computeIfAbsent((long) prev * nw + BOUND, k -> new int[1])[0]++;
    });
    // adjacency lists
    int[] rDeg = new int[nw];
    int[] lDeg = new int[nw];
    for (Long k : big.keySet()) {
      rDeg[(int) (k / nw)]++;
      lDeg[(int) (k % nw)]++;
    }
    int[][] rN = new int[nw][];
    int[][] rC = new int[nw][];
    int[][] lN = new int[nw][];
    int[][] lC = new int[nw][];
    for (int w = 0; w < nw; w++) {
      rN[w] = new int[rDeg[w]];
      rC[w] = new int[rDeg[w]];
      lN[w] = new int[lDeg[w]];
      lC[w] = new int[lDeg[w]];
      rDeg[w] = 0;
      lDeg[w] = 0;
    }
    for (Map.Entry<Long, int[]> e : big.entrySet()) {
      int l = (int) (e.getKey() / nw);
      int r = (int) (e.getKey() % nw);
      int c = e.getValue()[0];
      rN[l][rDeg[l]] = r;
      rC[l][rDeg[l]++] = c;
      lN[r][lDeg[r]] = l;
      lC[r][lDeg[r]++] = c;
    }
    big.clear();
    System.err.printf("exchange: vocab %d, bigrams ready, %ds%n", V, (System.currentTimeMillis() - t0) / 1000);
    for (int K : ks) {
      int C = K + 2; // + rare class + boundary class
      int[] cls = new int[nw];
      for (int w = 0; w < V; w++) {
        cls[w] = w % K;
      }
      cls[RARE] = K;
      cls[BOUND] = K + 1;
      long[][] N = new long[C][C];
      long[] Nc = new long[C];
      for (int l = 0; l < nw; l++) {
        Nc[cls[l]] += uni[l];
        for (int j = 0; j < rN[l].length; j++) {
          N[cls[l]][cls[rN[l][j]]] += rC[l][j];
        }
      }
      long[] Lw = new long[C];
      long[] Rw = new long[C];
      int[] lTouched = new int[C];
      int[] rTouched = new int[C];
      for (int pass = 0; pass < passes; pass++) {
        int moved = 0;
        for (int w = 0; w < V; w++) {
          int a0 = cls[w];
          int nl = 0;
          int nr = 0;
          long self = 0;
          for (int j = 0; j < lN[w].length; j++) {
            int u = lN[w][j];
            if (u == w) {
              self += lC[w][j];
              continue;
            }
            int c = cls[u];
            if (Lw[c] == 0) {
              lTouched[nl++] = c;
            }
            Lw[c] += lC[w][j];
          }
          for (int j = 0; j < rN[w].length; j++) {
            int v = rN[w][j];
            if (v == w) {
              continue;
            }
            int c = cls[v];
            if (Rw[c] == 0) {
              rTouched[nr++] = c;
            }
            Rw[c] += rC[w][j];
          }
          long n = uni[w];
          // remove w from a0
          for (int i = 0; i < nl; i++) {
            N[lTouched[i]][a0] -= Lw[lTouched[i]];
          }
          for (int i = 0; i < nr; i++) {
            N[a0][rTouched[i]] -= Rw[rTouched[i]];
          }
          N[a0][a0] -= self;
          Nc[a0] -= n;
          int best = a0;
          double bestGain = Double.NEGATIVE_INFINITY;
          for (int b = 0; b < K; b++) {
            double g = 0;
            for (int i = 0; i < nl; i++) {
              int c = lTouched[i];
              long x = N[c][b];
              long add = Lw[c];
              if (c == b) {
                continue;
              }
              g += xlogx(x + add) - xlogx(x);
            }
            for (int i = 0; i < nr; i++) {
              int d = rTouched[i];
              long x = N[b][d];
              long add = Rw[d];
              if (d == b) {
                continue;
              }
              g += xlogx(x + add) - xlogx(x);
            }
            long bb = N[b][b];
            g += xlogx(bb + Lw[b] + Rw[b] + self) - xlogx(bb);
            g -= 2 * (xlogx(Nc[b] + n) - xlogx(Nc[b]));
            if (g > bestGain) {
              bestGain = g;
              best = b;
            }
          }
          // add w to best
          for (int i = 0; i < nl; i++) {
            int c = lTouched[i];
            N[c == a0 && best != a0 ? c : c][best] += 0; // (no-op, clarity)
          }
          for (int i = 0; i < nl; i++) {
            N[lTouched[i]][best] += Lw[lTouched[i]];
          }
          for (int i = 0; i < nr; i++) {
            N[best][rTouched[i]] += Rw[rTouched[i]];
          }
          N[best][best] += self;
          Nc[best] += n;
          // the w-w transitions counted in Lw[a0]/Rw[a0] now refer to class best: fix N for self-class links
          cls[w] = best;
          if (best != a0) {
            moved++;
          }
          for (int i = 0; i < nl; i++) {
            Lw[lTouched[i]] = 0;
          }
          for (int i = 0; i < nr; i++) {
            Rw[rTouched[i]] = 0;
          }
        }
        System.err.printf("exchange: K=%d pass %d moved %d, %ds%n", K, pass + 1, moved, (System.currentTimeMillis() - t0) / 1000);
        if (moved < V / 200) {
          break;
        }
      }
      Path out = outDir.resolve("clusters-k" + K + ".txt.gz");
      try (BufferedWriter bw = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
        for (int w = 0; w < V; w++) {
          bw.write(vocab[w]);
          bw.write('\t');
          bw.write(Integer.toString(cls[w]));
          bw.write('\n');
        }
      }
      System.err.printf("exchange: K=%d written to %s, %ds%n", K, out, (System.currentTimeMillis() - t0) / 1000);
    }
  }

  /** The words seen at least {@code minCount} times, most frequent first, at most {@code maxVocab}. */
  private static final class Vocabulary {
    final String[] words;
    final Map<String, Integer> index;
    final long tokens;

    private Vocabulary(String[] words, Map<String, Integer> index, long tokens) {
      this.words = words;
      this.index = index;
      this.tokens = tokens;
    }

    static Vocabulary count(List<String> files, int minCount, int maxVocab) throws IOException {
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
      int v = 0;
      while (v < byFreq.size() && v < maxVocab && byFreq.get(v).getValue()[0] >= minCount) {
        v++;
      }
      String[] words = new String[v];
      Map<String, Integer> index = new HashMap<>(v * 2);
      for (int i = 0; i < v; i++) {
        words[i] = byFreq.get(i).getKey();
        index.put(words[i], i);
      }
      return new Vocabulary(words, index, total[0]);
    }
  }

  private static double xlogx(long x) {
    return x <= 0 ? 0 : x * Math.log(x);
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
