package org.newsgraph.ner;

import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * A team named by its town and a nickname in the plural is one organisation: "[Mumbai] Indians", "[Sydney] Swans",
 * where the model stopped at the town (the nickname looks like a common word or a people), or "[Chennai Super Kings]",
 * which it took for a place. In a document about sport, a place or organisation span that one or two untagged
 * capitalised words follow, the last a plural, grows to take them as an organisation, and a place span of two words or
 * more ending in such a plural is an organisation. Not events ("the Sydney Olympics", "Commonwealth Games") nor places
 * named in the plural ("Cayman Islands", "United States", "West Midlands"). Spans in place.
 */
final class TeamNicknames {
  private TeamNicknames() {}

  private static final Set<String> EVENTS = Set.of("Games", "Olympics", "Paralympics", "Championships", "Masters",
      "Series", "Finals", "Awards", "Nationals", "Classics", "Trials", "Opens", "Internationals", "Tests", "Marathons",
      "Races", "Rallies", "Regattas", "Stakes", "Sevens", "Wars");
  private static final Set<String> PLACES = Set.of("Islands", "Isles", "States", "Emirates", "Territories",
      "Highlands", "Lowlands", "Midlands", "Hills", "Mountains", "Falls", "Heights", "Springs", "Keys", "Lakes",
      "Plains", "Alps", "Andes", "Rockies", "Dunes", "Flats", "Woods", "Gardens", "Fields", "Downs", "Sands", "Wells",
      "Rapids", "Narrows", "Philippines", "Netherlands", "Bahamas", "Seychelles", "Maldives", "Comoros", "Azores",
      "Balkans", "Americas", "Carpathians", "Pyrenees", "Apennines", "Dardanelles", "Hebrides", "Cyclades", "Docks",
      "Meadows", "Cliffs", "Glades", "Everglades", "Commons", "Waters", "Hamptons", "Cotswolds", "Barbados", "Marshes",
      "Seas", "Antilles", "Grounds");
  // nicknames in the singular: "the Oklahoma City Thunder", "the Miami Heat", "the Seattle Storm"
  private static final Set<String> SINGULAR = Set.of("Thunder", "Heat", "Magic", "Jazz", "Wild", "Lightning",
      "Avalanche", "Kraken", "Crew", "Galaxy", "Fire", "Sky", "Storm", "Liberty", "Mercury", "Fever", "Dream", "Lynx",
      "Whitecaps");
  // plurals that end names of institutions, firms and buildings ("Bradford Universities", "NHK News")
  private static final Set<String> INSTITUTIONS = Set.of("Councils", "Universities", "Colleges", "Schools",
      "Churches", "Museums", "Halls", "Barracks", "Studios", "Holdings", "News");

  /**
   * {@code placeWord}: words of places' names, which the town's last word must be ("Karachi", "Sydney"); {@code
   * nameWord}: words of persons' or places' names ("Angeles", "Collins"), no nicknames.
   */
  static void apply(String[] tokens, Span[] spans, Predicate<String> placeWord, Predicate<String> nameWord) {
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      int end = sp.getEnd();
      if (!sp.getType().equals("LOC") && !sp.getType().equals("ORG")) {
        continue;
      }
      int grown = placeWord.test(tokens[end - 1]) ? nicknameEnd(tokens, spans, end, nameWord) : end;
      if (grown > end) {
        spans[i] = new Span(sp.getStart(), grown, "ORG", sp.getProb()); // "[Mumbai] Indians"
      } else if (sp.getType().equals("LOC") && sp.length() >= 2 && nickname(tokens[end - 1], nameWord)
          && placeWord.test(tokens[sp.getStart()]) && !NerCorpus.isDemonym(tokens[end - 1])) {
        spans[i] = new Span(sp.getStart(), end, "ORG", sp.getProb()); // "[Chennai Super Kings]"; not "South Africans"
      }
    }
  }

  /**
   * The end of one or two untagged capitalised words from {@code end} that end in a nickname, no capitalised word after
   * them; {@code end} when there are none.
   */
  private static int nicknameEnd(String[] tokens, Span[] spans, int end, Predicate<String> nameWord) {
    int k = end;
    while (k < tokens.length && k - end < 2 && SpanSets.capitalised(tokens[k])
        && !ClusterFeatureGeneratorFactory.isUpper(tokens[k]) && SpanSets.free(spans, k, k + 1)) {
      k++;
    }
    while (k > end && !nickname(tokens[k - 1], nameWord)) {
      k--;
    }
    return k > end && SpanSets.nothingCapitalisedAt(tokens, k) ? k : end;
  }

  /**
   * A capitalised plural that is no event, no place's or institution's plural and no word of persons' or places'
   * names: "Indians", "Swans", "Kings"; not "Vegas", "Collins", "Campus", "Louis". Or a nickname in the singular.
   */
  private static boolean nickname(String w, Predicate<String> nameWord) {
    return SINGULAR.contains(w)
        || w.length() >= 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
        && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1)) && !EVENTS.contains(w)
        && !PLACES.contains(w) && !INSTITUTIONS.contains(w) && !nameWord.test(w);
  }
}
