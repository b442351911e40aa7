package org.newsgraph.ner;

import java.util.List;
import opennlp.tools.util.Span;

/**
 * A name of the actor dictionary before "'s" and a name after it are two names, which the model ran together: "the
 * [Federal Reserve] 's [Open Market Committee]", "the [European Union] 's [Court of Justice]". The owner keeps the
 * dictionary's type, the rest the span's. Only when the words before "'s" are exactly a place or organisation of the
 * dictionary and two capitalised words or more follow it, so that "Socialist People 's Party", "Women 's Coalition"
 * and "St. John 's East" stay whole.
 */
final class Possessives {
  private Possessives() {}

  /** The spans with each such name cut in two (spans in order). */
  static Span[] split(String[] tokens, Span[] spans) {
    return SpanSets.cutEach(spans, sp -> {
      int k = position(tokens, sp);
      if (k < 0) {
        return null;
      }
      String owner = DictionaryNames.typeOf(DocConsistency.key(tokens, sp.getStart(), k));
      return List.of(new Span(sp.getStart(), k, owner, sp.getProb()), new Span(k + 1, sp.getEnd(), sp.getType(),
          sp.getProb()));
    });
  }

  /** The index of the span's "'s" after a dictionary place or organisation, before two capitalised words, or -1. */
  private static int position(String[] tokens, Span sp) {
    for (int k = sp.getStart() + 1; k + 2 < sp.getEnd(); k++) {
      if (NerCorpus.isPossessive(tokens[k]) && SpanSets.capitalised(tokens[k + 1])
          && SpanSets.capitalised(tokens[k + 2])
          && DictionaryNames.placeOrOrganisation(DocConsistency.key(tokens, sp.getStart(), k))) {
        return k;
      }
    }
    return -1;
  }
}
