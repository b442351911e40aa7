package org.newsgraph.ner;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * {@code train --config=FILE --output=MODEL [--corpora=DIR] [--eval] [--cfg.KEY=VALUE ...]}: trains
 * the name finder described by the config on the corpora under DIR (default: the config's
 * {@code corpora.root}, else {@code ../shared/corpora}) and writes the model. {@code --eval} then
 * scores the config's development sets. {@code --cfg.KEY=VALUE} overrides one config entry.
 */
public final class TrainCommand {
  private TrainCommand() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String[] argv) {
    Args a = Args.parse(argv);
    if (a.get("config") == null || a.get("output") == null) {
      System.err.println("usage: train --config=FILE --output=MODEL [--corpora=DIR] [--eval]");
      return 2;
    }
    try {
      TrainConfig cfg = TrainConfig.load(Path.of(a.get("config")), a.has("corpora") ? Path.of(a.get("corpora")) : null);
      for (Map.Entry<String, String> e : a.all().entrySet()) {
        if (e.getKey().startsWith("cfg.")) {
          cfg.props.setProperty(e.getKey().substring(4), e.getValue());
        }
      }
      if (a.all().keySet().stream().anyMatch(k -> k.startsWith("cfg."))) {
        cfg = reload(cfg, a);
      }
      long t0 = System.nanoTime();
      StringBuilder log = new StringBuilder();
      List<NameSample> samples = NerTrainer.samples(cfg, log);
      System.err.print(log);
      System.err.printf("train: %d sentences, %d names; training...%n", samples.size(), NerTrainer.countEntities(samples));
      TokenNameFinderModel model = StackedTrainer.enabled(cfg) ? StackedTrainer.train(cfg, samples, null) : NerTrainer.train(cfg, samples);
      Path out = Path.of(a.get("output"));
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out))) {
        model.serialize(os);
      }
      System.err.printf("train: wrote %s (%.1f MB) in %.0f s%n", out, Files.size(out) / 1e6, (System.nanoTime() - t0) / 1e9);
      System.err.println("train: " + againstShipped(out));
      if (a.has("eval")) {
        TokenNameFinderModel reloaded = NerModels.load(out);
        for (TrainConfig.CorpusSpec s : cfg.dev) {
          EvalCommand.report(s.name, cfg.read(s), reloaded, System.out);
        }
      }
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println("train: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      System.err.println("train: " + e);
      return 1;
    }
  }

  /** Whether the new model is the shipped one byte for byte (its manifest aside), and if not, which entries differ. */
  static String againstShipped(Path model) throws IOException {
    Map<String, String> shipped;
    try (InputStream in = NerModels.class.getResourceAsStream(NerModels.SHIPPED)) {
      if (in == null) {
        return "no shipped model to compare with";
      }
      shipped = ModelDigest.of(in);
    }
    Map<String, String> built;
    try (InputStream in = Files.newInputStream(model)) {
      built = ModelDigest.of(in);
    }
    Set<String> diff = ModelDigest.differences(shipped, built);
    return diff.isEmpty() ? "identical to the shipped model (all entries but the manifest)"
        : "differs from the shipped model in " + String.join(", ", diff);
  }

  /** Re-parses the corpus specs after {@code --cfg.} overrides. */
  private static TrainConfig reload(TrainConfig cfg, Args a) throws IOException {
    Path tmp = Files.createTempFile("ner-config", ".properties");
    try (OutputStream os = Files.newOutputStream(tmp)) {
      cfg.props.store(os, null);
    }
    try {
      TrainConfig c = TrainConfig.load(tmp, cfg.corporaRoot);
      return c.withDir(cfg.configDir);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
