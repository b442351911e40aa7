package org.newsgraph.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;

/**
 * Trains a two-stage (stacked) name finder after Krishnan and Manning (2006). Stage 1 is the
 * config's model; its labels for the training data come from a jackknife over documents
 * ({@code stacked.folds} models, each tagging the documents it was not trained on), so stage 2
 * learns how far to trust stage-1 output on unseen text. Stage 2 is trained on all data with the
 * template {@code stacked.features}, which adds {@link DocLabels} features; the full stage-1 model
 * is stored inside it ({@link Stage1Model}), and {@link EntityTagger} runs both.
 * {@code stacked.cache=FILE} keeps the jackknife labels between runs (experiments only).
 */
public final class StackedTrainer {
  private StackedTrainer() {}

  public static boolean enabled(TrainConfig cfg) {
    return !cfg.get("stacked.features", "").isBlank();
  }

  public static TokenNameFinderModel train(TrainConfig cfg, List<NameSample> samples, StringBuilder log) throws IOException {
    if (CrfTrainer.enabled(cfg)) {
      // stage 2 reads each document's stage-1 labels while OpenNLP's event stream makes its features
      throw new IllegalArgumentException("stacked.features needs a maxent trainer, not trainer.Algorithm=crf");
    }
    List<int[]> docs = documents(samples);
    String cache = cfg.get("stacked.cache", "");
    List<Span[]> first = cache.isBlank() ? null : readCache(Path.of(cache), samples.size());
    if (first == null) {
      first = jackknife(cfg, samples, docs, Integer.parseInt(cfg.get("stacked.folds", "5")), log);
      if (!cache.isBlank()) {
        writeCache(Path.of(cache), first);
      }
    }
    log(log, "stacked: stage 1 on all data");
    TokenNameFinderModel stage1 = NerTrainer.train(cfg, samples);
    DocLabels[] tables = new DocLabels[docs.size()];
    int[] docOf = new int[samples.size()];
    for (int d = 0; d < docs.size(); d++) {
      int[] r = docs.get(d);
      List<String[]> toks = new ArrayList<>();
      for (int j = r[0]; j < r[1]; j++) {
        toks.add(samples.get(j).getSentence());
        docOf[j] = d;
      }
      tables[d] = new DocLabels(toks, first.subList(r[0], r[1]));
    }
    log(log, "stacked: stage 2");
    ObjectStream<NameSample> stream = new ObjectStream<>() {
      private int next;

      @Override
      public NameSample read() {
        if (next >= samples.size()) {
          DocLabels.setCurrent(null);
          return null;
        }
        // the event stream makes a sample's events as soon as it is read: set its document first
        DocLabels.setCurrent(tables[docOf[next]]);
        return samples.get(next++);
      }

      @Override
      public void reset() {
        next = 0;
      }
    };
    try {
      return NameFinderME.train(cfg.get("language", "en"), null, stream, NerTrainer.params(cfg),
          NerTrainer.factory(cfg, cfg.get("stacked.features", ""), Map.of(Stage1Model.ENTRY, Stage1Model.of(stage1))));
    } finally {
      DocLabels.setCurrent(null);
    }
  }

  /** Sample index ranges [from, to) of the documents (a document starts where adaptive data is cleared). */
  static List<int[]> documents(List<NameSample> samples) {
    List<int[]> docs = new ArrayList<>();
    int from = 0;
    for (int j = 1; j <= samples.size(); j++) {
      if (j == samples.size() || samples.get(j).isClearAdaptiveDataSet()) {
        docs.add(new int[] {from, j});
        from = j;
      }
    }
    return docs;
  }

  /** Stage-1 spans of every sample, each from a model that did not see its document. */
  static List<Span[]> jackknife(TrainConfig cfg, List<NameSample> samples, List<int[]> docs, int folds, StringBuilder log)
      throws IOException {
    Span[][] out = new Span[samples.size()][];
    for (int f = 0; f < folds; f++) {
      List<NameSample> train = new ArrayList<>();
      for (int d = 0; d < docs.size(); d++) {
        if (d % folds != f) {
          train.addAll(samples.subList(docs.get(d)[0], docs.get(d)[1]));
        }
      }
      log(log, "stacked: fold " + (f + 1) + "/" + folds + ", " + train.size() + " sentences");
      EntityTagger tagger = new EntityTagger(NerTrainer.train(cfg, train), false);
      for (int d = f; d < docs.size(); d += folds) {
        int[] r = docs.get(d);
        List<String[]> toks = new ArrayList<>();
        for (int j = r[0]; j < r[1]; j++) {
          toks.add(samples.get(j).getSentence());
        }
        List<Span[]> spans = tagger.tagTokens(toks);
        for (int j = r[0]; j < r[1]; j++) {
          out[j] = spans.get(j - r[0]);
        }
      }
    }
    return java.util.Arrays.asList(out);
  }

  private static void log(StringBuilder log, String line) {
    System.err.println(line);
    if (log != null) {
      log.append(line).append('\n');
    }
  }

  private static void writeCache(Path file, List<Span[]> spans) throws IOException {
    StringBuilder b = new StringBuilder();
    for (Span[] ss : spans) {
      for (Span s : ss) {
        b.append(s.getStart()).append(' ').append(s.getEnd()).append(' ').append(s.getType()).append(';');
      }
      b.append('\n');
    }
    Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
  }

  private static List<Span[]> readCache(Path file, int n) throws IOException {
    if (!Files.exists(file)) {
      return null;
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.size() != n) {
      return null; // another training set
    }
    List<Span[]> out = new ArrayList<>(n);
    for (String line : lines) {
      List<Span> ss = new ArrayList<>();
      for (String p : line.split(";")) {
        if (!p.isBlank()) {
          String[] f = p.split(" ");
          ss.add(new Span(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2]));
        }
      }
      out.add(ss.toArray(new Span[0]));
    }
    return out;
  }
}
