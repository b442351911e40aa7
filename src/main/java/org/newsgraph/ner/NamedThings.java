package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Things named like persons or places are none of PER, ORG, LOC in news conventions (CoNLL, OntoNotes, GUM, re3d),
 * and no actors, but the model sees a person's name: a disease called after its describer ("Parkinson 's disease",
 * "Down 's syndrome") and a ship ("USS Ronald Reagan", "HMS Ocean"). A span right before "'s" and such a noun is
 * dropped, and so is a span that starts in a ship's name: its prefix and the capitalised words after it. So is a US
 * legislator's party and state, one token ("Sen. Chuck Schumer , D-N.Y. ,", "R-Texas"), which the model took for an
 * organisation: no party is named there, and the state is written short inside the token.
 */
final class NamedThings {
  private NamedThings() {}

  // not "law": "Mr [Spenlow] 's law firm"
  private static final Set<String> CONDITIONS = Set.of("disease", "syndrome", "lymphoma", "sarcoma", "disorder", "palsy");
  // navies' and merchant ships' prefixes; not "SS" (also the Nazi organisation) nor "MS" (also a disease, a company)
  private static final Set<String> SHIP_PREFIXES = Set.of("USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "RMS", "MV");

  private static final Pattern PARTY_AND_STATE = Pattern.compile("[DRI]-[A-Z][A-Za-z.]*(?:\\.|[a-z])");

  static Span[] drop(String[] t, Span[] spans) {
    // the words of ships' names: the capitalised run after a prefix, at most four words ("HMS Queen Elizabeth")
    boolean[] ship = new boolean[t.length];
    for (int i = 0; i + 1 < t.length; i++) {
      if (SHIP_PREFIXES.contains(t[i])) {
        for (int k = i; k < Math.min(t.length, i + 5) && (k == i || Character.isUpperCase(t[k].charAt(0))); k++) {
          ship[k] = true;
        }
      }
    }
    List<Span> kept = new ArrayList<>(spans.length);
    for (Span sp : spans) {
      int e = sp.getEnd();
      boolean condition = e + 1 < t.length && NerCorpus.isPossessive(t[e])
          && CONDITIONS.contains(t[e + 1].toLowerCase());
      boolean party = sp.length() == 1 && PARTY_AND_STATE.matcher(t[sp.getStart()]).matches();
      if (!condition && !ship[sp.getStart()] && !party) {
        kept.add(sp);
      }
    }
    return kept.size() == spans.length ? spans : kept.toArray(new Span[0]);
  }
}
