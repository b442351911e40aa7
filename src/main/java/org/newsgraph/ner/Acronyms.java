package org.newsgraph.ner;

import java.util.List;
import java.util.Locale;
import opennlp.tools.util.Span;

/**
 * A name written in capitals inside a sentence in mixed case is an acronym, and acronyms name bodies far more often
 * than places: "[UNITA] still keeps thousands of armed men", "[MNLA] fighters", "[CERN]", "[SUNY]". The model typed
 * such unknown acronyms places (in 3,000 Wikipedia articles this rule changed about 70 mentions of 22 acronyms, 6 of
 * them wrongly: "SXSW", "SCUBA"). A one-word place span in capitals, four letters or more, becomes an organisation for
 * the whole document, unless the word or its usual casing is a country, a town of GeoNames or a place of the actor
 * dictionary ("USSR", "JAPAN", "LAGOS"). Only for sentences as written.
 */
final class Acronyms {
  private Acronyms() {}

  /** The spans with each such place retyped an organisation (also added to {@code retyped}). */
  static Span[] apply(String[] t, Span[] spans, List<Span> retyped) {
    return SpanSets.organisations(spans, sp -> sp.getType().equals("LOC") && sp.length() == 1
        && acronym(t[sp.getStart()]) && !place(t[sp.getStart()]), retyped);
  }


  private static boolean acronym(String w) {
    if (w.length() < 4) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isUpperCase(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean place(String w) {
    String usual = w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
    for (String form : new String[] {w, usual}) {
      if (Towns.isPlace(form)) {
        return true;
      }
    }
    return false;
  }
}
