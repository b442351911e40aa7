package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * News puts the kind of a body before its name when the reader may not know it: "the regulator [Ofwat]", "according to
 * consultancy [Knight Frank]", "data firm [Briter Bridges]", "the engineering union [IG Metall]", "chipmaker [TSMC]".
 * The model, knowing none of the name's words, leaves it out or takes it for a person. One to three capitalised words
 * right after a noun that names only organisations ("carmaker", "drugmaker", not "filmmaker"), untagged or tagged a
 * person, are an organisation. Not "party" ("the party Smith founded"), nor the nouns of persons' trades
 * ("broadcaster", "developer"); outlets after "newspaper" and the like are {@link MediaNames}'. Spans in order; only
 * for sentences as written. The noun may open the sentence ("Consultancy [Drewry] said"), and a span of the model's
 * that took it in starts after it.
 */
final class KindNouns {
  private KindNouns() {}

  private static final Set<String> NOUNS = Set.of("consultancy", "regulator", "watchdog", "firm", "company", "bank",
      "lender", "insurer", "union", "bureau", "agency", "broker", "brokerage", "retailer", "carrier", "airline",
      "conglomerate", "startup", "start-up", "charity", "fund", "think-tank", "exchange", "operator", "carmaker",
      "automaker", "chipmaker", "drugmaker", "planemaker", "steelmaker", "toymaker", "service", "supplier",
      "manufacturer", "distributor", "chain");
  // bodies' nouns that are other words too ("to network", "group C"): after an article, an adjective or a noun only,
  // no single letter, and not through the document ("the rock band [Winter]" in a singer's biography named Winter)
  private static final Set<String> GROUPS = Set.of("channel", "portal", "website", "band", "group", "association",
      "federation", "club", "network", "label", "orchestra", "ensemble");
  private static final Set<String> NO_ADJECTIVES = Set.of("to", "will", "would", "could", "should", "can", "must",
      "may", "might", "not", "and", "or");
  // the nouns that may open a sentence before the name, capitalised; not those that open names ("Union Pacific",
  // "Bank Leumi", "Fund for Peace")
  private static final Set<String> OPENING = Set.of("Consultancy", "Regulator", "Watchdog", "Lender", "Insurer",
      "Broker", "Brokerage", "Retailer", "Conglomerate", "Startup", "Start-up", "Carmaker", "Automaker", "Chipmaker",
      "Drugmaker", "Planemaker", "Steelmaker", "Toymaker", "Manufacturer", "Distributor", "Supplier");
  // "maker" after the goods it makes ("parts maker [Metal Leve]"), not after what persons make ("film maker")
  private static final Set<String> PERSONS_MAKE = Set.of("film", "movie", "documentary", "policy", "peace",
      "decision", "law", "match", "trouble", "king", "deal", "rain", "shoe", "watch", "cabinet", "dress", "guitar",
      "violin", "furniture", "coffee", "home", "money", "noise", "music", "record");
  private static final int LONGEST = 3;
  private static final Set<String> AND = Set.of("and", "&");
  // words that make the noun a person's job: "its alleged operator", "his firm"
  private static final Set<String> OF_PERSONS = Set.of("alleged", "its", "his", "her", "their", "my", "our", "your");

  /** The organisations named after such a noun (to be put in the place of the model's spans). */
  static List<Span> found(String[] t, Span[] spans) {
    withoutKind(t, spans);
    List<Span> found = new ArrayList<>();
    for (int k = 1; k < t.length; k++) {
      if (!isKind(t, k - 1)) {
        continue;
      }
      int e = SpanSets.nameRun(t, k, LONGEST);
      if (e == k || (e < t.length && SpanSets.capitalised(t[e])) || (e == k + 1 && t[k].length() == 1)
          || (e < t.length && NerCorpus.isPossessive(t[e]))) {
        continue; // none, a longer name, a letter ("group C"), or a name cut at its "'s" ("Master 's Hammer")
      }
      if (partners(t, spans, e)) { // "consultancy [Bastos & Lemos]", "the law firm [Lucas and Cummings]"
        int more = SpanSets.nameRun(t, e + 1, LONGEST);
        if (more == e + 1 || (more < t.length && SpanSets.capitalised(t[more]))) {
          continue;
        }
        e = more;
      } else if (e - k == 1 && e + 1 < t.length && t[e].equals("of") && SpanSets.capitalised(t[e + 1])) {
        continue; // "maker House of Marley"; not "the firm [Andrade Capital] of Sao Paulo"
      }
      if (who(t, e)) {
        continue; // a person: "manufacturer Alfred Hess , who"
      }
      if (!onlyPersonsInside(spans, k, e)) {
        continue; // partly inside a span, or a place or an organisation already
      }
      found.add(new Span(k, e, "ORG", 0));
      k = e;
    }
    return found;
  }

  /**
   * The model's span that took the noun in ("[steelmaker Tata Steel]", "[Consultancy DKRA Group]") starts after it.
   * Spans in place.
   */
  private static void withoutKind(String[] t, Span[] spans) {
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      int k = sp.getStart();
      if (sp.length() >= 2 && isKind(t, k) && SpanSets.capitalised(t[k + 1])
          && (Character.isLowerCase(t[k].charAt(0)) || k == 0)) {
        spans[i] = new Span(k + 1, sp.getEnd(), sp.getType(), sp.getProb());
      }
    }
  }

  /**
   * The names that may stand for the same body elsewhere in the document: not one named like a person ("the company
   * [Taras Shevchenko]", a military unit), whose other mentions are likely the person.
   */
  static List<Span> notPersons(String[] t, List<Span> found, Predicate<String> givenName) {
    List<Span> out = new ArrayList<>(found.size());
    for (Span sp : found) {
      if (sp.getStart() > 0 && GROUPS.contains(t[sp.getStart() - 1])) {
        continue;
      }
      if (sp.length() == 1 || !givenName.test(t[sp.getStart()])) {
        out.add(sp);
      }
    }
    return out;
  }

  /**
   * Whether the name goes on with "&" or "and" and its partners' names: "[Bastos & Lemos]", "[Lucas and Cummings]";
   * not "operator [KPN] and Greece 's OTE", where a place or an organisation of the model's follows.
   */
  private static boolean partners(String[] t, Span[] spans, int e) {
    if (e + 1 >= t.length || !AND.contains(t[e]) || !SpanSets.capitalised(t[e + 1])) {
      return false;
    }
    Span next = SpanSets.at(spans, e + 1);
    return t[e].equals("&") || ((next == null || next.getType().equals("PER"))
        && !(e + 2 < t.length && t[e + 2].equals("'s")));
  }

  /** Whether tokens [s, e) hold no span but persons inside them (the model's reading of a firm's founders). */
  private static boolean onlyPersonsInside(Span[] spans, int s, int e) {
    for (Span sp : spans) {
      if (sp.getStart() < e && s < sp.getEnd()
          && (sp.getStart() < s || sp.getEnd() > e || !sp.getType().equals("PER"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean who(String[] t, int e) {
    return (e < t.length && t[e].equals("who")) || (e + 1 < t.length && t[e].equals(",") && t[e + 1].equals("who"));
  }

  private static boolean isKind(String[] t, int k) {
    if (k > 0 && OF_PERSONS.contains(t[k - 1])) {
      return false; // "its alleged operator Jong Woo Son"
    }
    if (t[k].equals("service")) { // "the private weather service [Meteorum]", not "At the service Ortega awarded"
      return k > 0 && !t[k - 1].isEmpty() && Character.isLowerCase(t[k - 1].charAt(0)) && !NerCorpus.isThe(t[k - 1])
          && !t[k - 1].equals("a");
    }
    if (k == 0 && OPENING.contains(t[0])) {
      return true; // the sentence's first word: "Consultancy [Drewry] said"
    }
    if (GROUPS.contains(t[k])) {
      return k > 0 && !t[k - 1].isEmpty() && Character.isLetterOrDigit(t[k - 1].charAt(0))
          && !NO_ADJECTIVES.contains(t[k - 1]);
    }
    return NOUNS.contains(t[k]) || (t[k].equals("maker") && k > 0 && !t[k - 1].isEmpty()
        && Character.isLowerCase(t[k - 1].charAt(0)) && !PERSONS_MAKE.contains(t[k - 1]));
  }
}
