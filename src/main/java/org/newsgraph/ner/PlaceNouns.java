package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * A place's kind in lower case beside its name says what the name is: "the [Volta] and [Brong-Ahafo] regions",
 * "the neighbouring [Ray] and [Livingston] counties", "[Innlandet] county", "the [Rhone] valley", "the river [Otta]",
 * "the [Linden] neighborhood"; sites named by their place after "the", "its" or a possessive: "its [Chuquicamata]
 * mine", "the [Adre] border crossing", "the [Niseko] ski area" (session 22).
 * The model, knowing none of the words, leaves such names out or reads a surname ("Ray", "Livingston"). One to three
 * capitalised words right before the noun (all the names of a list before a plural: "A , B and C provinces"), or right
 * after "the river", untagged or tagged a person, are places. Not a nationality ("the Kurdish region") nor a lone
 * compass or common word ("the Western region", "Multiple rivers"). Spans in order; only for sentences as written.
 */
final class PlaceNouns {
  private PlaceNouns() {}

  private static final Set<String> SINGULAR = Set.of("county", "province", "region", "district", "municipality",
      "valley", "river", "governorate", "prefecture", "oblast", "canton", "parish", "township", "neighbourhood",
      "neighborhood", "suburb", "stream", "creek", "brook", "basin", "delta", "estuary", "fjord", "glacier", "lagoon",
      "archipelago", "peninsula", "coast");
  private static final Set<String> PLURAL = Set.of("counties", "provinces", "regions", "districts", "municipalities",
      "valleys", "rivers", "governorates", "prefectures", "oblasts", "cantons", "parishes", "townships", "mountains",
      "neighbourhoods", "neighborhoods", "suburbs", "streams", "creeks", "basins", "glaciers", "highlands",
      "ranges", "islands");
  // sites named by their place: "its [Chuquicamata] mine", "the [Erez] crossing", "the [Rungis] wholesale market";
  // after "the", "its" or a possessive only, and not a name the actor dictionary knows ("the Kremlin area"); not
  // "camp" ("the Biden camp"), "plant" ("the Ford plant") nor "station" ("the school 's TV station")
  private static final Set<String> FACILITIES = Set.of("mine", "mines", "smelter", "refinery", "mill", "crossing",
      "terminal", "reservoir", "plateau", "ward", "settlement", "dam", "oilfield", "area", "belt", "scheme", "market",
      "point");
  private static final Set<String> MODIFIERS = Set.of("border", "ski", "informal", "wholesale", "hydro", "coffee",
      "oil", "gas", "power", "steel", "copper", "gold", "coal", "iron", "paper", "pulp", "cement", "crossing",
      "nuclear", "diamond", "lithium", "uranium", "platinum");
  private static final Set<String> OWNERS = Set.of("the", "its", "their", "'s");
  private static final Set<String> COMPASS = Set.of("North", "South", "East", "West", "Northern", "Southern",
      "Eastern", "Western", "Central", "Upper", "Lower", "Greater");
  private static final int LONGEST = 3;
  private static final Set<String> LIST = Set.of("and", ",", "the");

  static Span[] apply(String[] t, Span[] spans, Predicate<String> demonym, Predicate<String> commonWord) {
    List<Span> found = new ArrayList<>();
    for (int k = 1; k < t.length; k++) {
      boolean plural = PLURAL.contains(t[k]);
      if (plural || SINGULAR.contains(t[k])) {
        // "the Jotunheimen and Breheimen mountain ranges": the kind may be two words
        int end = k > 1 && t[k].equals("ranges") && t[k - 1].equals("mountain") ? k - 1 : k;
        while (true) {
          int s = runBefore(t, end);
          if (s == end || !takes(t, spans, s, end, demonym, commonWord)) {
            break;
          }
          found.add(new Span(s, end, "LOC", 0));
          // a list goes on before a plural: "Skjåk , Vågå and Lom municipalities"
          if (!plural || s < 2 || !(t[s - 1].equals("and") || t[s - 1].equals(","))) {
            break;
          }
          end = s - 1;
        }
      }
      if (FACILITIES.contains(t[k])) {
        int end = k > 1 && MODIFIERS.contains(t[k - 1]) ? k - 1 : k; // "the Adre border crossing"
        int s = runBefore(t, end);
        if (s < end && s > 0 && OWNERS.contains(t[s - 1]) && takes(t, spans, s, end, demonym, commonWord)
            && DictionaryNames.typeOf(DocConsistency.key(t, s, end)) == null) {
          found.add(new Span(s, end, "LOC", 0));
        }
      }
      if (t[k].equals("river") && t[k - 1].equalsIgnoreCase("the") && k + 1 < t.length) {
        int e = SpanSets.capitalisedRun(t, k + 1, 2);
        if (e > k + 1 && takes(t, spans, k + 1, e, demonym, commonWord)) {
          found.add(new Span(k + 1, e, "LOC", 0));
        }
      }
    }
    return SpanSets.put(spans, found);
  }

  /** The first token of the run of capitalised words (letters first) that ends before token {@code end}. */
  private static int runBefore(String[] t, int end) {
    int s = SpanSets.nameRunBefore(t, end, LONGEST);
    // a longer name ("The" and more, "Isle of Wight counties"), or a word cut at a dot or hyphen ("St . Anthony
    // parish", "Grands - Ponts region")
    return s > 0 && (SpanSets.capitalised(t[s - 1]) || t[s - 1].equals(".") || t[s - 1].equals("-")
        || (s > 1 && t[s - 1].equals("of") && SpanSets.capitalised(t[s - 2]))) ? end : s;
  }

  /**
   * Whether tokens [s, e) may be a place: untagged or exactly a person; no nationality, no lone compass word, no lone
   * common word but in a list ("Local municipalities", "Multiple rivers"; "the neighboring Ray and Livingston").
   */
  private static boolean takes(String[] t, Span[] spans, int s, int e, Predicate<String> demonym,
      Predicate<String> commonWord) {
    if (e - s == 1 && (COMPASS.contains(t[s]) || demonym.test(t[s])
        || (commonWord.test(t[s].toLowerCase(Locale.ROOT)) && !inList(t, s, e)))) {
      return false;
    }
    if (demonym.test(t[e - 1])) {
      return false;
    }
    Span same = SpanSets.exactly(List.of(spans), s, e);
    return same == null ? SpanSets.free(spans, s, e) : same.getType().equals("PER");
  }

  private static boolean inList(String[] t, int s, int e) {
    return s > 0 && (LIST.contains(t[s - 1]) || LIST.contains(t[e]));
  }
}
