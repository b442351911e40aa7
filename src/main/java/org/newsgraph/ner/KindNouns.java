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
 * for sentences as written.
 */
final class KindNouns {
  private KindNouns() {}

  private static final Set<String> NOUNS = Set.of("consultancy", "regulator", "watchdog", "firm", "company", "bank",
      "lender", "insurer", "union", "bureau", "agency", "broker", "brokerage", "retailer", "carrier", "airline",
      "conglomerate", "startup", "start-up", "charity", "fund", "think-tank", "exchange", "operator", "carmaker",
      "automaker", "chipmaker", "drugmaker", "planemaker", "steelmaker", "toymaker", "service", "supplier", "manufacturer", "distributor");
  // "maker" after the goods it makes ("parts maker [Metal Leve]"), not after what persons make ("film maker")
  private static final Set<String> PERSONS_MAKE = Set.of("film", "movie", "documentary", "policy", "peace",
      "decision", "law", "match", "trouble", "king", "deal", "rain", "shoe", "watch", "cabinet", "dress", "guitar",
      "violin", "furniture", "coffee", "home", "money", "noise", "music", "record");
  private static final int LONGEST = 3;
  private static final Set<String> AND = Set.of("and", "&");

  /** The organisations named after such a noun (to be put in the place of the model's spans). */
  static List<Span> found(String[] t, Span[] spans) {
    List<Span> found = new ArrayList<>();
    for (int k = 1; k < t.length; k++) {
      if (!isKind(t, k - 1)) {
        continue;
      }
      int e = k;
      while (e < t.length && e - k < LONGEST && SpanSets.capitalised(t[e]) && Character.isLetter(t[e].charAt(0))
          && !NerCorpus.isDateWord(t[e]) && !NerCorpus.title(t[e])) {
        e++;
      }
      if (e == k || (e < t.length && SpanSets.capitalised(t[e])) || longer(t, k, e)) {
        continue; // none, or a longer name ("firm Lucas and Cummings", "maker House of Marley")
      }
      if (who(t, e)) {
        continue; // a person: "manufacturer Alfred Hess , who"
      }
      Span same = SpanSets.exactly(List.of(spans), k, e);
      if (same == null ? !SpanSets.free(spans, k, e) : !same.getType().equals("PER")) {
        continue; // partly inside a span, or a place or an organisation already
      }
      found.add(new Span(k, e, "ORG", 0));
      k = e;
    }
    return found;
  }

  /**
   * The names that may stand for the same body elsewhere in the document: not one named like a person ("the company
   * [Taras Shevchenko]", a military unit), whose other mentions are likely the person.
   */
  static List<Span> notPersons(String[] t, List<Span> found, Predicate<String> givenName) {
    List<Span> out = new ArrayList<>(found.size());
    for (Span sp : found) {
      if (sp.length() == 1 || !givenName.test(t[sp.getStart()])) {
        out.add(sp);
      }
    }
    return out;
  }

  /** Whether the name goes on: "firm [Lucas] and Cummings", "maker [House] of Marley"; not "[Andrade Capital] of Rio". */
  private static boolean longer(String[] t, int k, int e) {
    return e + 1 < t.length && SpanSets.capitalised(t[e + 1])
        && (AND.contains(t[e]) || (t[e].equals("of") && e - k == 1));
  }

  private static boolean who(String[] t, int e) {
    return (e < t.length && t[e].equals("who")) || (e + 1 < t.length && t[e].equals(",") && t[e + 1].equals("who"));
  }

  private static boolean isKind(String[] t, int k) {
    if (t[k].equals("service")) { // "the private weather service [Meteorum]", not "At the service Ortega awarded"
      return k > 0 && !t[k - 1].isEmpty() && Character.isLowerCase(t[k - 1].charAt(0)) && !NerCorpus.isThe(t[k - 1])
          && !t[k - 1].equals("a");
    }
    return NOUNS.contains(t[k]) || (t[k].equals("maker") && k > 0 && !t[k - 1].isEmpty()
        && Character.isLowerCase(t[k - 1].charAt(0)) && !PERSONS_MAKE.contains(t[k - 1]));
  }
}
