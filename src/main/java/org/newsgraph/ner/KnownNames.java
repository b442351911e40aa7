package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * A span of the model inside a longer place or organisation of the actor dictionary grows to it: "the United Nations
 * General [Assembly]", "[Trinidad] and [Tobago]", "[Elf] Aquitaine". The model found part of the name; the
 * dictionary knows all of it and its type. Only when the dictionary's name stands by itself (no capitalised word
 * before it but "The", none after it), so that a name inside a longer one ("Bank of England Museum") is not cut out
 * of it, and when every span it overlaps lies inside it.
 */
final class KnownNames {
  private KnownNames() {}

  private static final int LONGEST = 6;

  /** The spans with each such span grown to the dictionary's name (spans in order). */
  static Span[] grow(String[] tokens, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    boolean changed = false;
    int taken = 0; // tokens before this index belong to a grown name
    for (Span sp : spans) {
      if (sp.getStart() < taken) {
        continue; // inside the name grown before it
      }
      Span grown = around(tokens, spans, sp);
      if (grown == null) {
        out.add(sp);
        continue;
      }
      while (!out.isEmpty() && out.get(out.size() - 1).getEnd() > grown.getStart()) {
        out.remove(out.size() - 1); // an earlier span inside it
      }
      out.add(grown);
      taken = grown.getEnd();
      changed = true;
    }
    return changed ? out.toArray(new Span[0]) : spans;
  }

  /**
   * A one-word organisation of the dictionary after a place's adjective the model took in is the organisation alone:
   * "Afghan [Taliban]" (CoNLL: the adjective is MISC). Not where the whole is a name of the dictionary ("Chinese
   * Communist Party", "German Bundesbank"), nor a national branch of a longer name ("British Red Cross"). Spans in
   * place.
   */
  static void withoutNationality(String[] tokens, Span[] spans, Predicate<String> adjective) {
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      int s = sp.getStart();
      if (sp.length() == 2 && !sp.getType().equals("PER") && adjective.test(tokens[s])
          && "ORG".equals(DictionaryNames.typeOf(DocConsistency.key(tokens, s + 1, sp.getEnd())))
          && DictionaryNames.typeOf(DocConsistency.key(tokens, s, sp.getEnd())) == null) {
        spans[i] = new Span(s + 1, sp.getEnd(), "ORG", sp.getProb());
      }
    }
  }

  /** The longest dictionary place or organisation around the span, standing by itself, or null. */
  private static Span around(String[] tokens, Span[] spans, Span sp) {
    Span best = null;
    for (int s = Math.max(0, sp.getEnd() - LONGEST); s <= sp.getStart(); s++) {
      for (int e = Math.min(tokens.length, s + LONGEST); e >= sp.getEnd(); e--) {
        if (e - s <= sp.length() || (best != null && e - s <= best.length())) {
          continue;
        }
        String type = DictionaryNames.typeOf(DocConsistency.key(tokens, s, e));
        if (type == null || type.equals("PER") || !capitalisedEnds(tokens, s, e) || !alone(tokens, s, e)
            || !SpanSets.onlyInside(spans, s, e)) {
          continue;
        }
        best = new Span(s, e, type, sp.getProb());
      }
    }
    return best;
  }

  /** "Houthi movement", "10 Downing Street": the dictionary's descriptive names are no names the model cut short. */
  private static boolean capitalisedEnds(String[] tokens, int s, int e) {
    return Character.isUpperCase(tokens[s].charAt(0)) && Character.isUpperCase(tokens[e - 1].charAt(0));
  }

  private static boolean alone(String[] tokens, int s, int e) {
    return (s == 0 || !SpanSets.capitalisedBefore(tokens, s)) && SpanSets.nothingCapitalisedAt(tokens, e);
  }
}
