package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.Span;

/**
 * What the first stage of a stacked name finder said about one document (Krishnan and Manning
 * 2006): per token string the majority label of its occurrences, per name text the majority type,
 * per token the majority type of the longer names holding it. The second stage reads it through
 * {@link DocLabelFeatureGeneratorFactory}; it is set per thread around each document, like the
 * previous-map's adaptive data, because OpenNLP's feature generators only see one sentence.
 */
public final class DocLabels {
  private static final ThreadLocal<DocLabels> CURRENT = new ThreadLocal<>();
  private static final String[] LABELS = {"PER", "ORG", "LOC", "O"};

  private final Map<String, String> tokenLabel = new HashMap<>();
  private final Map<String, String> nameType = new HashMap<>();
  private final Map<String, String> superType = new HashMap<>();
  private final int maxLen;

  /** From the first stage's spans over the sentences of one document (the tokens stage 2 sees). */
  public DocLabels(List<String[]> sentences, List<Span[]> spans) {
    Map<String, int[]> tok = new HashMap<>();
    Map<String, int[]> names = new HashMap<>();
    Map<String, int[]> sup = new HashMap<>();
    int longest = 1;
    for (int i = 0; i < sentences.size(); i++) {
      String[] t = sentences.get(i);
      int[] label = new int[t.length];
      Arrays.fill(label, 3);
      for (Span s : spans.get(i)) {
        int ty = DocConsistency.typeIndex(s.getType());
        for (int k = s.getStart(); k < s.getEnd(); k++) {
          label[k] = ty;
          if (s.length() > 1) {
            sup.computeIfAbsent(t[k], x -> new int[4])[ty]++;
          }
        }
        names.computeIfAbsent(DocConsistency.key(t, s.getStart(), s.getEnd()), x -> new int[4])[ty]++;
        longest = Math.max(longest, s.length());
      }
      for (int k = 0; k < t.length; k++) {
        tok.computeIfAbsent(t[k], x -> new int[4])[label[k]]++;
      }
    }
    for (Map.Entry<String, int[]> e : tok.entrySet()) {
      int[] v = e.getValue();
      if (v[0] + v[1] + v[2] > 0) { // only tokens named at least once
        tokenLabel.put(e.getKey(), LABELS[argmax(v)]);
      }
    }
    names.forEach((k, v) -> nameType.put(k, LABELS[argmax(v)]));
    sup.forEach((k, v) -> superType.put(k, LABELS[argmax(v)]));
    this.maxLen = longest;
  }

  private static int argmax(int[] v) {
    int b = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[b]) {
        b = i;
      }
    }
    return b;
  }

  /** The document features of every token of a sentence. */
  public List<List<String>> features(String[] tokens) {
    List<List<String>> out = new ArrayList<>(tokens.length);
    for (int i = 0; i < tokens.length; i++) {
      out.add(new ArrayList<>(4));
    }
    // the longest name of the document at each position ("Tom Cruise" wherever it occurs)
    int[] cover = new int[tokens.length];
    String[] coverType = new String[tokens.length];
    for (int s = 0; s < tokens.length; s++) {
      for (int len = Math.min(maxLen, tokens.length - s); len >= 1; len--) {
        String ty = nameType.get(DocConsistency.key(tokens, s, s + len));
        if (ty != null) {
          for (int k = s; k < s + len; k++) {
            if (len > cover[k]) {
              cover[k] = len;
              coverType[k] = ty + (k == s ? ":B" : ":I");
            }
          }
          break;
        }
      }
    }
    for (int i = 0; i < tokens.length; i++) {
      List<String> f = out.get(i);
      String t = tokenLabel.get(tokens[i]);
      if (t != null) {
        f.add("dlt=" + t);
      }
      if (coverType[i] != null) {
        f.add("dle=" + coverType[i].substring(0, 3));
        f.add("dle=" + coverType[i]);
      }
      String s = superType.get(tokens[i]);
      if (s != null) {
        f.add("dls=" + s);
      }
    }
    return out;
  }

  /** The document the current thread is tagging (or training on), or null. */
  public static DocLabels current() {
    return CURRENT.get();
  }

  public static void setCurrent(DocLabels d) {
    if (d == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(d);
    }
  }
}
