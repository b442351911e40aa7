package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * A university's campus named with "at" is part of the university's name: "the [University of Texas at Austin]", "the
 * [University of North Carolina at Chapel Hill]", "[University of Illinois at Urbana-Champaign]". The model ends the
 * organisation before "at" and makes the town a place. An organisation span that opens with "University" (or "State
 * University"), then "at" and the town (the model's place or an untagged town of GeoNames, no capitalised word
 * after it), becomes one organisation; not "the Islamic University of Madinah at Medina", where the university's
 * own name has a place. Spans in order.
 */
final class Campuses {
  private Campuses() {}

  private static final int LONGEST = 3;

  static Span[] apply(String[] t, Span[] spans) {
    List<Span> put = new ArrayList<>();
    for (Span sp : spans) {
      int at = sp.getEnd();
      if (!sp.getType().equals("ORG") || at + 1 >= t.length || !t[at].equals("at")
          || !(t[sp.getStart()].equals("University") || sp.length() > 1 && t[sp.getStart()].equals("State")
              && t[sp.getStart() + 1].equals("University"))) {
        continue;
      }
      Span town = SpanSets.at(spans, at + 1);
      int run = SpanSets.nameRun(t, at + 1, LONGEST);
      int e = town != null ? (town.getStart() == at + 1 && town.getType().equals("LOC") ? town.getEnd() : -1)
          : Towns.isTown(DocConsistency.key(t, at + 1, run)) ? run : -1;
      if (e > at + 1 && SpanSets.nothingCapitalisedAt(t, e)) {
        put.add(new Span(sp.getStart(), e, "ORG", sp.getProb()));
      }
    }
    return SpanSets.replacing(spans, put);
  }
}
