package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * News gives a person's age beside the name: "Sakhile Dube , 34 , said", "Mokoena , a 29-year-old miner from Phokeng ,
 * said". A name right before such an age, tagged otherwise or left out, is a person (the model had "Mokoena" a place).
 * Not "a 170-year-old company" and the like, nor a country, a town of GeoNames or a place or organisation of the actor
 * dictionary. Spans in order; only for sentences as written.
 */
final class Ages {
  private Ages() {}

  private static final Pattern YEAR_OLD = Pattern.compile("\\d{1,3}-year-old");
  private static final Pattern AGE = Pattern.compile("[1-9]\\d");
  private static final Set<String> ARTICLES = Set.of("a", "an");
  // what else has an age: "Siemens , a 170-year-old company"
  private static final Set<String> THINGS = Set.of("company", "firm", "business", "brand", "building", "church",
      "bridge", "tree", "club", "newspaper", "tradition", "festival", "house", "mill", "ship", "school", "institution",
      "law", "dispute", "conflict", "war", "feud", "rule", "ban", "record", "policy", "case", "car", "plane", "engine",
      "team", "party", "group", "chain", "bank", "hotel", "theatre", "theater", "temple", "mosque", "castle");

  static Span[] apply(String[] t, Span[] spans, Predicate<String> commonWord) {
    List<Span> found = new ArrayList<>();
    for (int k = 1; k + 2 < t.length; k++) {
      if (!t[k].equals(",") || !aged(t, k + 1)) {
        continue;
      }
      int[] named = SpanSets.nameBefore(t, spans, k, "PER", commonWord);
      if (named == null) {
        continue;
      }
      int s = named[0];
      String name = DocConsistency.key(t, s, k);
      String known = DictionaryNames.typeOf(name);
      if (Nations.isNation(name) || Towns.isTown(name) || (known != null && !known.equals("PER"))) {
        continue;
      }
      found.add(new Span(s, k, "PER", 0));
    }
    return SpanSets.put(spans, found);
  }

  /** Whether an age starts at token {@code i}: "34 ,", "a 29-year-old miner" (not "a 170-year-old company"). */
  private static boolean aged(String[] t, int i) {
    if (AGE.matcher(t[i]).matches() && i + 2 < t.length && t[i + 1].equals(",")
        && !Character.isDigit(t[i + 2].charAt(0))) {
      return true; // not a citation's volume and pages: "Depression and Anxiety , 29 , 409-416"
    }
    return ARTICLES.contains(t[i]) && i + 1 < t.length && YEAR_OLD.matcher(t[i + 1]).matches()
        && !(i + 2 < t.length && THINGS.contains(t[i + 2]));
  }
}
