package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Crude oil benchmarks are named like a person or a place and are neither (CoNLL's MISC): "Brent crude", "U.S. West
 * Texas Intermediate crude", "Urals blend". Markets reports name them in every other line, and the model took "Brent"
 * for a person, then document consistency every "Brent" of the story. In a document that writes "Brent" before
 * "crude", "oil", "futures" or "blend", no "Brent" is a name; a span in "West Texas Intermediate" never is; "Urals"
 * and "Dubai", also places, only right before such a word. After document consistency.
 */
final class OilGrades {
  private OilGrades() {}

  private static final Set<String> OIL = Set.of("crude", "oil", "futures", "blend");
  private static final Set<String> PLACES_TOO = Set.of("Urals", "Dubai");

  static List<Span[]> drop(List<String[]> sentences, List<Span[]> spans) {
    boolean brent = false;
    for (String[] t : sentences) {
      for (int k = 0; k + 1 < t.length && !brent; k++) {
        brent = t[k].equals("Brent") && OIL.contains(t[k + 1]);
      }
    }
    List<Span[]> out = new ArrayList<>(spans.size());
    for (int i = 0; i < sentences.size(); i++) {
      String[] t = sentences.get(i);
      Span[] sp = spans.get(i);
      List<Span> kept = new ArrayList<>(sp.length);
      for (Span s : sp) {
        if (!grade(t, s, brent)) {
          kept.add(s);
        }
      }
      out.add(kept.size() == sp.length ? sp : kept.toArray(new Span[0]));
    }
    return out;
  }

  private static boolean grade(String[] t, Span s, boolean brent) {
    int b = s.getStart();
    int e = s.getEnd();
    if (brent && e - b == 1 && t[b].equals("Brent")) {
      return true;
    }
    if (e - b == 1 && PLACES_TOO.contains(t[b]) && e < t.length && OIL.contains(t[e])) {
      return true;
    }
    for (int k = Math.max(0, b - 2); k < e && k + 2 < t.length; k++) { // overlaps "West Texas Intermediate"
      if (t[k].equals("West") && t[k + 1].equals("Texas") && t[k + 2].equals("Intermediate") && k + 3 > b) {
        return true;
      }
    }
    return false;
  }
}
