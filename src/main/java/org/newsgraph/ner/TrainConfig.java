package org.newsgraph.ner;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The training config ({@code .properties}): corpora (paths relative to the corpora root, format,
 * type mapping, weight), development sets, the feature descriptor and its cluster resources, the
 * label codec and the trainer parameters. See {@code src/main/ner/train-config.properties}.
 */
public final class TrainConfig {
  /** One corpus (or dev set) definition. */
  public static final class CorpusSpec {
    public String name;
    public List<String> files = new ArrayList<>(); // glob patterns relative to the corpora root
    public List<String> exclude = new ArrayList<>();
    public String format = "conll"; // conll | gum
    public int tokenColumn = Integer.MIN_VALUE; // auto
    public int tagColumn = -1;
    public Map<String, String> map = new LinkedHashMap<>();
    public double weight = 1.0;
    public int docSentences = 0;
    public int every = 1; // keep every n-th file (after sorting)
    public int offset = 0;
    public double upperCase = 0.0; // fraction of sentences added again fully upper-cased
    public double lowerCase = 0.0; // fraction of sentences added again fully lower-cased
    public boolean properNames; // keep only capitalised names, without trailing lower-case words
    public boolean stripRoles; // person names without the role ("Foreign Secretary [Boris Johnson]")
    public boolean allUpper = false; // dev sets: every token upper-cased (headline robustness)
  }

  public final Properties props;
  public final Path configDir;
  public final Path corporaRoot;
  public final List<CorpusSpec> train = new ArrayList<>();
  public final List<CorpusSpec> dev = new ArrayList<>();

  private TrainConfig(Properties props, Path configDir, Path corporaRoot) {
    this.props = props;
    this.configDir = configDir;
    this.corporaRoot = corporaRoot;
  }

  /** The same config, with relative feature/resource paths resolved against {@code dir}. */
  TrainConfig withDir(Path dir) {
    TrainConfig c = new TrainConfig(props, dir, corporaRoot);
    c.train.addAll(train);
    c.dev.addAll(dev);
    return c;
  }

  public static TrainConfig load(Path file, Path corporaOverride) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Path dir = file.toAbsolutePath().getParent();
    Path root = corporaOverride != null ? corporaOverride : Path.of(p.getProperty("corpora.root", "../shared/corpora"));
    TrainConfig c = new TrainConfig(p, dir, root);
    for (String n : list(p.getProperty("train", ""))) {
      c.train.add(spec(p, n));
    }
    for (String n : list(p.getProperty("dev", ""))) {
      c.dev.add(spec(p, n));
    }
    return c;
  }

  static List<String> list(String s) {
    List<String> out = new ArrayList<>();
    for (String x : s.split(",")) {
      if (!x.isBlank()) {
        out.add(x.strip());
      }
    }
    return out;
  }

  private static CorpusSpec spec(Properties p, String name) {
    String k = "corpus." + name + ".";
    CorpusSpec s = new CorpusSpec();
    s.name = name;
    s.files = list(req(p, k + "files"));
    s.exclude = list(p.getProperty(k + "exclude", ""));
    s.format = p.getProperty(k + "format", "conll");
    String tc = p.getProperty(k + "tokenColumn", "auto");
    s.tokenColumn = tc.equals("auto") ? Integer.MIN_VALUE : Integer.parseInt(tc);
    s.tagColumn = Integer.parseInt(p.getProperty(k + "tagColumn", "-1"));
    for (String m : list(p.getProperty(k + "map", "PER:PER,ORG:ORG,LOC:LOC"))) {
      String[] kv = m.split(":");
      s.map.put(kv[0].strip(), kv[1].strip());
    }
    s.weight = Double.parseDouble(p.getProperty(k + "weight", "1"));
    s.docSentences = Integer.parseInt(p.getProperty(k + "docSentences", "0"));
    s.every = Integer.parseInt(p.getProperty(k + "every", "1"));
    s.offset = Integer.parseInt(p.getProperty(k + "offset", "0"));
    s.upperCase = Double.parseDouble(p.getProperty(k + "upperCase", "0"));
    s.lowerCase = Double.parseDouble(p.getProperty(k + "lowerCase", "0"));
    s.allUpper = p.getProperty(k + "transform", "").equals("upper");
    s.properNames = Boolean.parseBoolean(p.getProperty(k + "properNames", "false"));
    s.stripRoles = Boolean.parseBoolean(p.getProperty(k + "stripRoles", "false"));
    return s;
  }

  private static String req(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null) {
      throw new IllegalArgumentException("config: missing " + key);
    }
    return v;
  }

  /** A path named in the config (features, resources), relative to the config file. */
  public Path local(String rel) {
    return configDir.resolve(rel);
  }

  /** The files of a corpus spec, sorted, filtered by exclude / every / offset. */
  public List<Path> files(CorpusSpec s) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String pat : s.files) {
      Path full = corporaRoot.resolve(pat);
      if (!pat.contains("*") && !pat.contains("?") && !pat.contains("{")) {
        if (!Files.exists(full)) {
          throw new IOException("corpus " + s.name + ": no file " + full);
        }
        out.add(full);
        continue;
      }
      // walk from the longest glob-free directory prefix, match the path relative to the root
      String[] parts = pat.split("/");
      Path base = corporaRoot;
      for (int i = 0; i < parts.length - 1 && !parts[i].matches(".*[*?{\\[].*"); i++) {
        base = base.resolve(parts[i]);
      }
      PathMatcher pm = FileSystems.getDefault().getPathMatcher("glob:" + pat);
      if (Files.isDirectory(base)) {
        try (java.util.stream.Stream<Path> walk = Files.walk(base)) {
          walk.filter(Files::isRegularFile).filter(f -> pm.matches(corporaRoot.relativize(f))).forEach(out::add);
        }
      }
    }
    List<PathMatcher> ex = new ArrayList<>();
    for (String e : s.exclude) {
      ex.add(FileSystems.getDefault().getPathMatcher("glob:" + e));
    }
    out.removeIf(f -> ex.stream().anyMatch(m -> m.matches(f.getFileName())));
    Collections.sort(out);
    List<Path> kept = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      if (i % s.every == s.offset) {
        kept.add(out.get(i));
      }
    }
    if (kept.isEmpty()) {
      throw new IOException("corpus " + s.name + ": no files match " + s.files + " under " + corporaRoot);
    }
    return kept;
  }

  /** All documents of a corpus spec (before weighting). */
  public List<NerCorpus.Doc> read(CorpusSpec s) throws IOException {
    List<NerCorpus.Doc> docs = new ArrayList<>();
    for (Path f : files(s)) {
      if (s.format.equals("gum")) {
        docs.add(NerCorpus.readGum(f));
      } else {
        docs.addAll(NerCorpus.readConll(f, s.tokenColumn, s.tagColumn, s.map, s.docSentences));
      }
    }
    if (s.properNames || s.stripRoles) {
      for (NerCorpus.Doc d : docs) {
        for (NerCorpus.LabeledSentence ls : d.sentences) {
          if (s.properNames) {
            NerCorpus.keepProperNames(ls);
          }
          if (s.stripRoles) {
            NerCorpus.stripRoles(ls);
          }
        }
      }
    }
    if (s.allUpper) {
      for (NerCorpus.Doc d : docs) {
        for (NerCorpus.LabeledSentence ls : d.sentences) {
          for (int i = 0; i < ls.tokens.length; i++) {
            ls.tokens[i] = ls.tokens[i].toUpperCase(java.util.Locale.ROOT);
          }
        }
      }
    }
    return docs;
  }

  public CorpusSpec devSet(String name) {
    for (CorpusSpec s : dev) {
      if (s.name.equals(name)) {
        return s;
      }
    }
    for (CorpusSpec s : train) {
      if (s.name.equals(name)) {
        return s;
      }
    }
    return props.getProperty("corpus." + name + ".files") == null ? null : spec(props, name);
  }

  public String get(String key, String dflt) {
    return props.getProperty(key, dflt);
  }
}
