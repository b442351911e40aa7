package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * What only a firm or a body does to a thing names it after "by": "published by [Heinemann]", "distributed by
 * [Inpress]", "a ferry operated by [DFDS]", "manufactured by [Liebherr]", "broadcast by [Chess.com]"; so does a
 * maker's goods bought "from" it ("31 jets from [Boeing]", "avionics from [Garmin]"). The model,
 * knowing none of the name's words, leaves it out or reads a person or a place. One to three untagged capitalised words
 * after such a verb and "by" (no capitalised word after them), or the model's person or place span there, are an
 * organisation; not a name opened by a word that mostly starts persons' names ("published by John Murray") or holding
 * an initial ("W S Gwynn Williams"), nor part of a longer name ("Guide to Iceland"), nor a country, a town of GeoNames
 * or a place or person of the actor dictionary. Spans in order; only for sentences as written.
 */
final class FirmsBy {
  private FirmsBy() {}

  private static final Set<String> VERBS = Set.of("published", "distributed", "operated", "manufactured", "marketed",
      "broadcast", "televised", "underwritten", "insured");
  // goods a firm makes or sells, bought "from" it: "31 jets from [Boeing]", "engines from [Lycoming]" (session 25)
  private static final Set<String> GOODS = Set.of("jets", "aircraft", "airliners", "planes", "engines", "avionics",
      "turbines", "chips", "semiconductors", "cars", "vehicles", "trucks", "buses", "locomotives", "phones",
      "smartphones", "handsets", "vaccines", "doses", "drugs", "components", "parts", "equipment", "software",
      "batteries", "tankers", "frigates", "submarines", "helicopters", "drones", "missiles", "rifles", "orders");
  private static final int LONGEST = 3;
  private static final Set<String> LINKS = Set.of("of", "to", "for", "and", "&", "de");

  static Span[] apply(String[] t, Span[] spans, Predicate<String> firstName) {
    List<Span> put = new ArrayList<>();
    for (int k = 2; k < t.length; k++) {
      if (!(t[k - 1].equals("by") && VERBS.contains(t[k - 2]) || t[k - 1].equals("from") && GOODS.contains(t[k - 2]))
          || firstName.test(t[k])) {
        continue;
      }
      Span span = SpanSets.at(spans, k);
      int e = SpanSets.nameAt(t, spans, k, LONGEST, "ORG");
      if (e > k && (SpanSets.anyWord(t, k, e, FirmsBy::initial)
          || span == null && e + 1 < t.length && LINKS.contains(t[e]) && SpanSets.capitalised(t[e + 1]))) {
        continue; // a person's initials ("W S Gwynn Williams"), or a longer name ("Guide to Iceland")
      }
      if (e > k && (e < t.length ? Character.isDigit(t[e].charAt(0)) : t[e - 1].endsWith("."))) {
        continue; // a unit's number follows ("helicopters from No. 3 Squadron"), or the sentence was cut after "No."
      }
      String name = e > k ? DocConsistency.key(t, k, e) : null;
      if (name != null && !Nations.isNation(name) && !Towns.isTown(name)
          && (DictionaryNames.typeOf(name) == null || "ORG".equals(DictionaryNames.typeOf(name)))) {
        put.add(new Span(k, e, "ORG", span == null ? 0 : span.getProb()));
      }
    }
    return SpanSets.put(spans, put);
  }

  /** "W", "N.", "J.R.": a person's initial. */
  private static boolean initial(String w) {
    return w.length() == 1 && Character.isUpperCase(w.charAt(0))
        || w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
  }
}
