package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * A capitalised English name holds no lower-case content word between its capitalised words: "West Bank town of
 * Ramallah", "U.S. border city of El Paso", "Detroit via Syria" and "Pope Pius XII elevated Jaro" are two names each,
 * which the model ran together. Such a span is cut at that word into the names before and after it, both of the
 * span's type ("[West Bank] town of [Ramallah]"). Function words ("Bank of England", "Doctors without Borders"), name
 * particles ("Arnel dela Vega", "Eamonn mac Maolmhordha"), foreign function words ("Clann na Poblachta", "Università
 * della Svizzera Italiana"), parts of hyphenated words ("Co - operative") and words the unlabeled text seldom writes in
 * lower case ("Parti nationaliste du Québec") do not cut. Persons were left whole until session 19; cut, they changed
 * no span of the dev sets and seven in 3,000 Wikipedia articles, six of them right. A person is also cut at an
 * inflection of a common word ("Holyfield stuns Tyson", session 20; no other span changed). Any span is cut at "v"
 * or "vs." ("[England] v [Pakistan]") and at a cricket scorecard's "c", "b" or "lbw" ("[Saeed Anwar] c [Croft]").
 * Only for sentences as written (a truecased headline's capitals are guesses).
 */
final class NameSplits {
  private NameSplits() {}

  // English closed-class words that names hold ("Committee to Protect Journalists", "Jack in the Box")
  private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "on", "in", "at", "to", "upon",
      "a", "an", "by", "with", "without", "from", "under", "over", "against", "within", "into", "or", "nor", "but",
      "as", "is", "are", "was", "about", "after", "before", "between", "among", "through", "across", "beyond", "not",
      "no", "all", "our", "my", "your", "their", "his", "her", "its", "we", "you", "they", "me", "it", "i", "s", "n",
      "o", "x");
  // function words and particles of the languages whose names English text quotes
  private static final Set<String> FOREIGN_WORDS = Set.of("de", "da", "di", "del", "della", "delle", "degli", "dei",
      "des", "du", "la", "le", "les", "el", "los", "las", "y", "e", "et", "en", "und", "für", "im", "am", "an", "zu",
      "zum", "zur", "op", "het", "van", "von", "der", "den", "ten", "ter", "og", "och", "i", "na", "nan", "dos",
      "das", "do", "al", "bin", "ibn", "ben", "bint", "abu", "st", "af", "dela", "delos", "pour", "sur", "sans", "par",
      "au", "aux", "mac", "nic", "ni", "ua", "ap", "nee", "née", "ould", "binti", "bte", "dit", "ibni");

  private static final List<String> INFLECTIONS = List.of("s", "es", "ed", "d", "ing");

  private static final Set<String> VERSUS = Set.of("v", "v.", "vs", "vs.", "versus");
  // a cricket scorecard's "caught", "bowled", "leg before wicket": "Saeed Anwar c Croft b Cork" is three persons
  private static final Set<String> DISMISSALS = Set.of("c", "b", "lbw");

  /** An English closed-class word (in lower case) that names may hold: "of", "the", "and", "after", ... */
  static boolean isFunctionWord(String lowerCase) {
    return FUNCTION_WORDS.contains(lowerCase);
  }

  /** "v", "vs.", "versus": two sides, never one name ("[England] v [Pakistan]", "[Leeds] vs [Chelsea]"). */
  static boolean isVersus(String token) {
    return VERSUS.contains(token);
  }

  /**
   * A person's span the model ran over a comma and a nationality is two persons: "joined by [Zuelle] , Frenchman
   * [Laurent Brochard]", "[Smith] , an American" is one. Spans in order.
   */
  static Span[] atCommaAndNationality(String[] tokens, Span[] spans) {
    return SpanSets.cutEach(spans, sp -> {
      if (!sp.getType().equals("PER")) {
        return null;
      }
      for (int k = sp.getStart() + 1; k + 1 < sp.getEnd(); k++) {
        if (tokens[k].equals(",") && (NerCorpus.isDemonym(tokens[k + 1]) || NATIONALS.contains(tokens[k + 1]))) {
          List<Span> parts = new ArrayList<>(2);
          parts.add(new Span(sp.getStart(), k, "PER", sp.getProb()));
          if (k + 2 < sp.getEnd()) {
            parts.add(new Span(k + 2, sp.getEnd(), "PER", sp.getProb()));
          }
          return parts;
        }
      }
      return null;
    });
  }

  /** A noun of nationality no demonym's ending gives: "Frenchman", "Swede", "Spaniard". */
  static boolean isNationalNoun(String w) {
    return NATIONALS.contains(w);
  }

  // nouns of nationality that no demonym's ending gives
  private static final Set<String> NATIONALS = Set.of("Frenchman", "Frenchwoman", "Englishman", "Englishwoman",
      "Dutchman", "Dutchwoman", "Scotsman", "Scotswoman", "Irishman", "Irishwoman", "Welshman", "Welshwoman", "Briton",
      "Swede", "Spaniard", "Kiwi");

  /**
   * The spans with each such name cut (spans before and after a cut keep their order); {@code commonWord} says
   * which lower-case words are no part of a name, as for the tagger's other trims.
   */
  static Span[] atLowerCaseWords(String[] tokens, Span[] spans, Predicate<String> commonWord) {
    List<Span> out = new ArrayList<>(spans.length + 1);
    for (Span sp : spans) {
      cut(tokens, sp, commonWord, out);
    }
    return out.toArray(new Span[0]);
  }

  /** Adds the span, or its parts when it holds a cut ("A town of B village of C": every one). */
  private static void cut(String[] tokens, Span sp, Predicate<String> commonWord, List<Span> out) {
    int cut = versusPosition(tokens, sp);
    if (cut < 0) {
      cut = cutPosition(tokens, sp, commonWord);
    }
    if (cut < 0) {
      out.add(sp);
      return;
    }
    out.add(new Span(sp.getStart(), EntityTagger.taggedNameEnd(tokens, sp.getStart(), cut), sp.getType(),
        sp.getProb()));
    if (cut + 1 < sp.getEnd()) { // "[England] v": nothing after the cut
      int start = EntityTagger.nameStart(tokens, cut + 1, sp.getEnd(), commonWord);
      cut(tokens, new Span(start, sp.getEnd(), sp.getType(), sp.getProb()), commonWord, out);
    }
  }

  /**
   * The index of a "v" or "vs." inside the span or at its end ("England v", "England v Pakistan"), or of a scorecard's
   * "c", "b" or "lbw", or -1.
   */
  static int versusPosition(String[] tokens, Span sp) {
    for (int k = sp.getStart() + 1; k < sp.getEnd(); k++) {
      if (isVersus(tokens[k]) || DISMISSALS.contains(tokens[k])) {
        return k;
      }
    }
    return -1;
  }

  /** The index of the first lower-case content word with capitalised words before and after it, or -1. */
  static int cutPosition(String[] tokens, Span sp, Predicate<String> commonWord) {
    boolean person = "PER".equals(sp.getType());
    boolean capitalBefore = false;
    for (int k = sp.getStart(); k < sp.getEnd(); k++) {
      String t = tokens[k];
      if (!t.isEmpty() && Character.isUpperCase(t.charAt(0))) {
        capitalBefore = true;
      } else if (capitalBefore && isContentWord(t, person ? w -> inflectionOf(w, commonWord) : commonWord)
          && capitalAfter(tokens, k + 1, sp.getEnd())
          && !tokens[k - 1].equals("-") && !(k + 1 < sp.getEnd() && tokens[k + 1].equals("-"))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * A common word, or an inflection of one that the unlabeled text was too small to hold ("Holyfield stuns Tyson":
   * "stun" is a common word, "stuns" too rare to be one). For persons only: other names hold such words.
   */
  static boolean inflectionOf(String w, Predicate<String> commonWord) {
    if (commonWord.test(w)) {
      return true;
    }
    for (String ending : INFLECTIONS) {
      if (w.length() > ending.length() + 2 && w.endsWith(ending)
          && commonWord.test(w.substring(0, w.length() - ending.length()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean capitalAfter(String[] tokens, int from, int end) {
    for (int k = from; k < end; k++) {
      if (!tokens[k].isEmpty() && Character.isUpperCase(tokens[k].charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** A word of three or more ASCII lower-case letters, no function word, a common word. */
  static boolean isContentWord(String t, Predicate<String> commonWord) {
    if (t.length() < 3 || FUNCTION_WORDS.contains(t) || FOREIGN_WORDS.contains(t)) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return commonWord.test(t);
  }
}
