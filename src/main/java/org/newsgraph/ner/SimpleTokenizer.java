package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * A small rule tokenizer close to the CoNLL/UD conventions of the training corpora (punctuation
 * split off, possessive {@code 's} and {@code n't} separate). Used for unlabeled text (word clusters)
 * and {@code tag --format=text} fallbacks; the pipeline uses {@code TextAnalyzer}.
 */
public final class SimpleTokenizer {
  private SimpleTokenizer() {}

  private static boolean isLead(char c) {
    return "\"'`([{“‘«".indexOf(c) >= 0;
  }

  private static boolean isTrail(char c) {
    return "\"'.,;:!?)]}”’»".indexOf(c) >= 0;
  }

  /** Tokens of {@code text}, appended to {@code out}. */
  public static void tokenize(String text, List<String> out) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && !Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      if (j > i) {
        chunk(text, i, j, out);
      }
      i = j;
    }
  }

  public static List<String> tokenize(String text) {
    List<String> out = new ArrayList<>();
    tokenize(text, out);
    return out;
  }

  private static void chunk(String t, int b, int e, List<String> out) {
    while (b < e && isLead(t.charAt(b))) {
      out.add(String.valueOf(t.charAt(b)));
      b++;
    }
    List<String> tail = new ArrayList<>(2);
    while (e > b && isTrail(t.charAt(e - 1))) {
      // keep abbreviation dots such as "U.S." or "Mr." attached when the word has an inner dot or is short and capitalised
      char c = t.charAt(e - 1);
      if (c == '.' && e - b > 1) {
        String w = t.substring(b, e);
        if (w.indexOf('.') < w.length() - 1 || (w.length() <= 4 && Character.isUpperCase(w.charAt(0)))) {
          break;
        }
      }
      if ((c == '\'' || c == '’') && e - b > 1 && (t.charAt(e - 2) == 's' || t.charAt(e - 2) == 'S') && e - b > 2) {
        // plural possessive "leaders'" : split the apostrophe
        tail.add(0, String.valueOf(c));
        e--;
        continue;
      }
      tail.add(0, String.valueOf(c));
      e--;
    }
    if (e > b) {
      String w = t.substring(b, e);
      int len = w.length();
      if (len > 2 && (w.endsWith("'s") || w.endsWith("’s") || w.endsWith("'S") || w.endsWith("’S"))) {
        out.add(w.substring(0, len - 2));
        out.add(w.substring(len - 2));
      } else if (len > 3 && (w.endsWith("n't") || w.endsWith("n’t"))) {
        out.add(w.substring(0, len - 3));
        out.add(w.substring(len - 3));
      } else {
        out.add(w);
      }
    }
    out.addAll(tail);
  }
}
