package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * Analysts, economists, dealers and researchers are quoted by where they work: "said a dealer at [Credit Lyonnais]",
 * "economists at [Jardine Fleming]", "researchers at [Stanford]". The model types a bank named after its founders or
 * a university named after its town as a person or a place; after such a role and "at", a place or person span is
 * an organisation. Not officials, who work at places too ("officials at Heathrow"), nor a state ("analysts at
 * Russia's central bank" names the bank after the state). Only for sentences as written. Spans in place.
 */
final class Employers {
  private Employers() {}

  private static final Set<String> ROLES = Set.of("analyst", "analysts", "economist", "economists", "dealer",
      "dealers", "trader", "traders", "strategist", "strategists", "broker", "brokers", "researcher", "researchers",
      "scientist", "scientists", "professor", "professors", "lecturer", "academics", "banker", "bankers");

  /**
   * "said [Sunita Iyer] of [Kotak Mahindra]", "[Raymond Leung] of Wing Lung Bank": after a person of two words or more
   * and "of", a "person" whose first word is no person's first word is the employer, and so is an untagged run of
   * capitalised words ending in an organisation's head noun ("Bank", "Council"), when a verb of saying stands by them (a
   * source quoted; "David Patrick of Dalry", a laird, is not). Spans in order.
   */
  static Span[] ofPerson(String[] tokens, Span[] spans, Predicate<String> firstName) {
    List<Span> added = new ArrayList<>();
    for (int i = 0; i < spans.length; i++) {
      Span p = spans[i];
      int o = p.getEnd();
      if (!p.getType().equals("PER") || p.length() < 2 || o + 1 >= tokens.length || !tokens[o].equals("of")
          || !quoted(tokens, p.getStart(), o + 1)) {
        continue;
      }
      Span next = i + 1 < spans.length && spans[i + 1].getStart() == o + 1 ? spans[i + 1] : null;
      if (next != null) {
        if (next.getType().equals("PER") && !firstName.test(tokens[o + 1])) {
          spans[i + 1] = new Span(next.getStart(), next.getEnd(), "ORG", next.getProb());
        }
        continue;
      }
      int e = o + 1;
      while (e < tokens.length && e - o - 1 < 4 && SpanSets.capitalised(tokens[e])) {
        e++;
      }
      if (e > o + 1 && OrganisationNames.isHead(tokens[e - 1]) && SpanSets.free(spans, o + 1, e)) {
        added.add(new Span(o + 1, e, "ORG", 0));
      }
    }
    return SpanSets.with(spans, added);
  }

  // a source quoted: "said X of Y", "X of Y said", "according to X of Y", "X of Y called the collaboration"
  private static final Set<String> SAYING = Set.of("said", "says", "told", "according", "wrote", "writes", "called",
      "noted", "added", "commented", "argued", "warned", "explained", "predicted", "estimated");

  /** Whether a verb of saying stands within three words before the person or after "of" and the employer's words. */
  private static boolean quoted(String[] tokens, int person, int employer) {
    for (int k = Math.max(0, person - 3); k < person; k++) {
      if (SAYING.contains(tokens[k])) {
        return true;
      }
    }
    int e = employer;
    while (e < tokens.length && SpanSets.capitalised(tokens[e])) {
      e++;
    }
    return e < tokens.length && SAYING.contains(tokens[e]);
  }

  static Span[] retype(String[] tokens, Span[] spans) {
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      int b = sp.getStart();
      if (sp.getType().equals("ORG") || b < 2 || !tokens[b - 1].equals("at")
          || !ROLES.contains(tokens[b - 2].toLowerCase(Locale.ROOT))) {
        continue;
      }
      String name = DocConsistency.key(tokens, b, sp.getEnd());
      if (!Nations.isNation(name) && !(sp.getEnd() < tokens.length && tokens[sp.getEnd()].equals("'s"))) {
        spans[i] = new Span(b, sp.getEnd(), "ORG", sp.getProb());
      }
    }
    return spans;
  }
}
