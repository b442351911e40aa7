package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * A river, sea, forest or bridge named as "the Golden Gate Bridge", "the Caribbean Sea", "the Bohemian Forest" is a
 * place, though the model often finds none of its words: they are common words or adjectives, which it learned to
 * leave out ("Caribbean", "Golden"). After "the", one to three capitalised words that end in the noun of a natural
 * feature or of a way or crossing are a place when the model left them all out and no capitalised word or "of"
 * follows (that is a longer name: "the Bay of Bengal", "the Rhode Island Red"). Buildings' nouns ("Hall", "Church",
 * "Hotel", "Centre") are left out: they head organisations as often ("the Catholic Church", "the Computer Centre"), and
 * so are titles in quotes (the film "The Salt Road"). Only for sentences as written.
 */
final class Landmarks {
  private Landmarks() {}

  private static final Set<String> FEATURES = Set.of(
      "River", "Sea", "Ocean", "Bay", "Gulf", "Strait", "Straits", "Island", "Islands", "Archipelago", "Peninsula",
      "Mountain", "Mountains", "Hills", "Range", "Valley", "Forest", "Desert", "Plateau", "Basin", "Delta", "Glacier",
      "Falls", "Lagoon", "Reservoir", "Canal", "Bridge", "Tunnel", "Street", "Avenue", "Boulevard", "Highway", "Road",
      "Square", "Airport", "Stadium");

  private static final int MAX_WORDS = 3;
  private static final Set<String> QUOTES = Set.of("\"", "\u201c", "'", "\u2018", "``");

  /**
   * A feature's noun at token {@code k}; "Channel" only after a people's or a place's name ("the English Channel",
   * "the Bristol Channel"), as TV channels are organisations ("the Disney Channel", "the Discovery Channel").
   */
  private static boolean feature(String[] tokens, int k) {
    return FEATURES.contains(tokens[k]) || tokens[k].equals("Channel") && k > 0
        && (NerCorpus.isDemonym(tokens[k - 1]) || Towns.isPlace(tokens[k - 1]));
  }

  /** The spans with each such place added, in order. */
  static Span[] untagged(String[] tokens, Span[] spans) {
    List<Span> added = new ArrayList<>();
    for (int k = 0; k + 2 < tokens.length; k++) {
      if (!NerCorpus.isThe(tokens[k]) || (k > 0 && QUOTES.contains(tokens[k - 1]))) {
        continue; // a title in quotes: "The Salt Road"
      }
      int end = k + 1; // the feature's noun, after the run of capitalised words
      while (end < tokens.length && end - k <= MAX_WORDS && SpanSets.capitalised(tokens[end])
          && !feature(tokens, end)) {
        end++;
      }
      if (end == k + 1 || end == tokens.length || !feature(tokens, end)) {
        continue;
      }
      int after = end + 1;
      boolean longer = after < tokens.length && (SpanSets.capitalised(tokens[after]) || tokens[after].equals("of"));
      if (!longer && SpanSets.free(spans, k + 1, after)) {
        added.add(new Span(k + 1, after, "LOC", 0));
      }
      k = end;
    }
    return SpanSets.with(spans, added);
  }
}
