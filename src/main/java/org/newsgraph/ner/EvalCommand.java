package org.newsgraph.ner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * {@code eval --input=CONLL [--model=MODEL] [--no-consistency] [--no-truecase]}: entity-level precision, recall and
 * F1 per type and overall (conlleval counting: a name counts when span and type are exact). CONLL:
 * token in the first column, IOB2 (or IOB1/IO) tag in the last, blank line between sentences,
 * {@code -DOCSTART-} between documents; types other than PER / ORG / LOC count as O.
 * {@code eval --input=GOLD --predicted=TAGGED} scores a tagged file (e.g. {@code tag}'s output) without a model.
 * Also {@code eval --config=FILE --set=NAME[,NAME] [--corpora=DIR]} scores a corpus of the training config
 * ({@code --export=FILE} writes it as CoNLL instead; {@code {set}} in FILE is replaced by the set name).
 */
public final class EvalCommand {
  private static final Map<String, String> PLAIN = Map.of("PER", "PER", "ORG", "ORG", "LOC", "LOC");

  private EvalCommand() {}

  private static List<NerCorpus.LabeledSentence> sentences(List<NerCorpus.Doc> docs) {
    List<NerCorpus.LabeledSentence> out = new java.util.ArrayList<>();
    for (NerCorpus.Doc d : docs) {
      out.addAll(d.sentences);
    }
    return out;
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String[] argv) {
    Args a = Args.parse(argv);
    if (a.get("input") == null && (a.get("config") == null || a.get("set") == null)) {
      System.err.println("usage: eval --input=CONLL [--model=MODEL]  |  eval --config=FILE --set=NAME [--model=MODEL]");
      return 2;
    }
    try {
      TokenNameFinderModel model = a.has("export") || a.has("predicted") ? null : NerModels.shippedOr(a.has("model") ? Path.of(a.get("model")) : null);
      // --no-consistency / --no-truecase: score the model without that step of the tagger
      EntityTagger tagger = model == null ? null : new EntityTagger(model, !a.has("no-consistency"), !a.has("no-truecase"));
      if (a.get("input") != null && a.get("predicted") != null) {
        // score a tagged file against the gold one, without a model (as conlleval does)
        List<NerCorpus.Doc> gold = NerCorpus.readConll(Path.of(a.get("input")), 0, -1, PLAIN, 0);
        List<NerCorpus.Doc> pred = NerCorpus.readConll(Path.of(a.get("predicted")), 0, -1, PLAIN, 0);
        NerEval ev = new NerEval();
        List<NerCorpus.LabeledSentence> g = sentences(gold);
        List<NerCorpus.LabeledSentence> p = sentences(pred);
        if (g.size() != p.size()) {
          System.err.println("eval: " + g.size() + " gold sentences but " + p.size() + " predicted");
          return 2;
        }
        for (int i = 0; i < g.size(); i++) {
          if (g.get(i).tokens.length != p.get(i).tokens.length) {
            System.err.println("eval: sentence " + (i + 1) + " differs in length");
            return 2;
          }
          ev.add(g.get(i).spans(), p.get(i).spans());
          ev.tokens += g.get(i).tokens.length;
        }
        System.out.print(ev.table());
      } else if (a.get("input") != null) {
        List<NerCorpus.Doc> docs = NerCorpus.readConll(Path.of(a.get("input")), 0, -1, PLAIN, 0);
        report(a.get("input"), docs, tagger, System.out);
      } else {
        TrainConfig cfg = TrainConfig.load(Path.of(a.get("config")), a.has("corpora") ? Path.of(a.get("corpora")) : null);
        for (String name : TrainConfig.list(a.get("set"))) {
          TrainConfig.CorpusSpec s = cfg.devSet(name);
          if (s == null) {
            System.err.println("eval: no corpus " + name + " in " + a.get("config"));
            return 2;
          }
          if (a.has("export")) {
            export(cfg.read(s), Path.of(a.get("export").replace("{set}", name)));
            continue;
          }
          report(name, cfg.read(s), tagger, System.out);
        }
      }
      return 0;
    } catch (IOException e) {
      System.err.println("eval: " + e);
      return 1;
    }
  }

  /** Writes documents as CoNLL ({@code token<TAB>gold}, {@code -DOCSTART-} between documents). */
  static void export(List<NerCorpus.Doc> docs, Path out) throws IOException {
    StringBuilder b = new StringBuilder();
    for (NerCorpus.Doc d : docs) {
      b.append("-DOCSTART-\tO\n\n");
      for (NerCorpus.LabeledSentence s : d.sentences) {
        for (int i = 0; i < s.tokens.length; i++) {
          b.append(s.tokens[i]).append('\t').append(s.tags[i]).append('\n');
        }
        b.append('\n');
      }
    }
    java.nio.file.Files.writeString(out, b.toString());
  }

  static NerEval report(String name, List<NerCorpus.Doc> docs, TokenNameFinderModel model, PrintStream out) {
    return report(name, docs, new EntityTagger(model), out);
  }

  static NerEval report(String name, List<NerCorpus.Doc> docs, EntityTagger tagger, PrintStream out) {
    long t0 = System.nanoTime();
    NerEval ev = NerEval.evaluate(docs, tagger);
    double s = (System.nanoTime() - t0) / 1e9;
    out.printf("== %s: %d docs, %d tokens, %.0f tokens/s%n", name, docs.size(), ev.tokens, ev.tokens / s);
    out.print(ev.table());
    return ev;
  }
}
