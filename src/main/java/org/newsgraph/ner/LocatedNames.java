package org.newsgraph.ner;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import opennlp.tools.util.Span;

/**
 * A name and the place it is in are two names: "[Kourou] in [French Guiana]", "[Cumberland University] in
 * [Lebanon]", which the model ran together. A place or organisation span is cut at "in" when the words after it are
 * a place of the actor dictionary and the words before it are capitalised words only, neither a name of the
 * dictionary ("al-Qaeda in Iraq" and "Islamic State in Iraq" are names of their own) nor a church ("Presbyterian
 * Church in America"). Names with a complement before "in" ("Sociologists for Women in Society") have a lower-case
 * word and stay whole. The part before "in" takes the type it gets alone, else the span's. Only for sentences as
 * written.
 */
final class LocatedNames {
  private LocatedNames() {}

  // heads whose names go on with "in" and the place they serve: "Anglican Church in North America"
  private static final Set<String> SERVING = Set.of("Church", "Churches", "Diocese", "Mission");

  /** The spans with each such span cut; {@code tagger} names the spans of a phrase on its own. */
  static Span[] atIn(String[] tokens, Span[] spans, Function<String[], Span[]> tagger) {
    return SpanSets.cutEach(spans, sp -> {
      int k = inPosition(tokens, sp);
      if (k < 0) {
        return null;
      }
      Span name = PersonNames.alone(tokens, sp.getStart(), k, tagger);
      return List.of(name != null && !name.getType().equals("PER") ? name
          : new Span(sp.getStart(), k, sp.getType(), sp.getProb()), new Span(k + 1, sp.getEnd(), "LOC", sp.getProb()));
    });
  }

  /** The index of the "in" between a name and a dictionary place that ends the span, or -1. */
  private static int inPosition(String[] tokens, Span sp) {
    if (sp.getType().equals("PER") || !Character.isUpperCase(tokens[sp.getStart()].charAt(0))
        || DictionaryNames.typeOf(key(tokens, sp.getStart(), sp.getEnd())) != null) {
      return -1;
    }
    for (int k = sp.getStart() + 1; k + 1 < sp.getEnd(); k++) {
      if (!tokens[k].equals("in")) {
        if (!Character.isUpperCase(tokens[k].charAt(0))) {
          return -1;
        }
        continue;
      }
      boolean place = "LOC".equals(DictionaryNames.typeOf(key(tokens, k + 1, sp.getEnd())));
      return place && DictionaryNames.typeOf(key(tokens, sp.getStart(), k)) == null
          && !SERVING.contains(tokens[k - 1]) ? k : -1;
    }
    return -1;
  }

  private static String key(String[] tokens, int start, int end) {
    return DocConsistency.key(tokens, start, end);
  }
}
