package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * A government body named by its field and its kind is an organisation: "the Interior Ministry", "Russia 's Foreign
 * Ministry", "the Election Commission of India", "a Defence Ministry spokesman". News name such bodies in most
 * political stories; the training corpora hold "Ministry" about fifteen times, and the model tags none of these. An
 * untagged run of two to five capitalised words ending in such a kind is one organisation (the tagger's organisation
 * rules then take its complement: "of India"). Not after "a" or "an", which make it a description ("a Parliamentary
 * Commission"), and not before "election", whose name holds it ("Colchester Borough Council election"). Only for
 * sentences as written.
 */
final class GovernmentBodies {
  private GovernmentBodies() {}

  private static final Set<String> KINDS = Set.of("Ministry", "Ministries", "Commission", "Council", "Committee",
      "Department", "Agency", "Authority", "Directorate");
  private static final Set<String> INDEFINITE = Set.of("a", "an", "A", "An");
  private static final Set<String> ELECTIONS = Set.of("election", "elections", "by-election", "by-elections");
  private static final int LONGEST = 5;

  /** The spans with each such body added (spans in order). */
  static Span[] apply(String[] tokens, Span[] spans) {
    List<Span> added = new ArrayList<>();
    for (int e = 1; e < tokens.length; e++) {
      if (!KINDS.contains(tokens[e]) || (e + 1 < tokens.length && (capitalised(tokens[e + 1])
          || ELECTIONS.contains(tokens[e + 1])))) {
        continue;
      }
      int s = e;
      while (s > 0 && e - s + 1 < LONGEST && capitalised(tokens[s - 1])) {
        s--;
      }
      if (s == 0 && NameSplits.isFunctionWord(tokens[0].toLowerCase())) {
        s = 1; // "After [Foreign Ministry] talks"
      }
      if (s == e || (s > 0 && INDEFINITE.contains(tokens[s - 1])) || !SpanSets.free(spans, s, e + 1) || allCapitals(tokens, s, e + 1)) {
        continue;
      }
      added.add(new Span(s, e + 1, "ORG", 0));
    }
    return SpanSets.with(spans, added);
  }

  private static boolean capitalised(String w) {
    return SpanSets.capitalised(w) && !INDEFINITE.contains(w);
  }

  /** "HEALTH MINISTRY" in a line of capitals: a heading, not read here. */
  private static boolean allCapitals(String[] t, int start, int end) {
    for (int k = start; k < end; k++) {
      if (!ClusterFeatureGeneratorFactory.isUpper(t[k])) {
        return false;
      }
    }
    return true;
  }
}
