package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * News puts the kind of a body before its name when the reader may not know it: "the regulator [Ofwat]", "according to
 * consultancy [Knight Frank]", "data firm [Briter Bridges]", "the engineering union [IG Metall]", "chipmaker [TSMC]".
 * The model, knowing none of the name's words, leaves it out or takes it for a person. One to three capitalised words
 * right after a noun that names only organisations ("carmaker", "drugmaker", not "filmmaker"), untagged or tagged a
 * person, are an organisation. Not "party" ("the party Smith founded"), nor the nouns of persons' trades
 * ("broadcaster", "developer"); outlets after "newspaper" and the like are {@link MediaNames}'. Spans in order; only
 * for sentences as written.
 */
final class KindNouns {
  private KindNouns() {}

  private static final Set<String> NOUNS = Set.of("consultancy", "regulator", "watchdog", "firm", "company", "bank",
      "lender", "insurer", "union", "bureau", "agency", "broker", "brokerage", "retailer", "carrier", "airline",
      "conglomerate", "startup", "start-up", "charity", "fund", "think-tank", "exchange", "operator", "carmaker",
      "automaker", "chipmaker", "drugmaker", "planemaker", "steelmaker", "toymaker", "service");
  private static final int LONGEST = 3;

  static Span[] apply(String[] t, Span[] spans) {
    List<Span> found = new ArrayList<>();
    for (int k = 1; k < t.length; k++) {
      if (!isKind(t[k - 1])) {
        continue;
      }
      int e = k;
      while (e < t.length && e - k < LONGEST && SpanSets.capitalised(t[e]) && Character.isLetter(t[e].charAt(0))
          && !NerCorpus.isDateWord(t[e]) && !NerCorpus.title(t[e])) {
        e++;
      }
      if (e == k || (e < t.length && SpanSets.capitalised(t[e]))) {
        continue; // none, or a longer name
      }
      Span same = SpanSets.exactly(List.of(spans), k, e);
      if (same == null ? !SpanSets.free(spans, k, e) : !same.getType().equals("PER")) {
        continue; // partly inside a span, or a place or an organisation already
      }
      found.add(new Span(k, e, "ORG", 0));
      k = e;
    }
    return SpanSets.put(spans, found);
  }

  private static boolean isKind(String w) {
    return NOUNS.contains(w);
  }
}
