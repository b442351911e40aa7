package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;
import org.newsgraph.actors.Actor;
import org.newsgraph.actors.ActorDictionary;
import org.newsgraph.actors.ActorType;

/**
 * The states of the actor dictionary (and the home nations, former states and territories, which field national
 * teams). A state's name is
 * a place, also where the state acts: in "after Turkey began a military offensive" the model read "Turkey" as a
 * person, and document consistency then made every "Turkey" of the article a person; "Ghana winning the bid",
 * "the U.S. federal government" came out as organisations. CoNLL and Universal NER (EWT: "US" a place 138 times,
 * an organisation 20) annotate such states as places. A person or organisation span that is exactly a state's
 * name is a place, unless the document names a person of several words that holds it ("Michael Jordan", "Chad
 * Johnson": then "Jordan" alone is that person). National teams stay places too (see {@link SportsTeams}).
 * Likewise a person span that is exactly an organisation of the dictionary, or is one with the possessive after it
 * ("Moody 's"), is that organisation ("Kremlin" in "Kremlin spokesman Dmitry Peskov"); not a place of the dictionary,
 * whose names are often surnames ("Washington").
 * Session 12: so is a place span of two words or more that is exactly one ("National Hurricane Center",
 * "Coca - Cola" as raw text splits it), but for the seats of government that name their office ("White House").
 */
final class Nations {
  private Nations() {}

  // home nations, former states and territories field national teams but are no states in the dictionary
  private static final Set<String> HOME_NATIONS = Set.of("England", "Scotland", "Wales", "Northern Ireland",
      "West Germany", "East Germany", "Soviet Union", "USSR", "Czechoslovakia", "Yugoslavia", "Zaire", "Rhodesia",
      "Korea", "Hong Kong", "Gibraltar", "Montserrat", "Cayman Islands", "Guam", "Anguilla", "Aruba", "Tahiti",
      "New Caledonia", "Western Samoa", "Burma", "Ceylon", "Upper Volta", "Dahomey", "Netherlands Antilles",
      "Faroe Islands", "Serbia and Montenegro");

  /** Loaded once per JVM, on first use. */
  private static final class Names {
    static final Set<String> ALL = load();

    private static Set<String> load() {
      Set<String> out = new HashSet<>(HOME_NATIONS);
      for (Actor a : ActorDictionary.shipped().actors()) {
        if (a.type == ActorType.LOCATION && !a.adjectives.isEmpty() && a.country == null) { // states, not regions ('Bayern')
          out.addAll(DictionaryNames.tokenForms(a.name));
          for (String alias : a.aliases) {
            out.addAll(DictionaryNames.tokenForms(alias));
          }
        }
      }
      return out;
    }
  }

  // organisations named by the building they sit in, which annotators tag as places as often as not
  private static final Set<String> SEATS = Set.of("White House", "Downing Street", "10 Downing Street",
      "Elysee Palace", "Élysée Palace", "Quai d'Orsay");

  /** The span's words as a key of the dictionary, which knows them as tokens too ("Agence France - Presse"). */
  private static String name(String[] tokens, Span sp) {
    return DocConsistency.key(tokens, sp.getStart(), sp.getEnd());
  }

  static boolean isNation(String name) {
    return Names.ALL.contains(name);
  }

  /** The document's spans retyped so (in place): states as places, dictionary organisations not persons. */
  static List<Span[]> noPersons(List<String[]> sentences, List<Span[]> spans) {
    Set<String> personWords = SpanSets.personWords(sentences, spans);
    for (int i = 0; i < sentences.size(); i++) {
      Span[] ss = spans.get(i);
      for (int j = 0; j < ss.length; j++) {
        Span sp = ss[j];
        if (!sp.getType().equals("LOC")) {
          String name = DocConsistency.key(sentences.get(i), sp.getStart(), sp.getEnd());
          boolean held = sp.length() == 1 && personWords.contains(name);
          if (isNation(name) && !held) {
            ss[j] = new Span(sp.getStart(), sp.getEnd(), "LOC", sp.getProb());
          } else if (sp.getType().equals("PER") && !held && ("ORG".equals(DictionaryNames.typeOf(name))
              || "ORG".equals(DictionaryNames.typeOf(name + possessive(sentences.get(i), sp.getEnd()))))) {
            // "Kremlin spokesman Dmitry Peskov", "[Moody] 's cut its rating" (the dictionary's "Moody's")
            ss[j] = new Span(sp.getStart(), sp.getEnd(), "ORG", sp.getProb());
          }
        } else if (sp.length() >= 2 && "ORG".equals(DictionaryNames.typeOf(name(sentences.get(i), sp)))
            && !SEATS.contains(name(sentences.get(i), sp))) {
          ss[j] = new Span(sp.getStart(), sp.getEnd(), "ORG", sp.getProb()); // "[National Hurricane Center]"
        }
      }
    }
    return spans;
  }

  /** " 's" when the token at k is a possessive, else "": the key of a name named with it ("Moody 's"). */
  private static String possessive(String[] tokens, int k) {
    return k < tokens.length && NerCorpus.isPossessive(tokens[k]) ? " " + tokens[k] : "";
  }

  private static final int LONGEST = 4;

  // the units of an amount before a state's name: "74.20 [U.S.] cents"
  private static final Set<String> MONEY = Set.of("cents", "cent", "dollars", "dollar");

  /**
   * A state's name the model left out is a place: "he represents [Madagascar] at international level", "cost [US] $ 2
   * billion", "74.20 [U.S.] cents". Only a name standing by itself: no capitalised word or number before it (but an
   * amount's before cents or dollars) nor a capitalised word after it ("the 1992 United States presidential election",
   * "United States Senator", "Iran Cartoon": names of their own), not
   * a word the document's persons hold ("Michael Jordan"), and a name of one word only when the label prior has it as
   * a place's ({@code place}: not "Jordan", which names musicians and players as often). So is a place of the actor
   * dictionary after "the" that modifies no noun ("in the [Mediterranean] ,", "the [Red Sea] and"; not "the
   * Mediterranean squadrons"). Spans in order.
   */
  static List<Span[]> untagged(List<String[]> sentences, List<Span[]> spans, Predicate<String> place) {
    Set<String> personWords = SpanSets.personWords(sentences, spans);
    for (int i = 0; i < sentences.size(); i++) {
      String[] t = sentences.get(i);
      List<Span> added = new ArrayList<>();
      for (int k = 0; k < t.length; k++) {
        if (!SpanSets.capitalised(t[k]) || (k > 0 && SpanSets.capitalisedBefore(t, k))) {
          continue;
        }
        int e = k; // the run of capitalised words from k: the name must be all of it
        while (e < t.length && e - k <= LONGEST && SpanSets.capitalised(t[e])) {
          e++;
        }
        if (k > 0 && Character.isDigit(t[k - 1].charAt(0)) && !(e < t.length && MONEY.contains(t[e]))) {
          k = e - 1;
          continue; // a number before it: "the 1992 United States presidential election"
        }
        if (e - k <= LONGEST && SpanSets.nothingCapitalisedAt(t, e) && SpanSets.free(spans.get(i), k, e)) {
          String name = DocConsistency.key(t, k, e);
          boolean known = isNation(name) || (k > 0 && NerCorpus.isThe(t[k - 1])
              && "LOC".equals(DictionaryNames.typeOf(name)) && noModifier(t, e));
          if (known && !personWords.contains(name) && (e - k > 1 || place.test(name))) {
            added.add(new Span(k, e, "LOC", 0));
          }
        }
        k = e - 1;
      }
      spans.set(i, SpanSets.with(spans.get(i), added));
    }
    return spans;
  }

  /** "the Mediterranean ," and "the Red Sea and", not "the Mediterranean squadrons": a place, not a modifier. */
  private static boolean noModifier(String[] t, int e) {
    return e == t.length || !Character.isLetter(t[e].charAt(0)) || NameSplits.isFunctionWord(t[e]);
  }
}
