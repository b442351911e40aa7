package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * A realm named by its kind and its seat is one place: "the [Emirate of Córdoba]", "the [Crown of Castile]", "the
 * [Captaincy of Minas Gerais]", "the [Regency of Algiers]", "the [Landgraviate of Hesse-Darmstadt]". The model knows
 * "Kingdom of" and "Republic of", but of rarer kinds it tags the seat alone, or a person. A capitalised kind right
 * before "of" and a name (the model's span, or one to three capitalised words) becomes one place with it; not when a
 * capitalised word stands before the kind ("Supreme Court of the Commonwealth of ..."), which makes it part of a longer
 * name. Sites are named so too: "the [Palace of Holyroodhouse]", "the [Tomb of the Patriarchs]" (session 24). A realm
 * named by its seat and then its kind is a place too: "the [Sokoto Caliphate]", "the [Kebbi Kingdom]" (session 24; see
 * {@link #named}). Only for sentences as written.
 */
final class Realms {
  private Realms() {}

  private static final Set<String> KINDS = Set.of("Kingdom", "Empire", "Emirate", "Crown", "Captaincy", "Duchy",
      "Principality", "Sultanate", "Caliphate", "Electorate", "Landgraviate", "Margraviate",
      "Marquisate", "Khanate", "Regency", "Viceroyalty", "Protectorate", "Colony", "Lordship", "Earldom", "County",
      "Prince-Bishopric", "Bishopric", "Voivodeship", "Beylik", "Despotate", "Tsardom", "Shogunate",
      // sites named the same way: "the [Palace of Holyroodhouse]", "the [Tomb of the Patriarchs]"
      "Palace", "Tomb", "Mausoleum", "Temple", "Shrine", "Fortress", "Citadel");
  private static final int LONGEST = 3;

  static Span[] apply(String[] t, Span[] spans) {
    List<Span> put = new ArrayList<>();
    for (int k = 0; k + 2 < t.length; k++) {
      if (!KINDS.contains(t[k]) || !t[k + 1].equals("of")) {
        continue;
      }
      int from = k > 0 && (t[k - 1].equals("Grand") || t[k - 1].equals("Holy")) ? k - 1 : k; // "Grand Duchy of"
      if (from > 0 && SpanSets.capitalised(t[from - 1]) && !NerCorpus.isThe(t[from - 1])) {
        continue;
      }
      int s = NerCorpus.isThe(t[k + 2]) && k + 3 < t.length ? k + 3 : k + 2;
      Span seat = SpanSets.at(spans, s);
      int e = SpanSets.nameAt(t, spans, s, LONGEST, null);
      if (e > s && SpanSets.free(spans, from, s)) {
        put.add(new Span(from, e, "LOC", seat == null ? 0 : seat.getProb()));
        k = e - 1;
      }
    }
    Span[] withRealms = SpanSets.put(spans, put);
    return SpanSets.put(withRealms, named(t, withRealms));
  }

  // kinds that close a realm's name: "the [Mali Empire]", "the [Sokoto Caliphate]", "the [Kebbi Kingdom]"
  private static final Set<String> CLOSING = Set.of("Kingdom", "Empire", "Caliphate", "Sultanate", "Khanate",
      "Emirate", "Principality", "Duchy", "Khaganate", "Tsardom", "Shogunate");

  /**
   * The model's span or an untagged run of one to three name words that ends in a realm's kind, with no capitalised
   * word after it, as places: "[Sokoto Caliphate]" (the model's organisation), "[Kebbi Kingdom]" (its person). An
   * untagged run after a number or one the actor dictionary knows stays: "the 1987 United Kingdom general election".
   */
  private static List<Span> named(String[] t, Span[] spans) {
    List<Span> out = new ArrayList<>();
    for (int k = 1; k < t.length; k++) {
      if (!CLOSING.contains(t[k]) || (k + 1 < t.length && SpanSets.capitalised(t[k + 1]))) {
        continue;
      }
      Span sp = SpanSets.at(spans, k);
      int s = SpanSets.nameRunBefore(t, k, LONGEST);
      if (sp != null) {
        // the span is the realm's name alone: not "the [House of Commons of the United Kingdom]"
        if (sp.getEnd() == k + 1 && sp.length() > 1 && sp.getStart() >= s && !sp.getType().equals("LOC")) {
          out.add(new Span(sp.getStart(), sp.getEnd(), "LOC", sp.getProb()));
        }
      } else if (s < k && SpanSets.free(spans, s, k)
          && (s == 0 || !SpanSets.capitalised(t[s - 1]) && !Character.isDigit(t[s - 1].charAt(0)))
          && DictionaryNames.typeOf(DocConsistency.key(t, s, k + 1)) == null) {
        // not a state the tagger left out on purpose: "the 1987 United Kingdom general election"
        out.add(new Span(s, k + 1, "LOC", 0));
      }
    }
    return out;
  }
}
