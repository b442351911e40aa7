package org.newsgraph.ner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;

/**
 * Trains a {@link CrfModel} ({@code trainer.Algorithm=crf}): a linear-chain CRF over the same
 * feature template as the maxent models, by AdaGrad on the L2-regularised conditional
 * log-likelihood, one sentence at a time in a shuffled (fixed seed) order.
 *
 * <p>Each token's features are generated once, as OpenNLP's own training would generate them
 * (adaptive data cleared at each document start and updated with the gold labels after each
 * sentence), and kept as feature ids, so an epoch costs only arithmetic. A maxent name finder
 * decides each token from the decisions before it (label bias); the CRF scores whole label
 * sequences and decodes them exactly.
 *
 * <p>Parameters ({@code trainer.*}): {@code Epochs} (20), {@code LearningRate} (0.1), {@code L2}
 * (1.0; each feature's penalty is paid in shares at its occurrences, adding up to L2/2·|w|² once
 * per epoch), {@code AverageFrom} (0: the model is the last weights; k: the average of the weights
 * at the end of epochs k..Epochs), {@code Cutoff} (2: features seen fewer times are dropped; 0 and 1
 * keep all), {@code Seed} (1), {@code EdgeFeatures} (none; prefixes of the template's features,
 * separated by "|" or spaces, such as {@code wc|p1wc|cap|p1cap}: those features also weigh each label
 * pair of the step into their token, so a transition depends on the tokens around it), {@code WordDropout} (0; p:
 * each epoch, each token loses its own word's features with probability p; session 10: GUM news dev −1.0, EWT dev
 * −0.5 at 0.1 against the same two seeds, not used).
 */
public final class CrfTrainer {
  public static final String ALGORITHM = "crf";
  private static final double EPS = 1e-8;

  private CrfTrainer() {}

  /** Whether the config asks for this trainer. */
  public static boolean enabled(TrainConfig cfg) {
    return ALGORITHM.equalsIgnoreCase(cfg.get("trainer.Algorithm", ""));
  }

  public static TokenNameFinderModel train(TrainConfig cfg, List<NameSample> samples) throws IOException {
    int epochs = Integer.parseInt(cfg.get("trainer.Epochs", "20"));
    double rate = Double.parseDouble(cfg.get("trainer.LearningRate", "0.1"));
    double l2 = Double.parseDouble(cfg.get("trainer.L2", "1.0"));
    int cutoff = Integer.parseInt(cfg.get("trainer.Cutoff", "2"));
    long seed = Long.parseLong(cfg.get("trainer.Seed", "1"));
    int averageFrom = Integer.parseInt(cfg.get("trainer.AverageFrom", "0"));
    double dropout = Double.parseDouble(cfg.get("trainer.WordDropout", "0"));
    String edgeSpec = cfg.get("trainer.EdgeFeatures", "").trim();
    String[] edgePrefixes = edgeSpec.isEmpty() ? new String[0] : edgeSpec.split("[\\s|]+");
    if (epochs < 1 || rate <= 0 || l2 < 0 || cutoff < 0 || averageFrom < 0 || averageFrom > epochs || dropout < 0
        || dropout >= 1) {
      throw new IllegalArgumentException("crf trainer: need Epochs >= 1, LearningRate > 0, L2 >= 0, Cutoff >= 0, "
          + "0 <= AverageFrom <= Epochs, 0 <= WordDropout < 1");
    }
    NerTrainer.Template template = NerTrainer.template(cfg);
    TokenNameFinderFactory factory = NerTrainer.factory(cfg, template);
    SequenceCodec<String> codec = factory.createSequenceCodec();

    long t0 = System.nanoTime();
    Corpus c = Corpus.extract(samples, factory.createContextGenerator(), codec, cutoff, edgePrefixes);
    System.err.printf(Locale.ROOT,
        "crf: %d sentences, %d tokens, %d features, %d edge features (cut-off %d), %d labels; features in %.0f s%n",
        c.feats.size(), c.tokens, c.names.length, c.edgeNames.length, cutoff, c.labels.length, (System.nanoTime() - t0) / 1e9);

    Weights w = new Weights(c.names.length, c.edgeNames.length, c.labels, codec.createSequenceValidator());
    double[] occurrences = occurrences(c.feats, c.names.length);
    double[] edgeOccurrences = occurrences(c.edges, c.edgeNames.length);
    int[] order = new int[c.feats.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random rnd = new Random(seed);
    Random drop = new Random(seed + 1);
    boolean[] identity = dropout > 0 ? identityFeatures(c.names) : null;
    for (int epoch = 1; epoch <= epochs; epoch++) {
      long te = System.nanoTime();
      AdaGradTrainer.shuffle(order, rnd);
      double logLik = 0;
      long correct = 0;
      for (int s : order) {
        int[][] feats = dropout > 0 ? withoutWords(c.feats.get(s), identity, dropout, drop) : c.feats.get(s);
        Step r = w.step(feats, c.edges.get(s), c.gold.get(s), rate, l2, occurrences, edgeOccurrences, order.length);
        logLik += r.logLik;
        correct += r.correct;
      }
      System.err.printf(Locale.ROOT, "crf: epoch %2d  log-likelihood %.1f  token accuracy %.5f  (%.1f s)%n",
          epoch, logLik, correct / (double) c.tokens, (System.nanoTime() - te) / 1e9);
      if (averageFrom > 0 && epoch >= averageFrom) {
        w.addSnapshot();
      }
    }
    CrfModel crf = w.model(c.names, c.edgeNames, edgePrefixes);
    Map<String, String> manifest = new HashMap<>();
    manifest.put("Training-Algorithm", ALGORITHM);
    manifest.put("CRF-Parameters", String.format(Locale.ROOT, "Epochs=%d LearningRate=%s L2=%s Cutoff=%d Seed=%d AverageFrom=%d%s%s",
        epochs, rate, l2, cutoff, seed, averageFrom, edgeSpec.isEmpty() ? "" : " EdgeFeatures=" + edgeSpec,
        dropout > 0 ? " WordDropout=" + dropout : ""));
    return new TokenNameFinderModel(cfg.get("language", "en"), crf, template.xml(), template.resources(), manifest,
        codec, factory);
  }

  // what a token's own word says: its form, its form with a neighbour or its label, its clusters, capitalisation
  // share and label prior; a word the unlabeled text and the training data lack has none of them
  private static final String[] IDENTITY = {"w=", "w&c=", "pw,w=", "w,nw=", "pow=", "c100=", "c320=", "c1000=", "cap=",
      "lp="};

  static boolean[] identityFeatures(String[] names) {
    boolean[] out = new boolean[names.length];
    for (int i = 0; i < names.length; i++) {
      for (String p : IDENTITY) {
        out[i] |= names[i].startsWith(p);
      }
    }
    return out;
  }

  /**
   * Word dropout ({@code trainer.WordDropout}): each token, with probability p, loses the features of its own word,
   * as if it were a word never seen, so that the weights also learn to find names from their shape, affixes and
   * context. Names in held-out news are often such words (18% of GUM news dev's names hold one).
   */
  static int[][] withoutWords(int[][] sent, boolean[] identity, double p, Random rnd) {
    int[][] out = sent;
    for (int t = 0; t < sent.length; t++) {
      if (rnd.nextDouble() >= p) {
        continue;
      }
      if (out == sent) {
        out = sent.clone();
      }
      int n = 0;
      for (int f : sent[t]) {
        n += identity[f] ? 0 : 1;
      }
      int[] kept = new int[n];
      int k = 0;
      for (int f : sent[t]) {
        if (!identity[f]) {
          kept[k++] = f;
        }
      }
      out[t] = kept;
    }
    return out;
  }

  private static double[] occurrences(List<int[][]> sentences, int features) {
    double[] occ = new double[features];
    for (int[][] sent : sentences) {
      for (int[] tok : sent) {
        for (int f : tok) {
          occ[f]++;
        }
      }
    }
    return occ;
  }

  /** Feature names numbered in order of first appearance, and how often each was seen. */
  private static final class FeatureIds {
    final Map<String, Integer> ids;
    final List<String> names = new ArrayList<>();
    int[] counts;

    FeatureIds(int mapCapacity, int countCapacity) {
      ids = new HashMap<>(mapCapacity);
      counts = new int[countCapacity];
    }

    /** Counts one occurrence of the feature; its id. */
    int count(String name) {
      Integer id = ids.get(name);
      if (id == null) {
        id = names.size();
        ids.put(name, id);
        names.add(name);
        if (id == counts.length) {
          counts = Arrays.copyOf(counts, counts.length * 2);
        }
      }
      counts[id]++;
      return id;
    }
  }

  /** The training sentences as feature ids per token (and edge-feature ids) and gold label ids. */
  private static final class Corpus {
    final List<int[][]> feats = new ArrayList<>();
    final List<int[][]> edges = new ArrayList<>();
    final List<int[]> gold = new ArrayList<>();
    String[] names;
    String[] edgeNames;
    String[] labels;
    long tokens;

    static Corpus extract(List<NameSample> samples, NameContextGenerator cg, SequenceCodec<String> codec, int cutoff,
        String[] edgePrefixes) {
      Corpus c = new Corpus();
      FeatureIds ids = new FeatureIds(1 << 22, 1 << 20);
      FeatureIds edgeIds = new FeatureIds(1 << 10, 1 << 10);
      List<String[]> outcomes = new ArrayList<>();
      TreeSet<String> labelSet = new TreeSet<>();
      for (NameSample sample : samples) {
        if (sample.isClearAdaptiveDataSet()) {
          cg.clearAdaptiveData();
        }
        String[] tokens = sample.getSentence();
        String[] outs = codec.encode(sample.getNames(), tokens.length);
        int[][] sent = new int[tokens.length][];
        int[][] edge = new int[tokens.length][];
        for (int t = 0; t < tokens.length; t++) {
          String[] ctx = cg.getContext(t, tokens, null, null);
          int[] f = new int[ctx.length];
          int[] ef = new int[ctx.length];
          int ne = 0;
          for (int k = 0; k < ctx.length; k++) {
            if (t > 0 && CrfModel.isEdgeFeature(ctx[k], edgePrefixes)) {
              ef[ne++] = edgeIds.count(ctx[k]);
            }
            f[k] = ids.count(ctx[k]);
          }
          sent[t] = f;
          edge[t] = Arrays.copyOf(ef, ne);
        }
        cg.updateAdaptiveData(tokens, outs); // as OpenNLP's event stream: the gold labels
        c.feats.add(sent);
        c.edges.add(edge);
        outcomes.add(outs);
        labelSet.addAll(Arrays.asList(outs));
        c.tokens += tokens.length;
      }
      c.names = applyCutoff(c.feats, ids.names, ids.counts, cutoff);
      c.edgeNames = applyCutoff(c.edges, edgeIds.names, edgeIds.counts, cutoff);
      c.labels = labelSet.toArray(new String[0]);
      Map<String, Integer> labelId = new HashMap<>();
      for (int y = 0; y < c.labels.length; y++) {
        labelId.put(c.labels[y], y);
      }
      for (String[] outs : outcomes) {
        int[] g = new int[outs.length];
        for (int t = 0; t < outs.length; t++) {
          g[t] = labelId.get(outs[t]);
        }
        c.gold.add(g);
      }
      return c;
    }

    /** Keeps the features seen at least `cutoff` times, renumbered in order of first appearance; their names. */
    private static String[] applyCutoff(List<int[][]> sentences, List<String> names, int[] counts, int cutoff) {
      int[] remap = new int[names.size()];
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < remap.length; i++) {
        remap[i] = counts[i] >= cutoff ? kept.size() : -1;
        if (remap[i] >= 0) {
          kept.add(names.get(i));
        }
      }
      for (int[][] sent : sentences) {
        for (int t = 0; t < sent.length; t++) {
          int n = 0;
          for (int f : sent[t]) {
            n += remap[f] >= 0 ? 1 : 0;
          }
          int[] g = new int[n];
          int k = 0;
          for (int f : sent[t]) {
            if (remap[f] >= 0) {
              g[k++] = remap[f];
            }
          }
          sent[t] = g;
        }
      }
      return kept.toArray(new String[0]);
    }
  }

  private record Step(double logLik, int correct) {}

  /** Emission, transition, edge-feature, start and end weights with their AdaGrad accumulators. */
  private static final class Weights {
    final int labels;
    final String[] labelNames;
    final double[] emit;
    final double[] emitG2;
    final double[] edge; // edge[f * L * L + p * L + y]: edge feature f on the label pair (p, y)
    final double[] edgeG2;
    final double[] trans;
    final double[] transG2;
    final double[] start;
    final double[] startG2;
    final double[] end;
    final double[] endG2;
    final double[] transMask; // 0 or minus infinity (forbidden by the codec)
    final double[] startMask;
    // sums of the end-of-epoch weights (all four kinds, in one array) and their number
    double[] snapshots;
    int snapshotCount;

    Weights(int features, int edgeFeatures, String[] labelNames, SequenceValidator<String> validator) {
      this.labels = labelNames.length;
      this.labelNames = labelNames;
      emit = new double[features * labels];
      emitG2 = new double[emit.length];
      edge = new double[edgeFeatures * labels * labels];
      edgeG2 = new double[edge.length];
      trans = new double[labels * labels];
      transG2 = new double[trans.length];
      start = new double[labels];
      startG2 = new double[labels];
      end = new double[labels];
      endG2 = new double[labels];
      transMask = new double[labels * labels];
      startMask = new double[labels];
      String[] none = new String[0];
      String[] two = {"x", "x"};
      for (int y = 0; y < labels; y++) {
        if (!validator.validSequence(0, none, none, labelNames[y])) {
          startMask[y] = Double.NEGATIVE_INFINITY;
        }
        for (int p = 0; p < labels; p++) {
          if (!validator.validSequence(1, two, new String[] {labelNames[p]}, labelNames[y])) {
            transMask[p * labels + y] = Double.NEGATIVE_INFINITY;
          }
        }
      }
    }

    /** One AdaGrad step on one sentence; returns its log-likelihood under the weights before the step. */
    Step step(int[][] feats, int[][] edges, int[] gold, double rate, double l2, double[] occurrences,
        double[] edgeOccurrences, int sentences) {
      int n = feats.length;
      if (n == 0) {
        return new Step(0, 0);
      }
      double[] e = new double[n * labels];
      for (int t = 0; t < n; t++) {
        for (int f : feats[t]) {
          int base = f * labels;
          for (int y = 0; y < labels; y++) {
            e[t * labels + y] += emit[base + y];
          }
        }
      }
      int pairs = trans.length;
      double[] tr = new double[edge.length == 0 ? pairs : n * pairs]; // shared, or one block per position
      for (int t = edge.length == 0 ? 0 : 1; t < (edge.length == 0 ? 1 : n); t++) {
        int off = edge.length == 0 ? 0 : t * pairs;
        for (int i = 0; i < pairs; i++) {
          tr[off + i] = trans[i] + transMask[i];
        }
        if (edge.length > 0) {
          for (int f : edges[t]) {
            for (int i = 0; i < pairs; i++) {
              tr[off + i] += edge[f * pairs + i];
            }
          }
        }
      }
      double[] st = new double[labels];
      for (int y = 0; y < labels; y++) {
        st[y] = start[y] + startMask[y];
      }
      double[] alpha = new double[n * labels];
      double[] beta = new double[n * labels];
      double logZ = CrfLattice.forward(n, labels, e, tr, st, end, alpha);
      CrfLattice.backward(n, labels, e, tr, end, beta);
      double goldScore = st[gold[0]] + end[gold[n - 1]];
      for (int t = 0; t < n; t++) {
        goldScore += e[t * labels + gold[t]] + (t > 0 ? tr[CrfLattice.offset(tr, t, labels) + gold[t - 1] * labels + gold[t]] : 0);
      }
      int correct = 0;
      double[] m = new double[labels];
      for (int t = 0; t < n; t++) {
        int best = 0;
        for (int y = 0; y < labels; y++) {
          m[y] = Math.exp(alpha[t * labels + y] + beta[t * labels + y] - logZ);
          if (m[y] > m[best]) {
            best = y;
          }
        }
        correct += best == gold[t] ? 1 : 0;
        for (int f : feats[t]) {
          double share = l2 / occurrences[f];
          int base = f * labels;
          for (int y = 0; y < labels; y++) {
            int k = base + y;
            double g = m[y] - (y == gold[t] ? 1.0 : 0.0) + share * emit[k];
            emitG2[k] += g * g;
            emit[k] -= rate / (Math.sqrt(emitG2[k]) + EPS) * g;
          }
        }
      }
      // label pairs, starts and ends: expected minus gold counts over the sentence, then one step
      double[] gTrans = new double[trans.length];
      boolean edged = edge.length > 0;
      double[] gPair = new double[pairs]; // with edge features: expected minus gold count of each label pair at t
      for (int t = 1; t < n; t++) {
        int off = CrfLattice.offset(tr, t, labels);
        for (int p = 0; p < labels; p++) {
          double a = alpha[(t - 1) * labels + p];
          for (int y = 0; y < labels; y++) {
            double s = tr[off + p * labels + y];
            if (s != Double.NEGATIVE_INFINITY) {
              double pm = Math.exp(a + s + e[t * labels + y] + beta[t * labels + y] - logZ);
              gTrans[p * labels + y] += pm;
              gPair[p * labels + y] = pm;
            }
          }
        }
        gTrans[gold[t - 1] * labels + gold[t]] -= 1;
        if (edged) {
          gPair[gold[t - 1] * labels + gold[t]] -= 1;
          for (int f : edges[t]) {
            double share = l2 / edgeOccurrences[f];
            for (int i = 0; i < pairs; i++) {
              if (transMask[i] == 0) {
                int k = f * pairs + i;
                double g = gPair[i] + share * edge[k];
                edgeG2[k] += g * g;
                edge[k] -= rate / (Math.sqrt(edgeG2[k]) + EPS) * g;
              }
            }
          }
        }
      }
      double[] gStart = new double[labels];
      double[] gEnd = new double[labels];
      for (int y = 0; y < labels; y++) {
        gStart[y] = Math.exp(alpha[y] + beta[y] - logZ);
        gEnd[y] = Math.exp(alpha[(n - 1) * labels + y] + beta[(n - 1) * labels + y] - logZ);
      }
      gStart[gold[0]] -= 1;
      gEnd[gold[n - 1]] -= 1;
      double share = l2 / sentences;
      adagrad(trans, transG2, gTrans, share, rate);
      adagrad(start, startG2, gStart, share, rate);
      adagrad(end, endG2, gEnd, share, rate);
      return new Step(goldScore - logZ, correct);
    }

    private static void adagrad(double[] w, double[] g2, double[] grad, double share, double rate) {
      for (int i = 0; i < w.length; i++) {
        double g = grad[i] + share * w[i];
        g2[i] += g * g;
        w[i] -= rate / (Math.sqrt(g2[i]) + EPS) * g;
      }
    }

    /** Adds the current weights to the average (Polyak averaging over epochs: less noise than the last step). */
    void addSnapshot() {
      double[][] parts = {emit, trans, start, end, edge};
      if (snapshots == null) {
        snapshots = new double[emit.length + trans.length + 2 * labels + edge.length];
      }
      int off = 0;
      for (double[] p : parts) {
        for (int i = 0; i < p.length; i++) {
          snapshots[off + i] += p[i];
        }
        off += p.length;
      }
      snapshotCount++;
    }

    /** The model: the averaged snapshots if any were taken, else the last weights. */
    CrfModel model(String[] names, String[] edgeNames, String[] edgePrefixes) {
      double[][] parts = {emit, trans, start, end, edge};
      if (snapshotCount > 0) {
        double[][] avg = {new double[emit.length], new double[trans.length], new double[labels], new double[labels],
            new double[edge.length]};
        int off = 0;
        for (double[] p : avg) {
          for (int i = 0; i < p.length; i++) {
            p[i] = snapshots[off + i] / snapshotCount;
          }
          off += p.length;
        }
        parts = avg;
      }
      float[] w = new float[emit.length];
      for (int i = 0; i < w.length; i++) {
        w[i] = (float) parts[0][i];
      }
      float[] ew = new float[edge.length];
      for (int i = 0; i < ew.length; i++) {
        ew[i] = (float) parts[4][i];
      }
      return new CrfModel(labelNames.clone(), names, w, parts[1].clone(), parts[2].clone(), parts[3].clone(),
          edgePrefixes.clone(), edgeNames, ew);
    }
  }
}
