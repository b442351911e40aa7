package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * A side's line-up names its players: "Brentford : Flekken , Collins , Van den Berg , Pinnock , Lewis-Potter ...". The
 * model, reading a list of bare surnames, tags some of them persons and leaves out or mistypes the rest ("Cash",
 * "Torres", "Digne"). After a club (an organisation span right before the colon, opening the sentence), five or more
 * items separated by commas or semicolons, each one to three capitalised words with name particles ("Van den Berg",
 * "de Silva"), maybe followed by a bracket ("( Janelt 67 )"), up to the sentence's end, are persons; an item that is a
 * country, a town of GeoNames or a place of the actor dictionary keeps its type (a group's list of nations). A
 * lower-case word in an item says the line is prose, and nothing changes. Documents about sport only.
 */
final class LineUps {
  private LineUps() {}

  private static final int FEWEST = 5;
  private static final Set<String> PARTICLES = Set.of("van", "den", "der", "de", "da", "dos", "das", "di", "le", "la",
      "el", "al", "bin", "ben", "von", "del");

  static Span[] apply(String[] t, Span[] spans) {
    int colon = -1;
    for (Span s : spans) {
      if (s.getStart() == 0 && s.getType().equals("ORG") && s.getEnd() < t.length && t[s.getEnd()].equals(":")) {
        colon = s.getEnd();
      }
    }
    if (colon < 0) {
      return spans;
    }
    List<int[]> items = new ArrayList<>();
    int k = colon + 1;
    while (k < t.length) {
      int s = k;
      while (k < t.length && (SpanSets.capitalised(t[k]) || PARTICLES.contains(t[k]))
          && Character.isLetter(t[k].charAt(0))) {
        k++;
      }
      if (k == s || k - s > 3 || !SpanSets.anyWord(t, s, k, SpanSets::capitalised)) {
        return spans; // not a name ("de la" alone): prose or a table
      }
      items.add(new int[] {s, k});
      if (k < t.length && t[k].equals("(")) { // a substitute or a minute: skip the bracket
        while (k < t.length && !t[k].equals(")")) {
          k++;
        }
        k++;
      }
      if (k >= t.length || t[k].equals(".")) {
        break;
      }
      if (!t[k].equals(",") && !t[k].equals(";")) {
        return spans;
      }
      k++;
    }
    if (items.size() < FEWEST) {
      return spans;
    }
    List<Span> put = new ArrayList<>();
    for (int[] it : items) {
      if (SpanSets.onlyInside(spans, it[0], it[1]) && !Towns.isPlace(DocConsistency.key(t, it[0], it[1]))) {
        put.add(new Span(it[0], it[1], "PER", 1.0));
      }
    }
    return SpanSets.put(spans, put);
  }
}
