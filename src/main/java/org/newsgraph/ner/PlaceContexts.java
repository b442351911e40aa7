package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * A town the model does not know comes out a person ("the village of [Begovac]", "the state of [Jalisco]", "suspect in
 * [Bondi] stabbing"), yet the words before it say it is a place. A person span right after "city of", "town of",
 * "village of" (and the like), a distance's "20 km north of", a described person's "from" ("a 34-year-old
 * schoolteacher from [Ruhengeri]", session 22) or a birthplace's "born at" or "native of" ("born at [Cromarty]") is a
 * place; so is a one-word person right after "in" or
 * "near" when no possessive or capitalised word follows and the word is no given name ("starred in [Karen]" stays),
 * and a person whose first word opens places' names ("Kampong Tungku", "Wadi Barada", session 20) or who follows
 * an untagged such word ("the Estádio da [Luz]", session 22). Document
 * consistency may still vote a name back to a person when its other mentions are ("the port city of Kobe" in a story
 * whose headline and dateline the model read as a person). Spans in place; only for sentences as written.
 */
final class PlaceContexts {
  private PlaceContexts() {}

  private static final Set<String> SETTLEMENTS = Set.of("city", "town", "village", "capital", "suburb", "district",
      "province", "port", "county", "municipality", "borough", "neighbourhood", "neighborhood", "island", "hamlet",
      "commune", "township", "region", "state");
  private static final Set<String> IN = Set.of("in", "near");
  // "6 kilometres south-east of [Stromiec]", "20 km north of [Tver]"
  private static final Set<String> DISTANCES = Set.of("km", "kilometres", "kilometers", "miles", "mi", "metres",
      "meters", "m");
  private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "north-east", "north-west",
      "south-east", "south-west", "northeast", "northwest", "southeast", "southwest", "north-northeast",
      "north-northwest", "south-southeast", "south-southwest", "east-northeast", "east-southeast", "west-northwest",
      "west-southwest");

  /**
   * Whether the words before token {@code k} say a place follows: "village of", "town of" (...), or a distance and a
   * direction and "of" ("6 kilometres south-east of", "20 km north of").
   */
  private static boolean placeOf(String[] tokens, int k) {
    return k >= 2 && tokens[k - 1].equals("of") && (SETTLEMENTS.contains(tokens[k - 2])
        || (k >= 3 && DIRECTIONS.contains(tokens[k - 2]) && DISTANCES.contains(tokens[k - 3])))
        || k >= 2 && tokens[k - 1].equals("from") && describesPerson(tokens, k - 1)
        || k >= 2 && BIRTH.contains(tokens[k - 2] + " " + tokens[k - 1]);
  }

  // where a person was born or comes from: "He was born at [Cromarty]", "a fellow native of [Cromarty]" (session 25)
  private static final Set<String> BIRTH = Set.of("born in", "born at", "native of", "natives of");

  // who comes from a place: "a 34-year-old schoolteacher from [Ruhengeri]", "a father of three from [Sai Kung]"
  private static final Set<String> PEOPLE = Set.of("resident", "residents", "native", "natives", "farmer", "farmers",
      "villager", "villagers", "father", "mother", "fisherman", "fishermen", "student", "students", "teacher",
      "schoolteacher", "shopkeeper", "trader", "traders", "man", "woman", "men", "women", "boy", "girl", "family",
      "families", "couple", "pensioner", "driver", "worker", "workers", "miner", "miners", "herder", "nurse", "doctor");

  /** Whether a person's description ends right before token {@code from}: an age, a person's noun, "of three" after. */
  private static boolean describesPerson(String[] tokens, int from) {
    String before = tokens[from - 1];
    if (before.endsWith("-year-old") || PEOPLE.contains(before)) {
      return true;
    }
    return from >= 3 && tokens[from - 2].equals("of") && PEOPLE.contains(tokens[from - 3])
        && (COUNTS.contains(before) || Character.isDigit(before.charAt(0)));
  }

  private static final Set<String> COUNTS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine");
  // words that open places' names in the languages news quotes: village, road, hill, river, island, cape, valley,
  // ruin, mountain ("[Kampong Tungku]", "[Jalan Muara]", "[Wadi Barada]", "[Khirbet Kerak]"), stadium, square, street
  // ("[Estádio D. Afonso Henriques]", "[Piazza Navona]", "[Rue Cler]"); not "Monte", "Villa",
  // "Sierra", "Cerro", "Ras", which open persons' and clubs' names too
  private static final Set<String> PLACE_WORDS = Set.of("Kampong", "Kampung", "Jalan", "Bukit", "Sungai", "Pulau",
      "Tanjung", "Gunung", "Teluk", "Wadi", "Khirbet", "Kafr", "Deir", "Jebel", "Jabal", "Ain", "Lac", "Río", "Mount",
      "Lake", "Cape", "Estádio", "Estadio", "Stade", "Stadio", "Stadion", "Piazza", "Praça", "Rue", "Calle",
      "Avenida", "Teatro", "Palazzo", "Palacio", "Schloss", "Château", "Igreja", "Iglesia", "Chiesa", "Basilica");

  /**
   * Retypes such persons in place (class comment), and adds the places a kind, a distance or a described person's
   * "from" names ("the village of [Lavina]", "20 km north of [Tver]", "[Kampong Tungku]") to {@code sure}: the document
   * means the place in its other mentions too. Not after "in" or "near" alone, nor after "state of" ("the parlous state
   * of [Talcott] and Kimmer 's marriage"), nor before an apostrophe ("the town of [James] ' Mills").
   */
  static void apply(String[] tokens, Span[] spans, Predicate<String> firstName, List<Span> sure) {
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      int s = sp.getStart();
      if (!sp.getType().equals("PER")) {
        continue;
      }
      boolean settlement = placeOf(tokens, s);
      boolean in = s > 0 && sp.length() == 1 && IN.contains(tokens[s - 1]) && !firstName.test(tokens[s])
          && SpanSets.nothingCapitalisedAt(tokens, sp.getEnd()) && !possessive(tokens, sp.getEnd());
      int opened = openedBy(tokens, spans, s); // "the Estádio da [Luz]": the place's word and its particle left out
      boolean placeWord = sp.length() >= 2 && PLACE_WORDS.contains(tokens[s]) || opened < s;
      if (settlement || in || placeWord) {
        spans[i] = new Span(opened, sp.getEnd(), "LOC", sp.getProb());
        if ((settlement && !tokens[s - 2].equals("state") && !possessive(tokens, sp.getEnd())) || placeWord) {
          sure.add(spans[i]);
        }
      }
    }
  }

  /**
   * The start of an untagged place's word right before token {@code s}, maybe with a particle between ("Estádio da
   * [Luz]", "Teatro [Carlo Felice]"); {@code s} when there is none.
   */
  private static int openedBy(String[] tokens, Span[] spans, int s) {
    int w = s >= 2 && PARTICLES.contains(tokens[s - 1]) ? s - 2 : s - 1;
    return w >= 0 && PLACE_WORDS.contains(tokens[w]) && SpanSets.free(spans, w, s) ? w : s;
  }

  private static final Set<String> PARTICLES = Set.of("da", "do", "dos", "das", "de", "del", "di", "della", "la");

  /**
   * An untagged name right after "village of", "town of" (...) is a place too: "the Croatian village of [Legrad]", "the
   * Hungarian town of [Barcs]". One to three capitalised words, no capitalised word after them, no title first ("the
   * city of King Hansadhwaja"), no abbreviation or hyphen last (a sentence or a word cut there). Spans in order.
   */
  static Span[] untagged(String[] tokens, Span[] spans) {
    List<Span> added = new ArrayList<>();
    for (int k = 2; k < tokens.length; k++) {
      if (!placeOf(tokens, k)) {
        continue;
      }
      int e = SpanSets.capitalisedRun(tokens, k, 3);
      if (e > k && SpanSets.free(spans, k, e) && !NerCorpus.isDateWord(tokens[k])
          && !NerCorpus.title(tokens[k]) && !tokens[e - 1].endsWith(".") && !tokens[e - 1].endsWith("-")) {
        added.add(new Span(k, e, "LOC", 0));
      }
    }
    return SpanSets.with(spans, added);
  }

  private static boolean possessive(String[] tokens, int k) {
    return k < tokens.length && (NerCorpus.isPossessive(tokens[k]) || tokens[k].equals("'")); // "Jones '" too
  }
}
