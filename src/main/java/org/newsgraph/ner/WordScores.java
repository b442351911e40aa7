package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * A sentence's emission scores under a {@link CrfModel}, with the feature template split in two. The features of one
 * token's text alone (word, word class, affixes, cluster tables, and their copies in a {@link
 * SentenceWindowFeatureGeneratorFactory sentence window}) are weighed once per word and position relative to the
 * current token, and the sums kept; the rest (bigrams, the sentence's ends, the labels the document gave a word
 * before) are generated per token as before.
 *
 * <p>Why: 39 of a mid-sentence token's 44 features are of the first kind, and building their names, hashing them and
 * reading their weights from a table of 11 MB was most of {@code tag}'s time. A word seen before costs one map
 * lookup per window position. The scores equal the per-feature sums up to the order of floating-point additions.
 * One instance per thread, like the generators it asks.
 */
final class WordScores {
  // generators whose features depend on tokens[index] alone
  private static final Set<Class<?>> TOKEN_ONLY = Set.of(TokenFeatureGenerator.class,
      TokenClassFeatureGenerator.class, PrefixFeatureGenerator.class, SuffixFeatureGenerator.class,
      ClusterFeatureGeneratorFactory.Gen.class);
  // words remembered, at most: 35 doubles (a ±2 window, seven labels) and a map entry each, about 11 MB in all
  static final int CAPACITY = 1 << 15;

  private final CrfModel model;
  private final int labels;
  private final List<Part> parts = new ArrayList<>();
  private final List<AdaptiveFeatureGenerator> perToken = new ArrayList<>();
  private final int before; // the widest window's reach
  private final int after;
  private final Map<String, double[]> byWord = new HashMap<>();
  private final List<String> scratch = new ArrayList<>();
  private final String[] prevPrefix; // "p1", "p2", ...: OpenNLP's window copies' names
  private final String[] nextPrefix;

  /** A token-only generator and the window it is copied over (0, 0: the current token only). */
  private record Part(AdaptiveFeatureGenerator generator, int prev, int next) {}

  private WordScores(CrfModel model, Collection<AdaptiveFeatureGenerator> generators) {
    this.model = model;
    this.labels = model.labels();
    int b = 0;
    int a = 0;
    for (AdaptiveFeatureGenerator g : generators) {
      if (g instanceof SentenceWindowFeatureGeneratorFactory.Gen w && TOKEN_ONLY.contains(w.inner().getClass())) {
        parts.add(new Part(w.inner(), w.prev(), w.next()));
        b = Math.max(b, w.prev());
        a = Math.max(a, w.next());
      } else if (TOKEN_ONLY.contains(g.getClass())) {
        parts.add(new Part(g, 0, 0));
      } else {
        perToken.add(g);
      }
    }
    this.before = b;
    this.after = a;
    this.prevPrefix = prefixes(WindowFeatureGenerator.PREV_PREFIX, b);
    this.nextPrefix = prefixes(WindowFeatureGenerator.NEXT_PREFIX, a);
  }

  private static String[] prefixes(String prefix, int reach) {
    String[] p = new String[reach + 1];
    for (int i = 1; i <= reach; i++) {
      p[i] = prefix + i;
    }
    return p;
  }

  /**
   * Scores for the model's template, whose generators are {@code root} (as the model's factory builds them); null when
   * the model's edge features need the feature names at every position.
   */
  static WordScores of(AdaptiveFeatureGenerator root, CrfModel model) {
    if (model.edgeFeatures() > 0) {
      return null;
    }
    AdaptiveFeatureGenerator g = root instanceof CachedFeatureGenerator c ? c.getCachedFeatureGenerator() : root;
    Collection<AdaptiveFeatureGenerator> generators =
        g instanceof AggregatedFeatureGenerator a ? a.getGenerators() : List.of(g);
    return new WordScores(model, generators);
  }

  /** {@code e[t * labels + y]}: the summed weights of token t's features for label y. */
  double[] emissions(String[] tokens) {
    int n = tokens.length;
    double[][] words = new double[n][];
    for (int s = 0; s < n; s++) {
      words[s] = of(tokens[s]);
    }
    double[] e = new double[n * labels];
    addWords(words, e);
    for (int t = 0; t < n; t++) {
      addPerToken(tokens, t, e);
    }
    return e;
  }

  // Three small methods rather than one: the JIT compiles each on its own, and on one core its compile time is
  // the tagger's time (one method with the generators inlined took C2 half a second).

  /** Each token's share of its neighbours' (and its own) word scores. */
  private void addWords(double[][] words, double[] e) {
    int n = words.length;
    for (int t = 0; t < n; t++) {
      int at = t * labels;
      for (int r = Math.max(-before, -t); r <= after && t + r < n; r++) {
        double[] w = words[t + r];
        int from = (before + r) * labels;
        for (int y = 0; y < labels; y++) {
          e[at + y] += w[from + y];
        }
      }
    }
  }

  /** The weights of token t's features that depend on more than its word. */
  private void addPerToken(String[] tokens, int t, double[] e) {
    scratch.clear();
    for (AdaptiveFeatureGenerator g : perToken) {
      g.createFeatures(scratch, tokens, t, null);
    }
    for (String f : scratch) {
      model.addWeights(f, e, t * labels);
    }
  }

  /**
   * A word's scores by its position r relative to the current token ({@code -before..after}, at {@code (before + r) *
   * labels}): its own features at r = 0, their {@code p<i>} copies when it is i tokens before, {@code n<i>} after.
   */
  private double[] of(String word) {
    double[] v = byWord.get(word);
    if (v != null) {
      return v;
    }
    v = new double[(before + 1 + after) * labels];
    String[] alone = {word};
    for (Part p : parts) {
      scratch.clear();
      p.generator().createFeatures(scratch, alone, 0, null);
      for (String f : scratch) {
        model.addWeights(f, v, before * labels);
        for (int i = 1; i <= p.prev(); i++) {
          model.addWeights(prevPrefix[i].concat(f), v, (before - i) * labels);
        }
        for (int i = 1; i <= p.next(); i++) {
          model.addWeights(nextPrefix[i].concat(f), v, (before + i) * labels);
        }
      }
    }
    if (byWord.size() >= CAPACITY) {
      byWord.clear(); // a long run's rare words; the frequent ones come back at once
    }
    byWord.put(word, v);
    return v;
  }
}
