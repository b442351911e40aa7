package org.newsgraph.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/** Builds the training samples from a {@link TrainConfig} and trains a {@link TokenNameFinderModel}. */
public final class NerTrainer {
  private NerTrainer() {}

  /** Training samples: every corpus, weighted (integer part repeats, fraction sampled by document). */
  public static List<NameSample> samples(TrainConfig cfg, StringBuilder log) throws IOException {
    List<NameSample> out = new ArrayList<>();
    boolean dropDemonyms = Boolean.parseBoolean(cfg.get("dropDemonyms", "false"));
    for (TrainConfig.CorpusSpec s : cfg.train) {
      List<NerCorpus.Doc> docs = cfg.read(s);
      int whole = (int) Math.floor(s.weight);
      double frac = s.weight - whole;
      int before = out.size();
      int toks = 0;
      for (int di = 0; di < docs.size(); di++) {
        NerCorpus.Doc d = docs.get(di);
        int reps = whole + (frac > 0 && unit(s.name + "#" + di) < frac ? 1 : 0);
        for (int r = 0; r < reps; r++) {
          boolean first = true;
          for (NerCorpus.LabeledSentence ls : d.sentences) {
            out.add(new NameSample(ls.tokens, names(ls, dropDemonyms), first));
            first = false;
            toks += ls.tokens.length;
          }
        }
        toks += addCopies(out, d, "U" + s.name + "#" + di, s.upperCase, true, dropDemonyms);
        toks += addCopies(out, d, "L" + s.name + "#" + di, s.lowerCase, false, dropDemonyms);
      }
      if (log != null) {
        log.append(String.format("  %-14s %5d docs -> %6d sentences, %7d tokens (weight %.2f, upper %.2f, lower %.2f)%n",
            s.name, docs.size(), out.size() - before, toks, s.weight, s.upperCase, s.lowerCase));
      }
    }
    return out;
  }

  /**
   * Adds a {@code fraction} of the document's sentences again in capitals (headlines) or in lower
   * case (web text that ignores capitals), with the same names; returns the tokens added.
   */
  private static int addCopies(List<NameSample> out, NerCorpus.Doc d, String seed, double fraction, boolean upper,
      boolean dropDemonyms) {
    int toks = 0;
    if (fraction <= 0) {
      return 0;
    }
    int si = 0;
    for (NerCorpus.LabeledSentence ls : d.sentences) {
      if (unit(seed + "#" + si++) < fraction) {
        String[] copy = new String[ls.tokens.length];
        for (int i = 0; i < copy.length; i++) {
          copy[i] = upper ? ls.tokens[i].toUpperCase(Locale.ROOT) : ls.tokens[i].toLowerCase(Locale.ROOT);
        }
        out.add(new NameSample(copy, names(ls, dropDemonyms), true));
        toks += copy.length;
      }
    }
    return toks;
  }

  /** The names of a sentence; lone nationality adjectives dropped when asked (BTC tags them LOC). */
  static Span[] names(NerCorpus.LabeledSentence ls, boolean dropDemonyms) {
    Span[] spans = ls.spans();
    if (!dropDemonyms) {
      return spans;
    }
    List<Span> keep = new ArrayList<>(spans.length);
    for (Span sp : spans) {
      if (!(sp.length() == 1 && NerCorpus.isDemonym(ls.tokens[sp.getStart()]))) {
        keep.add(sp);
      }
    }
    return keep.toArray(new Span[0]);
  }

  /** Deterministic pseudo-random number in [0,1) from a key. */
  static double unit(String key) {
    long h = 1125899906842597L;
    for (int i = 0; i < key.length(); i++) {
      h = 31 * h + key.charAt(i);
    }
    h ^= (h >>> 33);
    h *= 0xff51afd7ed558ccdL;
    h ^= (h >>> 33);
    return (h >>> 11) / (double) (1L << 53);
  }

  public static SequenceCodec<String> codec(String name) {
    return name.equalsIgnoreCase("BILOU") ? new BilouCodec() : new BioCodec();
  }

  /** The feature template (OpenNLP XML descriptor) and the resources (word-cluster tables) it reads. */
  public record Template(byte[] xml, Map<String, Object> resources) {}

  public static Template template(TrainConfig cfg) throws IOException {
    return template(cfg, cfg.get("features", "features.xml"), Map.of());
  }

  /** The template {@code features} with the config's tables and, besides them, {@code extra} resources. */
  public static Template template(TrainConfig cfg, String features, Map<String, Object> extra) throws IOException {
    byte[] xml = Files.readAllBytes(cfg.local(features));
    Map<String, Object> resources = new HashMap<>(extra);
    for (String key : cfg.props.stringPropertyNames()) {
      if (key.startsWith("resource.") && !cfg.props.getProperty(key).isBlank()) {
        String name = key.substring("resource.".length());
        resources.put(name, ClusterTable.read(cfg.local(cfg.props.getProperty(key))));
      }
    }
    return new Template(xml, resources);
  }

  public static TokenNameFinderFactory factory(TrainConfig cfg) throws IOException {
    return factory(cfg, template(cfg));
  }

  /** A factory with the feature template {@code features} and, besides the config's tables, {@code extra} resources. */
  public static TokenNameFinderFactory factory(TrainConfig cfg, String features, Map<String, Object> extra) throws IOException {
    return factory(cfg, template(cfg, features, extra));
  }

  public static TokenNameFinderFactory factory(TrainConfig cfg, Template t) throws IOException {
    return TokenNameFinderFactory.create(null, t.xml(), t.resources(), codec(cfg.get("codec", "BIO")));
  }

  public static TrainingParameters params(TrainConfig cfg) {
    TrainingParameters p = TrainingParameters.defaultParams();
    p.put(TrainingParameters.THREADS_PARAM, 1);
    for (String key : cfg.props.stringPropertyNames()) {
      if (key.startsWith("trainer.")) {
        String k = key.substring("trainer.".length());
        String v = cfg.props.getProperty(key);
        if (v.matches("-?\\d+")) {
          p.put(k, Integer.parseInt(v));
        } else if (v.matches("-?\\d*\\.\\d+")) {
          p.put(k, Double.parseDouble(v));
        } else {
          p.put(k, v);
        }
      }
    }
    return p;
  }

  public static TokenNameFinderModel train(TrainConfig cfg, List<NameSample> samples) throws IOException {
    if (CrfTrainer.enabled(cfg)) {
      return CrfTrainer.train(cfg, samples);
    }
    ObjectStream<NameSample> stream = ObjectStreamUtils.createObjectStream(samples);
    return NameFinderME.train(cfg.get("language", "en"), null, stream, params(cfg), factory(cfg));
  }

  static int countEntities(List<NameSample> samples) {
    int n = 0;
    for (NameSample s : samples) {
      for (Span sp : s.getNames()) {
        n++;
      }
    }
    return n;
  }
}
