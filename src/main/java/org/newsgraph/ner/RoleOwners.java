package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * A name right before a role in lower case and a person is whose role it is: "[FNSEA] president Arnaud Rousseau",
 * "[Partech] general partner Tidjane Dème", "[Polti] team manager Ivan Basso", "[IG Metall] regional chief Murat
 * Yıldız". The model, knowing none of the name's words, left it out. One to three untagged capitalised words (no common
 * word, nationality, date, title, digit or believer's "-ist": "T20I captain", "Congregationalist minister"), then one
 * or two lower-case words ending in a role, then the model's person: an organisation, or a place when a table knows it
 * as one (a country, a town of GeoNames, a place of the actor dictionary: "[Ohio] governor Mike DeWine"). Spans in
 * order; only for sentences as written.
 */
final class RoleOwners {
  private RoleOwners() {}

  private static final Set<String> ROLES = Set.of("president", "chief", "leader", "coach", "manager", "director",
      "founder", "co-founder", "partner", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson",
      "secretary-general", "head", "boss", "executive", "official", "analyst", "economist", "strategist", "captain",
      "governor", "senator", "mayor", "minister");
  private static final int LONGEST = 3;

  static Span[] apply(String[] t, Span[] spans, Predicate<String> commonWord, Predicate<String> demonym) {
    List<Span> added = new ArrayList<>();
    for (int k = 0; k < t.length; k++) {
      Span person = SpanSets.at(spans, k);
      if (person == null || person.getStart() != k || !person.getType().equals("PER")) {
        continue;
      }
      int r = k - 1; // the role's last word
      if (r < 1 || !ROLES.contains(t[r])) {
        continue;
      }
      int end = EntityTagger.isLowerCaseWord(t[r - 1]) && r >= 2 ? r - 1 : r; // "general partner", "team manager"
      int start = SpanSets.nameRunBefore(t, end, LONGEST);
      if (start == end || (start > 0 && SpanSets.capitalised(t[start - 1])) || !SpanSets.free(spans, start, end)
          || SpanSets.anyWord(t, start, end, w -> noNameWord(w, commonWord, demonym))) {
        continue;
      }
      String name = DocConsistency.key(t, start, end);
      added.add(new Span(start, end, Towns.isPlace(name) ? "LOC" : "ORG", 0));
    }
    return SpanSets.with(spans, added);
  }

  /** A word no such name has: a common word, a nationality, a code with digits, a believer's "-ist". */
  private static boolean noNameWord(String w, Predicate<String> commonWord, Predicate<String> demonym) {
    return commonWord.test(w.toLowerCase(Locale.ROOT)) || demonym.test(w) || w.chars().anyMatch(Character::isDigit)
        || w.endsWith("ist");
  }
}
