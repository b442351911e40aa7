package org.newsgraph.actors;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Sentence;

/**
 * Words around person names that are not names: titles and functions ({@code President},
 * {@code Prime Minister}, {@code Mr.}, {@code spokesman}) and a few stopwords a name finder may
 * tag. Compared lower-cased, without a trailing dot, with ASCII apostrophes and hyphens.
 */
final class Titles {
  private Titles() {}

  /** Title phrases, as lower-case tokens joined by one space. */
  static final Set<String> PHRASES = Set.of(
      "president", "vice president", "president-elect", "vice-president", "prime minister",
      "deputy prime minister", "first minister", "foreign minister", "defense minister",
      "defence minister", "interior minister", "finance minister", "economy minister",
      "energy minister", "health minister", "justice minister", "minister", "deputy minister",
      "secretary of state", "secretary-general", "secretary general", "secretary", "chancellor",
      "premier", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sen", "senator", "rep",
      "representative", "congressman", "congresswoman", "gov", "governor", "gen", "general",
      "lt", "lt gen", "col", "colonel", "maj", "major", "capt", "captain", "adm",
      "admiral", "sgt", "commander", "king", "queen", "prince", "princess", "crown prince",
      "emperor", "pope", "cardinal", "archbishop", "bishop", "rev", "reverend", "father",
      "patriarch", "ayatollah", "supreme leader", "sheikh", "emir", "sultan", "spokesman",
      "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "ambassador", "envoy", "mayor",
      "chairman", "chairwoman", "chair", "ceo", "leader", "opposition leader", "speaker", "judge",
      "justice", "sir", "lord", "dame", "former", "late", "acting", "incoming", "outgoing",
      "then", "then-president", "ex-president", "state");

  private static final int MAX_WORDS = 3;

  /** Single tokens a name finder may tag that are no names. */
  static final Set<String> STOPWORDS = Set.of(
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its",
      "their", "our", "my", "this", "that", "these", "those", "there", "here", "who", "what",
      "and", "or", "but", "of", "in", "on", "at", "by", "for", "with", "to", "from", "as",
      // sentence openers, so "Later Putin said" still folds "Putin"
      "later", "then", "so", "yet", "also", "meanwhile", "however", "still", "now", "when",
      "while", "after", "before", "since", "if", "because", "although", "though", "instead",
      "earlier", "separately", "previously", "last", "next", "only", "even", "both", "neither",
      "nor", "not", "why", "how", "where", "asked", "said", "says", "according",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
      "yesterday", "tomorrow");

  /** Capitalised words too common to be folded as a surname when they stand alone. */
  static final Set<String> NOT_SURNAMES = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");

  static String norm(String token) {
    String t = token.replace('\u2019', '\'').replace('\u2010', '-').replace('\u2011', '-');
    if (t.length() > 1 && t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    return t.toLowerCase(Locale.ROOT);
  }

  /** Tokens of the longest title phrase starting at token {@code i} and ending by {@code limit}; 0 if none. */
  static int titleAt(Sentence s, int i, int limit) {
    int best = 0;
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < MAX_WORDS && i + k < limit; k++) {
      if (k > 0) {
        b.append(' ');
      }
      b.append(norm(s.tokens[i + k]));
      if (PHRASES.contains(b.toString())) {
        best = k + 1;
      }
    }
    return best;
  }

  /** Whether a title phrase ends right before token {@code end}. */
  static boolean titleBefore(Sentence s, int end) {
    for (int k = 1; k <= MAX_WORDS && end - k >= 0; k++) {
      if (titleAt(s, end - k, end) == k) {
        return true;
      }
    }
    return false;
  }

  static boolean isStopword(String token) {
    return STOPWORDS.contains(norm(token));
  }

  static boolean isPossessive(String token) {
    String t = norm(token);
    return t.equals("'s") || t.equals("'");
  }
}
