package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import opennlp.tools.util.Span;

/**
 * A name that an appositive calls a company or a group is an organisation: "[Statoil] , the state oil company , said",
 * "[UpGuard] , a cybersecurity firm", "[Strabopida] , a group of ...". News introduces a body the reader may not know
 * this way, and the model, knowing none of its words, leaves it out or calls it a person. The name: one to three
 * capitalised words, untagged or tagged a person (a place before the comma is where the company is: "in Luxembourg ,
 * the company said"), none of them a common word ("Meanwhile , a group"); then a comma, "the", "a" or "an", up to three
 * lower-case words (no preposition: "a shareholder of the bank" is a person; a capitalised word right before the noun
 * too: "[Pezani] , a Nairobi start-up") and a noun that names only organisations (not "maker", "producer" or
 * "broadcaster", which name persons too, nor "party": "the party was attacked by robbers"), ending the appositive
 * ("Allen , an experienced newspaper man" is a person, "Ben Shaoul , the company acquired" a clause).
 * Likewise a place: "based in [Huludao] , a port on the Bohai Sea", "[Lubondaie] , a village in the Kasai", with the
 * place's noun heading the phrase ("a town in", "a fishing village where", "the capital of"; not "a city councillor",
 * nor "the city of X", which names another place in a list); an untagged name or the model's person (session 20:
 * "[Mnazini Juu] , a fishing village"). Sentences as written only.
 */
final class Appositives {
  private Appositives() {}

  // nouns that, after "the", open a clause as often as they name the body before them ("their friend Metalion , the
  // band meets a fan"): only after "a" or "an" (session 22)
  private static final Set<String> INDEFINITE_ONLY = Set.of("subsidiary", "brewery", "distillery", "winery",
      "brokerage", "magazine", "label", "studio", "band", "club");
  private static final Set<String> NOUNS = Stream.concat(INDEFINITE_ONLY.stream(), Stream.of("company", "firm",
      "group", "agency", "bank", "carrier", "airline", "insurer", "newspaper", "organisation", "organization",
      "conglomerate", "utility", "charity", "nonprofit", "non-profit", "consortium", "cooperative", "union",
      "association", "start-up", "startup", "fintech", "lender", "retailer", "regulator", "watchdog", "brewer", "chain",
      "platform")).collect(Collectors.toUnmodifiableSet());
  // what, after an organisation's noun, says the noun names a person ("an insurance company employee") or that a
  // clause began ("Ben Shaoul , the company acquired ...", "the company is")
  private static final Set<String> PERSON_NOUNS = Set.of("employee", "employees", "man", "men", "woman", "women",
      "director", "executive", "executives", "owner", "founder", "official", "officials", "spokesman", "spokeswoman",
      "spokesperson", "worker", "workers", "president", "chairman", "chief", "manager", "boss", "veteran", "analyst",
      "lawyer", "member", "members", "'s", "’s");
  private static final Set<String> VERBS = Set.of("is", "was", "are", "were", "has", "had", "have", "said", "says",
      "will", "would", "can", "could", "did", "does", "announced", "reported");

  /**
   * Whether the word after the organisation's noun ends the appositive: not a person's noun, not a verb, and after
   * "the" not a verb in the past ("the company acquired"; "an organisation established under" is one).
   */
  private static boolean endsAppositive(String article, String next) {
    return !PERSON_NOUNS.contains(next) && !VERBS.contains(next)
        && !(article.equals("the") && next.endsWith("ed"));
  }
  // words between the article and the noun that end a noun phrase: "a shareholder of the bank" names a person
  private static final Set<String> LINKS = Set.of("of", "the", "for", "in", "on", "at", "by", "with", "to", "from",
      "and", "or", "who", "that", "which");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> PLACE_NOUNS = Set.of("town", "city", "village", "province", "region", "district",
      "county", "island", "country", "municipality", "suburb", "port", "state", "capital", "settlement",
      "neighbourhood", "neighborhood", "commune", "parish", "oblast", "prefecture", "river", "lake", "mountain");
  // what may follow a place's noun when it heads the appositive: "a town in", "a village ,"; "of" only after
  // "capital" ("the city of Schleusingen" names another place, in a list)
  private static final Set<String> AFTER_PLACE = Set.of("in", "on", "near", "north", "south", "east", "west",
      "northeast", "northwest", "southeast", "southwest", "outside", ",", ".", "and", "about", "some", "where");
  private static final int LONGEST = 3;

  static Span[] apply(String[] t, Span[] spans, Predicate<String> commonWord) {
    return SpanSets.put(spans, defined(t, spans, commonWord));
  }

  /**
   * The names the sentence's appositives define, typed: untagged ones, or the model's persons (to take their place,
   * {@link SpanSets#put}).
   */
  static List<Span> defined(String[] t, Span[] spans, Predicate<String> commonWord) {
    List<Span> out = new ArrayList<>();
    for (int c = 1; c + 2 < t.length; c++) {
      String type = !t[c].equals(",") || !ARTICLES.contains(t[c + 1]) ? null
          : organisationNoun(t, c + 2) ? "ORG" : placeNoun(t, c + 2) ? "LOC" : null;
      if (type == null) {
        continue;
      }
      int s = c;
      while (s > 0 && c - s < LONGEST && SpanSets.capitalised(t[s - 1]) && Character.isLetter(t[s - 1].charAt(0))
          && !commonWord.test(t[s - 1].toLowerCase()) && !NerCorpus.isDateWord(t[s - 1])) {
        s--;
      }
      if (s == c || (s > 0 && SpanSets.capitalised(t[s - 1]))
          || (s > 1 && t[s - 1].equals(",") && SpanSets.capitalised(t[s - 2]))) {
        continue; // inside a longer name, a list or a legal form ("Medical Discoveries , Inc , a traded company")
      }
      Span same = SpanSets.exactly(List.of(spans), s, c);
      if (same == null ? !SpanSets.free(spans, s, c) : !same.getType().equals("PER")) {
        continue; // partly inside a span, or a place or an organisation already
      }
      out.add(new Span(s, c, type, 1.0));
    }
    return out;
  }

  /** Whether up to three lower-case words from {@code k} end in such a noun. */
  private static boolean organisationNoun(String[] t, int k) {
    for (int i = k; i < t.length && i < k + 4; i++) {
      if (NOUNS.contains(t[i])) {
        return (i + 1 == t.length || endsAppositive(t[k - 1], t[i + 1]))
            && !(INDEFINITE_ONLY.contains(t[i]) && t[k - 1].equals("the"));
      }
      // one capitalised word right before the noun: where the firm is or whose it is ("a Nairobi start-up")
      boolean modifier = i + 1 < t.length && NOUNS.contains(t[i + 1]) && SpanSets.capitalised(t[i])
          && !t[i + 1].equals("union");
      if (!modifier && (!EntityTagger.isLowerCaseWord(t[i]) || LINKS.contains(t[i]))) {
        return false;
      }
    }
    return false;
  }

  /** Whether up to three lower-case words from {@code k} end in a place's noun that heads the phrase ("a town in"). */
  private static boolean placeNoun(String[] t, int k) {
    for (int i = k; i + 1 < t.length && i < k + 4; i++) {
      if (PLACE_NOUNS.contains(t[i])) {
        return AFTER_PLACE.contains(t[i + 1]) || (t[i].equals("capital") && t[i + 1].equals("of"));
      }
      if (!EntityTagger.isLowerCaseWord(t[i]) || LINKS.contains(t[i])) {
        return false;
      }
    }
    return false;
  }
}
