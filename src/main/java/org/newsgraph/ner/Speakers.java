package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * An organisation of the actor dictionary that speaks is that organisation: "Nokia said on Thursday", "Xinhua reports
 * that", "The Guardian cited". Business wire copy opens sentence after sentence with a company and a verb of saying,
 * where a capital says nothing, and the model leaves many of them out ("Gazprom", "Fiat", "Hoechst", "Samsung" in
 * "X said on Thursday"); the dictionary knows them. Only a name written as the dictionary writes it, standing by itself
 * (no capitalised word before it but a leading "The", which the span leaves out) right before the verb, and not
 * overlapping the model's names. Adding every untagged dictionary organisation was measured as a loss (session 12:
 * legislatures in election names, events); the subject of "said" is an actor.
 */
final class Speakers {
  private Speakers() {}

  private static final int LONGEST = 6;
  private static final Set<String> SAYING = Set.of("said", "says", "told", "reported", "reports", "announced",
      "announces", "added", "alleged", "alleges", "claimed", "claims", "denied", "denies", "confirmed", "confirms",
      "warned", "warns", "cited", "cites", "quoted", "quotes", "stated");

  /** The spans with each such organisation added (spans in order). */
  static Span[] apply(String[] tokens, Span[] spans) {
    List<Span> added = new ArrayList<>();
    List<Span> retyped = new ArrayList<>();
    for (int v = 1; v < tokens.length; v++) {
      if (!SAYING.contains(tokens[v])) {
        continue;
      }
      for (int start = Math.max(0, v - LONGEST); start < v; start++) {
        if (!"ORG".equals(DictionaryNames.typeOf(DocConsistency.key(tokens, start, v)))
            || (start > 0 && EntityTagger.hasUpperCase(tokens, start - 1, start) && !NerCorpus.isThe(tokens[start - 1]))) {
          continue;
        }
        int from = NerCorpus.isThe(tokens[start]) ? start + 1 : start;
        Span same = SpanSets.exactly(Arrays.asList(spans), from, v);
        if (from < v && SpanSets.free(spans, start, v)) {
          added.add(new Span(from, v, "ORG", 0));
        } else if (same != null && !same.getType().equals("ORG")) {
          retyped.add(same);
        }
        break;
      }
    }
    Span[] out = spans.clone();
    for (int i = 0; i < out.length; i++) {
      if (retyped.contains(out[i])) { // a place or person by the model, the dictionary's organisation when it speaks
        out[i] = new Span(out[i].getStart(), out[i].getEnd(), "ORG", out[i].getProb());
      }
    }
    return SpanSets.with(out, added);
  }
}
