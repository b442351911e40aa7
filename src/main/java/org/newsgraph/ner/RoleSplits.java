package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import opennlp.tools.util.Span;
import org.newsgraph.nlp.TextAnalyzer;

/**
 * A role between two names parts them: "[NSW Rural Fire Service] Commissioner [Trent Curtin]", "[Hyogo] Gov.
 * [Toshitami Kaihara]", "Fleet Admiral [Chester Nimitz]", which the model ran into one organisation or person. A
 * person or organisation span with a role inside it (not its first word) and two to four capitalised words after the
 * role, the last no organisation's noun, is cut there: the words after the role are a person, the words before it what
 * they are alone ({@code tagger}), the role no name. Only roles that are offices held by persons cut ("Premier League",
 * "Major League Rugby" stay); titles that are part of a name stay ("Prince", "Sheikh"), as do spans with "of" after the
 * role ("Office of the Director of National Intelligence"). Only for sentences as written.
 */
final class RoleSplits {
  private RoleSplits() {}

  /** The spans with each such span cut; {@code tagger} names the spans of a phrase on its own. */
  static Span[] apply(String[] tokens, Span[] spans, Function<String[], Span[]> tagger) {
    return SpanSets.cutEach(spans, sp -> {
      int r = rolePosition(tokens, sp);
      if (r < 0) {
        return null;
      }
      List<Span> parts = new ArrayList<>();
      for (Span part : tagger.apply(Arrays.copyOfRange(tokens, sp.getStart(), r))) {
        parts.add(new Span(part.getStart() + sp.getStart(), part.getEnd() + sp.getStart(), part.getType(),
            sp.getProb()));
      }
      parts.add(new Span(r + 1, sp.getEnd(), "PER", sp.getProb()));
      return parts;
    });
  }

  // roles that name an office held by a person; not words that are also names' adjectives ("Premier League", "Major
  // League", "London General Omnibus Company")
  private static final Set<String> ROLES = Set.of("Commissioner", "Governor", "Officer", "Minister", "Secretary",
      "Director", "Chairman", "Chairwoman", "President", "Mayor", "Spokesman", "Spokeswoman", "Spokesperson",
      "Ambassador", "Senator", "Representative", "Judge", "Justice", "Coach", "Manager", "CEO", "Superintendent",
      "Inspector", "Sheriff", "Prosecutor", "Attorney", "Envoy", "Chancellor", "Admiral", "Councillor", "Treasurer",
      "Speaker");

  /** The index of the role inside the span before a person's name, or -1. */
  private static int rolePosition(String[] tokens, Span sp) {
    if (!sp.getType().equals("PER") && !sp.getType().equals("ORG")) {
      return -1;
    }
    for (int r = sp.getStart() + 1; r + 2 < sp.getEnd(); r++) {
      if ((ROLES.contains(tokens[r]) || TextAnalyzer.isShortTitle(tokens[r])) && !NerCorpus.role(tokens[r + 1])
          && sp.getEnd() - r <= 5 && allCapitalised(tokens, r + 1, sp.getEnd())
          && !OrganisationNames.noSurname(tokens[sp.getEnd() - 1])
          && !OrganisationNames.isHead(tokens[sp.getEnd() - 1])) {
        return r;
      }
    }
    return -1;
  }

  private static boolean allCapitalised(String[] tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!SpanSets.capitalised(tokens[k])) {
        return false;
      }
    }
    return true;
  }
}
