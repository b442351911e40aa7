package org.newsgraph.ner;

import java.util.Locale;
import java.util.Set;
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
