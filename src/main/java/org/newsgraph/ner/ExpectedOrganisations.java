package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import opennlp.tools.util.Span;

/**
 * An organisation of the actor dictionary where news names an organisation is that organisation:
 *
 * <ul>
 *   <li>before a verb of saying: "Nokia said on Thursday", "Xinhua reports that", "The [Guardian] cited". Business wire
 *       copy opens sentence after sentence with a company and a verb of saying, where a capital says nothing, and the
 *       model leaves many of them out ("Gazprom", "Fiat", "Hoechst", "Samsung" in "X said on Thursday");
 *   <li>as a source: "told Itar-Tass", "according to Xinhua", "quoted by Interfax";
 *   <li>as an owner before "'s" ("WHO 's office", "AT&amp;T 's network") or a workplace after "at" ("economists at
 *       Commerzbank");
 *   <li>as the employer before a person's role and name: "OpenAI Chief Executive Sam Altman";
 *   <li>listed with an organisation of the model: "Deutsche Bank and Commerzbank", "rivals Anthropic and Google
 *       DeepMind".
 * </ul>
 *
 * Only a name written as the dictionary writes it, ending in a capitalised word and standing by itself (no capitalised
 * word before it but a leading "The", which the span leaves out, and none after it where the context is before it).
 * Where the model has a name there, a place or person that is exactly the dictionary's name becomes the organisation,
 * and names inside it give way to it ("Elf [Aquitaine] said"); other overlaps stay the model's. Adding every untagged
 * dictionary organisation was measured as a loss (session 12: legislatures in election names, events); in these places
 * an organisation is what the sentence needs.
 */
final class ExpectedOrganisations {
  private ExpectedOrganisations() {}

  private static final int LONGEST = 6;
  private static final Set<String> SAYING = Set.of("said", "says", "told", "reported", "reports", "announced",
      "announces", "added", "alleged", "alleges", "claimed", "claims", "denied", "denies", "confirmed", "confirms",
      "warned", "warns", "cited", "cites", "quoted", "quotes", "stated");
  private static final Set<String> LIST = Set.of("and", ",", "or", "&");

  /** The spans with each such organisation added or retyped (spans in order). */
  static Span[] apply(String[] tokens, Span[] spans) {
    Changes c = new Changes(tokens, spans);
    for (int k = 1; k < tokens.length; k++) {
      if (SAYING.contains(tokens[k])) {
        c.take(nameEndingAt(tokens, k), k);
      }
      if (NerCorpus.isPossessive(tokens[k])) {
        c.take(nameEndingAt(tokens, k), k);
      }
      if (tokens[k - 1].equals("at")) {
        c.take(k, nameStartingAt(tokens, k, end -> SpanSets.nothingCapitalisedAt(tokens, end)));
      }
      if (sourceBefore(tokens, k)) {
        c.take(k, nameStartingAt(tokens, k, end -> SpanSets.nothingCapitalisedAt(tokens, end)));
      }
    }
    for (Span sp : spans) { // the employer before a role and a person, the role up to three words before the name
      if (!sp.getType().equals("PER")) {
        continue;
      }
      for (int k = Math.max(1, sp.getStart() - 3); k < sp.getStart(); k++) {
        if (NerCorpus.title(tokens[k])) {
          c.take(nameEndingAt(tokens, k), k);
        }
      }
    }
    for (int k = 1; k < tokens.length; k++) { // the office before a formal title: "the [UN] High Commissioner said"
      if (formalTitleAt(tokens, k)) {
        c.take(nameEndingAt(tokens, k), k);
      }
    }
    for (Span sp : spans) { // listed with an organisation of the model, on either side
      if (!sp.getType().equals("ORG")) {
        continue;
      }
      int e = sp.getEnd();
      if (e + 1 < tokens.length && LIST.contains(tokens[e])) {
        c.take(e + 1, nameStartingAt(tokens, e + 1, end -> SpanSets.nothingCapitalisedAt(tokens, end)));
      }
      int s = sp.getStart();
      if (s > 1 && LIST.contains(tokens[s - 1])) {
        c.take(nameEndingAt(tokens, s - 1), s - 1);
      }
    }
    return c.result();
  }

  /**
   * Every organisation of the dictionary that stands by itself, whatever the model made of it: in a document about
   * sport, where clubs are named in every sentence and the model, which saw few of them, leaves them out or takes them
   * for persons ("held to a draw by Udinese", "a draw with [Fiorentina]"), or cuts a date word off them ("Sheffield
   * Wednesday"). Spans in order.
   */
  static Span[] everywhere(String[] tokens, Span[] spans) {
    Changes c = new Changes(tokens, spans);
    for (int k = 0; k < tokens.length; k++) {
      if (k > 0 && (SpanSets.capitalisedBefore(tokens, k) || tokens[k - 1].equals("-"))) {
        continue;
      }
      // not part of a compound: "an RT-flex50 engine"
      int end = nameStartingAt(tokens, k,
          e -> SpanSets.nothingCapitalisedAt(tokens, e) && (e == tokens.length || !tokens[e].equals("-")));
      if (end > 0) {
        c.take(k, end);
        k = end - 1;
      }
    }
    return c.result();
  }

  /** The start of the longest dictionary organisation ending before token {@code end} by itself, or -1. */
  static int nameEndingAt(String[] tokens, int end) {
    for (int start = Math.max(0, end - LONGEST); start < end; start++) {
      if ("ORG".equals(DictionaryNames.typeOf(DocConsistency.key(tokens, start, end)))
          && (start == 0 || !SpanSets.capitalisedBefore(tokens, start))) {
        return start;
      }
    }
    return -1;
  }

  /** The end of the longest dictionary organisation from token {@code start} whose end {@code after} accepts, or -1. */
  private static int nameStartingAt(String[] tokens, int start, IntPredicate after) {
    for (int end = Math.min(tokens.length, start + LONGEST); end > start; end--) {
      if ("ORG".equals(DictionaryNames.typeOf(DocConsistency.key(tokens, start, end))) && after.test(end)) {
        return end;
      }
    }
    return -1;
  }

  /** Whether a capitalised role ("Secretary-General", "High Commissioner"), no name's title, ends a name at k. */
  private static boolean formalTitleAt(String[] tokens, int k) {
    int end = capitalisedRole(tokens, k) ? k + 1
        : NerCorpus.roleModifier(tokens[k]) && k + 1 < tokens.length && capitalisedRole(tokens, k + 1) ? k + 2 : -1;
    // the role ends there: "General Assembly" and "Secretary Antony Blinken" are no such roles
    return end > 0 && SpanSets.nothingCapitalisedAt(tokens, end);
  }

  private static boolean capitalisedRole(String[] tokens, int k) {
    return !tokens[k].isEmpty() && Character.isUpperCase(tokens[k].charAt(0)) && NerCorpus.role(tokens[k]);
  }

  /** Whether the words before position n name a source: "told", "according to", "quoted by", "cited by". */
  private static boolean sourceBefore(String[] tokens, int n) {
    String w = tokens[n - 1];
    return w.equals("told") || (n > 1 && (w.equals("to") && tokens[n - 2].equals("according")
        || w.equals("by") && (tokens[n - 2].equals("quoted") || tokens[n - 2].equals("cited"))));
  }

  /** The organisations found in one sentence and what they do to the model's spans. */
  private static final class Changes {
    final String[] tokens;
    final Span[] spans;
    final List<Span> added = new ArrayList<>();
    final List<Span> retyped = new ArrayList<>();
    final List<Span> dropped = new ArrayList<>();

    Changes(String[] tokens, Span[] spans) {
      this.tokens = tokens;
      this.spans = spans;
    }

    /** The organisation at tokens [start, end), a leading "The" left out; nothing when either is -1. */
    void take(int start, int end) {
      if (start < 0 || end < 0) {
        return;
      }
      int from = NerCorpus.isThe(tokens[start]) ? start + 1 : start;
      if (from >= end || !EntityTagger.hasUpperCase(tokens, end - 1, end)) {
        return; // a name ends in a capitalised word ("the Houthi movement" said: "Houthi" is the model's)
      }
      Span same = SpanSets.exactly(Arrays.asList(spans), from, end);
      if (SpanSets.free(spans, start, end) && SpanSets.free(added, start, end)) {
        added.add(new Span(from, end, "ORG", 0));
      } else if (same != null) {
        if (!same.getType().equals("ORG") && !retyped.contains(same)) {
          retyped.add(same);
        }
      } else if (SpanSets.onlyInside(spans, start, end) && SpanSets.free(added, start, end)) { // "Elf [Aquitaine] said"
        for (Span sp : spans) {
          if (sp.getStart() < end && start < sp.getEnd()) {
            dropped.add(sp);
          }
        }
        added.add(new Span(from, end, "ORG", 0));
      }
    }

    Span[] result() {
      List<Span> out = new ArrayList<>(spans.length);
      for (Span sp : spans) {
        if (retyped.contains(sp)) { // a place or person of the model, the dictionary's organisation here
          out.add(new Span(sp.getStart(), sp.getEnd(), "ORG", sp.getProb()));
        } else if (!dropped.contains(sp)) {
          out.add(sp);
        }
      }
      return SpanSets.with(out.toArray(new Span[0]), added);
    }
  }
}
