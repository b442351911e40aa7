package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * A state of a federation that English names "X State" is a place: "[Kebbi State] is a state in north-western Nigeria",
 * "bordered by [Sokoto State] , [Zamfara State]", "[Rakhine State]". The model, knowing "State" from "Ohio State" and
 * "Islamic State", types them persons or organisations. A run "X State", X one of the first-level divisions of Nigeria,
 * Myanmar, Sudan and South Sudan in GeoNames ({@code states.txt}, built by {@code tools/ner/build_places.py}), becomes
 * one place, whatever the model made of it, unless it runs on into a longer name ("Kano State University", "Lagos State
 * Government"). US universities ("Ohio State", "Wichita State") are not in the list. Only for sentences as written.
 */
final class FederalStates {
  private FederalStates() {}

  static final String TABLE = "/org/newsgraph/ner/states.txt";
  private static final int LONGEST = 3;

  /** Loaded once per JVM, with the tagger. */
  private static final class Holder {
    static final Set<String> NAMES = Towns.readTable(TABLE);
  }

  static boolean isState(String name) {
    return Holder.NAMES.contains(name);
  }

  static Span[] apply(String[] t, Span[] spans) {
    List<Span> put = new ArrayList<>();
    for (int k = 1; k < t.length; k++) {
      if (!t[k].equals("State") || (k + 1 < t.length && SpanSets.capitalised(t[k + 1]))) {
        continue;
      }
      for (int s = Math.max(0, k - LONGEST); s < k; s++) {
        if (isState(String.join(" ", Arrays.copyOfRange(t, s, k))) && SpanSets.onlyInside(spans, s, k + 1)
            && (s == 0 || !SpanSets.capitalised(t[s - 1]) || NerCorpus.isThe(t[s - 1]))) {
          put.add(new Span(s, k + 1, "LOC", 0));
          break;
        }
      }
    }
    return SpanSets.put(spans, put);
  }
}
