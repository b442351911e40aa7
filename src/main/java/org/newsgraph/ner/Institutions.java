package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * An institution that news name by one word after "the" is an organisation: "the Kremlin", "the Fed", "the Knesset",
 * "the Bundestag", "the Taliban". The model leaves some of them out ("The Kremlin rejected the claim"); the actor
 * dictionary knows them. An untagged word after "the" that is, as written, a one-word organisation of the dictionary
 * is that organisation, and so is one after a place's possessive ("Russia's [Gazprom]"), not before "election" or
 * "summit", whose names hold it ("the Knesset election"). Before a capitalised word it stays one ("the [G7] Summit";
 * also, wrongly, "the [UN] Educational, Scientific and Cultural Organization" that the model missed: the dev sets and
 * Wikinews say this is the better side). Without "the" the dictionary's short names are too often something else ("AP
 * Photo", "RT" in tweets). Only for sentences as written.
 */
final class Institutions {
  private Institutions() {}

  private static final Set<String> EVENTS = Set.of("election", "elections", "summit", "summits", "by-election");

  /** The spans with each such institution added (spans in order). */
  static Span[] apply(String[] tokens, Span[] spans) {
    List<Span> added = new ArrayList<>();
    for (int k = 1; k < tokens.length; k++) {
      if (!(NerCorpus.isThe(tokens[k - 1]) || afterPlaces(tokens, spans, k))
          || !"ORG".equals(DictionaryNames.typeOf(tokens[k]))
          || (k + 1 < tokens.length && EVENTS.contains(tokens[k + 1])) || !SpanSets.free(spans, k, k + 1)) {
        continue;
      }
      added.add(new Span(k, k + 1, "ORG", 0));
    }
    return SpanSets.with(spans, added);
  }

  /** "Russia 's [Gazprom]", "Italy 's [Eni]": a place's possessive before the word. */
  private static boolean afterPlaces(String[] tokens, Span[] spans, int k) {
    if (k < 2 || !NerCorpus.isPossessive(tokens[k - 1])) {
      return false;
    }
    Span place = SpanSets.at(spans, k - 2);
    return place != null && place.getEnd() == k - 1 && place.getType().equals("LOC");
  }

}
