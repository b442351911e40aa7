package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/** Entity-level precision / recall / F1 per type and overall, counted as conlleval does (exact span and type). */
public final class NerEval {
  /** Counts: [type][0=true positives, 1=predicted, 2=gold]; type index 3 = overall. */
  public final long[][] counts = new long[4][3];
  public long tokens;

  public void add(Span[] gold, Span[] predicted) {
    Set<String> g = new HashSet<>();
    for (Span s : gold) {
      g.add(s.getStart() + ":" + s.getEnd() + ":" + s.getType());
      counts[DocConsistency.typeIndex(s.getType())][2]++;
      counts[3][2]++;
    }
    for (Span s : predicted) {
      counts[DocConsistency.typeIndex(s.getType())][1]++;
      counts[3][1]++;
      if (g.contains(s.getStart() + ":" + s.getEnd() + ":" + s.getType())) {
        counts[DocConsistency.typeIndex(s.getType())][0]++;
        counts[3][0]++;
      }
    }
  }

  /** Tags the documents with {@code tagger} and counts against their gold spans. */
  public static NerEval evaluate(List<NerCorpus.Doc> docs, EntityTagger tagger) {
    NerEval ev = new NerEval();
    for (NerCorpus.Doc d : docs) {
      List<String[]> toks = new ArrayList<>();
      for (NerCorpus.LabeledSentence s : d.sentences) {
        toks.add(s.tokens);
        ev.tokens += s.tokens.length;
      }
      List<Span[]> pred = tagger.tagTokens(toks);
      for (int i = 0; i < toks.size(); i++) {
        ev.add(d.sentences.get(i).spans(), pred.get(i));
      }
    }
    return ev;
  }

  public double precision(int t) {
    return counts[t][1] == 0 ? 0 : counts[t][0] / (double) counts[t][1];
  }

  public double recall(int t) {
    return counts[t][2] == 0 ? 0 : counts[t][0] / (double) counts[t][2];
  }

  public double f1(int t) {
    double p = precision(t);
    double r = recall(t);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double f1() {
    return f1(3);
  }

  public String table() {
    StringBuilder b = new StringBuilder();
    b.append(String.format("%-8s %9s %9s %9s %7s %7s%n", "type", "precision", "recall", "F1", "gold", "found"));
    String[] names = {"PER", "ORG", "LOC", "overall"};
    for (int t = 0; t < 4; t++) {
      b.append(String.format("%-8s %9.4f %9.4f %9.4f %7d %7d%n", names[t], precision(t), recall(t), f1(t), counts[t][2], counts[t][1]));
    }
    return b.toString();
  }

  /** One line: overall and per-type F1. */
  public String brief() {
    return String.format("F1 %.4f (P %.4f R %.4f) PER %.4f ORG %.4f LOC %.4f", f1(3), precision(3), recall(3), f1(0), f1(1), f1(2));
  }
}
