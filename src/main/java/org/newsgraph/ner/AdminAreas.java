package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * A known place before an administrative unit's word names the unit, a place: "[Potosí Department]", "[Aktobe
 * Region]", "[Gurjaani Municipality]". The model reads the unit's word as an organisation's ("Belén Department" an
 * organisation) and runs on through "of" into the country: "[Potosí Department of Bolivia]", "[Sakha Republic of
 * Russia]". A run of one to three name words that is a known place ({@link Towns#isPlace}; no common word: "Police",
 * a Polish town), then such a word, is a place; the model's span over just those words takes that type, and one that
 * goes on with "of" and another known place is cut in two places. A span that goes on otherwise is left alone: "the
 * [Punjab Department of Health]" is a body. Only for sentences as written.
 */
final class AdminAreas {
  private AdminAreas() {}

  private static final Set<String> UNITS = Set.of("Department", "Region", "Province", "District", "Municipality",
      "Oblast", "Krai", "Governorate", "Prefecture", "Republic", "Raion", "Voivodeship", "Canton", "Okrug");
  private static final int LONGEST = 3;

  static Span[] apply(String[] t, Span[] spans, Predicate<String> commonWord) {
    List<Span> put = new ArrayList<>();
    for (int k = 1; k < t.length; k++) {
      if (!UNITS.contains(t[k])) {
        continue;
      }
      int s = SpanSets.nameRunBefore(t, k, LONGEST);
      if (s == k || (s > 0 && SpanSets.capitalised(t[s - 1])) || !Towns.isPlace(DocConsistency.key(t, s, k))
          || SpanSets.anyWord(t, s, k, w -> commonWord.test(w.toLowerCase(Locale.ROOT)))) { // "Police Prefecture"
        continue;
      }
      Span sp = SpanSets.at(spans, k);
      Span first = SpanSets.at(spans, s);
      if (sp == null ? !SpanSets.free(spans, s, k + 1) : sp != first || sp.getStart() < s) {
        continue; // part of a longer name, or spans of their own inside it
      }
      if (sp == null || sp.getEnd() == k + 1) {
        if (sp == null ? k + 1 >= t.length || !SpanSets.capitalised(t[k + 1]) : !sp.getType().equals("LOC")) {
          put.add(new Span(s, k + 1, "LOC", 0));
        }
        continue;
      }
      int p = k + 2 < t.length && t[k + 1].equals("of") ? (NerCorpus.isThe(t[k + 2]) ? k + 3 : k + 2) : -1;
      if (p > 0 && p < sp.getEnd() && Towns.isPlace(DocConsistency.key(t, p, sp.getEnd()))) {
        put.add(new Span(s, k + 1, "LOC", 0));
        put.add(new Span(p, sp.getEnd(), "LOC", 0));
      }
    }
    return SpanSets.replacing(spans, put);
  }

  /** "[Potosí Department]": a known place and a unit's word, which {@link OrganisationNames#retype} leaves a place. */
  static boolean isArea(String[] t, Span sp) {
    return sp.length() >= 2 && UNITS.contains(t[sp.getEnd() - 1])
        && Towns.isPlace(DocConsistency.key(t, sp.getStart(), sp.getEnd() - 1));
  }
}
