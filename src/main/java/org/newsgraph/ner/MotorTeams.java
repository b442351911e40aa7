package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Motor racing names its teams by their constructors, who are also persons' names and places: "Jacques Villeneuve took
 * third for [Williams]", "Damon Hill finished fourth for [Jordan]", "Giancarlo Fisichella of [Benetton]", "in the
 * second [Williams]". The model reads them as persons. In a document about motor racing (it says "Grand Prix",
 * "Formula One" or "F1"), a constructor's name after "for", "of", "with" or "the second", untagged or tagged alone, is
 * the team. Not a longer name ("Frank Williams"), nor where a person is meant ("Williams said").
 */
final class MotorTeams {
  private MotorTeams() {}

  private static final Set<String> CONSTRUCTORS = Set.of("Williams", "Jordan", "Benetton", "Sauber", "McLaren",
      "Ferrari", "Tyrrell", "Minardi", "Arrows", "Ligier", "Footwork", "Lotus", "Brabham", "Stewart", "Prost",
      "Haas", "Renault", "Mercedes", "Alpine", "Toyota", "Jaguar", "Honda", "BAR", "Force India", "Red Bull",
      "Toro Rosso", "Racing Point", "AlphaTauri", "Alfa Romeo", "Aston Martin", "Super Aguri", "Caterham",
      "Marussia", "Manor", "Spyker", "Midland", "Forti", "Pacific", "Simtek", "Larrousse");
  private static final Set<String> BEFORE = Set.of("for", "of", "with", "second", "joined", "join", "leave", "left");

  /** Whether the document is about motor racing. */
  static boolean aboutRacing(List<String[]> sentences) {
    for (String[] t : sentences) {
      for (int k = 0; k < t.length; k++) {
        if ((t[k].equals("Grand") && k + 1 < t.length && t[k + 1].equals("Prix")) || t[k].equals("F1")
            || (t[k].equals("Formula") && k + 1 < t.length && t[k + 1].equals("One"))) {
          return true;
        }
      }
    }
    return false;
  }

  static Span[] apply(String[] t, Span[] spans) {
    List<Span> put = new ArrayList<>();
    for (int k = 1; k < t.length; k++) {
      if (!BEFORE.contains(t[k - 1])) {
        continue;
      }
      for (int e = k + 1; e <= Math.min(k + 2, t.length); e++) {
        if (!CONSTRUCTORS.contains(DocConsistency.key(t, k, e)) || (e < t.length && SpanSets.capitalised(t[e]))) {
          continue;
        }
        Span same = SpanSets.exactly(List.of(spans), k, e);
        if (same == null ? SpanSets.free(spans, k, e) : !same.getType().equals("ORG")) {
          put.add(new Span(k, e, "ORG", same == null ? 0 : same.getProb()));
        }
      }
    }
    return SpanSets.put(spans, put);
  }
}
