package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * A wire story's dateline names where it was filed: "JERUSALEM 1996-09-02", "AKRON , Ohio 1996-08-23". Every story
 * of a wire archive opens with one, a place and its region in capitals before the date, and the model, reading a line
 * without a verb, misses some ("JERUSALEM") or takes a club's name there for the club. A line of capitalised words,
 * commas between them, and a date at its end is a dateline: each part between commas is a place.
 */
final class Datelines {
  private Datelines() {}

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final int LONGEST = 8;

  /** Whether the sentence is a dateline: capitalised words and commas, then a date ("NEW YORK 1996-08-24"). */
  static boolean isDateline(String[] t) {
    if (t.length < 2 || t.length > LONGEST || !DATE.matcher(t[t.length - 1]).matches() || t[0].equals(",")) {
      return false;
    }
    for (int k = 0; k < t.length - 1; k++) {
      if (!t[k].equals(",") && !capitalisedWord(t[k])) {
        return false;
      }
    }
    return !t[t.length - 2].equals(",");
  }

  private static boolean capitalisedWord(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(c -> Character.isLetter(c)
        || c == '.' || c == '-' || c == '\'');
  }

  /** The document's spans with each dateline's parts as places (in place). */
  static List<Span[]> places(List<String[]> sentences, List<Span[]> spans) {
    for (int i = 0; i < sentences.size(); i++) {
      String[] t = sentences.get(i);
      if (!isDateline(t)) {
        continue;
      }
      List<Span> out = new ArrayList<>();
      int start = 0;
      for (int k = 0; k < t.length; k++) {
        if (t[k].equals(",") || k == t.length - 1) {
          if (k > start) {
            out.add(new Span(start, k, "LOC", probability(spans.get(i), start, k)));
          }
          start = k + 1;
        }
      }
      spans.set(i, out.toArray(new Span[0]));
    }
    return spans;
  }

  private static double probability(Span[] spans, int start, int end) {
    for (Span s : spans) {
      if (s.getStart() == start && s.getEnd() == end) {
        return s.getProb();
      }
    }
    return 0;
  }
}
