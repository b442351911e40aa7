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
 * overlapping the model's names; a place or person of the model that is exactly such a name becomes the organisation,
 * and names of the model inside it give way to it ("Elf [Aquitaine] said").
 * The same for a source: "told Itar-Tass", "according to Xinhua", "quoted by Interfax" (no capitalised word after the
 * name), and for the employer before a person's role and name: "OpenAI Chief Executive Sam Altman". Adding every untagged dictionary organisation was measured as a loss (session 12: legislatures in election
 * names, events); the subject of "said" and a source quoted are actors.
 */
final class Speakers {
  private Speakers() {}

  private static final int LONGEST = 6;
  private static final Set<String> SAYING = Set.of("said", "says", "told", "reported", "reports", "announced",
      "announces", "added", "alleged", "alleges", "claimed", "claims", "denied", "denies", "confirmed", "confirms",
      "warned", "warns", "cited", "cites", "quoted", "quotes", "stated");

  /**
   * The organisation [from, end) (its words from {@code start}, a leading "The" included): added where the model has no
   * name, retyped where the model has exactly it as a place or person.
   */
  private static void take(String[] tokens, Span[] spans, int start, int from, int end, List<Span> added,
      List<Span> retyped, List<Span> dropped) {
    Span same = SpanSets.exactly(Arrays.asList(spans), from, end);
    if (from >= end || !EntityTagger.hasUpperCase(tokens, end - 1, end)) {
      return; // a name ends in a capitalised word ("the Houthi movement" said: "Houthi" is the model's)
    }
    if (SpanSets.free(spans, start, end)) {
      added.add(new Span(from, end, "ORG", 0));
    } else if (same != null) {
      if (!same.getType().equals("ORG")) {
        retyped.add(same);
      }
    } else if (within(spans, start, end)) { // "Elf [Aquitaine] said": the model had a part of the name
      for (Span sp : spans) {
        if (sp.getStart() < end && start < sp.getEnd()) {
          dropped.add(sp);
        }
      }
      added.add(new Span(from, end, "ORG", 0));
    }
  }

  /** Whether a person's name starts at one of the tokens [from, to). */
  private static boolean personWithin(Span[] spans, int from, int to) {
    for (Span sp : spans) {
      if (sp.getType().equals("PER") && sp.getStart() >= from && sp.getStart() < to) {
        return true;
      }
    }
    return false;
  }

  /** Whether every span that overlaps tokens [start, end) lies inside them. */
  private static boolean within(Span[] spans, int start, int end) {
    for (Span sp : spans) {
      if (sp.getStart() < end && start < sp.getEnd() && (sp.getStart() < start || sp.getEnd() > end)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the words before position n name a source: "told", "according to", "quoted by", "cited by". */
  private static boolean sourceBefore(String[] tokens, int n) {
    String w = tokens[n - 1];
    return w.equals("told") || (n > 1 && (w.equals("to") && tokens[n - 2].equals("according")
        || w.equals("by") && (tokens[n - 2].equals("quoted") || tokens[n - 2].equals("cited"))));
  }

  /** The spans with each such organisation added (spans in order). */
  static Span[] apply(String[] tokens, Span[] spans) {
    List<Span> added = new ArrayList<>();
    List<Span> retyped = new ArrayList<>();
    List<Span> dropped = new ArrayList<>();
    for (int v = 1; v < tokens.length; v++) {
      if (!SAYING.contains(tokens[v])) {
        continue;
      }
      for (int start = Math.max(0, v - LONGEST); start < v; start++) {
        if (!"ORG".equals(DictionaryNames.typeOf(DocConsistency.key(tokens, start, v)))
            || (start > 0 && EntityTagger.hasUpperCase(tokens, start - 1, start) && !NerCorpus.isThe(tokens[start - 1]))) {
          continue;
        }
        take(tokens, spans, start, NerCorpus.isThe(tokens[start]) ? start + 1 : start, v, added, retyped, dropped);
        break;
      }
    }
    // the other side: "told Itar-Tass", "according to Xinhua", "quoted by Interfax"
    for (int n = 1; n < tokens.length; n++) {
      if (!sourceBefore(tokens, n)) {
        continue;
      }
      for (int end = Math.min(tokens.length, n + LONGEST); end > n; end--) {
        if (!"ORG".equals(DictionaryNames.typeOf(DocConsistency.key(tokens, n, end)))
            || (end < tokens.length && EntityTagger.hasUpperCase(tokens, end, end + 1))) {
          continue;
        }
        take(tokens, spans, n, n, end, added, retyped, dropped);
        break;
      }
    }
    // the employer before a person's role: "OpenAI Chief Executive Sam Altman", "Gazprom spokesman Sergei Kupriyanov"
    for (int n = 0; n + 1 < tokens.length; n++) {
      if (n > 0 && EntityTagger.hasUpperCase(tokens, n - 1, n) && !NerCorpus.isThe(tokens[n - 1])) {
        continue;
      }
      for (int end = Math.min(tokens.length - 1, n + LONGEST); end > n; end--) {
        if ("ORG".equals(DictionaryNames.typeOf(DocConsistency.key(tokens, n, end))) && NerCorpus.title(tokens[end])
            && personWithin(spans, end + 1, end + 4)) {
          take(tokens, spans, n, NerCorpus.isThe(tokens[n]) ? n + 1 : n, end, added, retyped, dropped);
          break;
        }
      }
    }
    List<Span> out = new ArrayList<>(spans.length);
    for (Span sp : spans) {
      if (retyped.contains(sp)) { // a place or person by the model, the dictionary's organisation when it speaks
        out.add(new Span(sp.getStart(), sp.getEnd(), "ORG", sp.getProb()));
      } else if (!dropped.contains(sp)) {
        out.add(sp);
      }
    }
    return SpanSets.with(out.toArray(new Span[0]), added);
  }
}
