package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * A numbered road is a place with its number: "drive south on [Highway 3] and then [Highway 1]", "[U.S. Route 24]",
 * "[Interstate 95]", "[State Route 9]". The model tags the road's word alone, or nothing. A road's word and a number
 * after it (digits, maybe a letter: "97", "1A") are one place, with the one word before it that says whose road it is
 * ("U.S.", "State", "Provincial", ...); the model's spans inside are replaced. Only for sentences as written.
 */
final class Roads {
  private Roads() {}

  private static final Set<String> ROADS = Set.of("Highway", "Route", "Interstate", "Motorway", "Expressway",
      "Autobahn", "Freeway");
  private static final Set<String> OWNERS = Set.of("U.S.", "US", "State", "National", "Provincial", "County",
      "Federal", "Trans-Canada", "Pan-American", "Regional");

  static Span[] apply(String[] t, Span[] spans) {
    List<Span> put = new ArrayList<>();
    for (int k = 0; k + 1 < t.length; k++) {
      if (!ROADS.contains(t[k]) || !roadNumber(t[k + 1])) {
        continue;
      }
      int s = k > 0 && OWNERS.contains(t[k - 1]) ? k - 1 : k;
      int e = k + 2;
      if (SpanSets.onlyInside(spans, s, e)
          && (s == 0 || !SpanSets.capitalised(t[s - 1]) || SpanSets.at(spans, s - 1) != null)) {
        put.add(new Span(s, e, "LOC", 0));
      }
    }
    return SpanSets.put(spans, put);
  }

  /** "3", "97", "1A", "A1": digits and at most one letter. */
  static boolean roadNumber(String w) {
    int digits = 0;
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
      } else if (Character.isUpperCase(c)) {
        letters++;
      } else {
        return false;
      }
    }
    return digits >= 1 && digits <= 3 && letters <= 1;
  }
}
