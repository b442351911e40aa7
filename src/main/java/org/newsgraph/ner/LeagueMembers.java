package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * A side named "of the" a league is a club, an organisation: "plays for [Ak Bars Kazan] of the Kontinental Hockey
 * League", "[Redbridge] of the National League", "the [Kamloops Blazers] of the Western Hockey League". The model reads
 * a side named by its town as the town, and leaves out one whose words it does not know. One to four capitalised words
 * right before "of the", then up to five capitalised words ending in "League", untagged or the model's place, are an
 * organisation; not the model's person ("Tofail Ahmed of the Awami League", a party's member), nor a league's own part
 * ("West Division of the Sun Belt Conference") or its honours ("MVP of the V-League"). Sentences as written only.
 */
final class LeagueMembers {
  private LeagueMembers() {}

  private static final int LONGEST = 4;
  private static final Set<String> PARTS = Set.of("Division", "Conference", "Group", "Section", "Pool", "Zone",
      "Organisation", "Organization", "Commissioner", "President", "Chairman", "MVP", "Player", "Rookie", "Coach",
      "Champion", "Champions", "Winner", "Winners", "Record");

  static Span[] apply(String[] t, Span[] spans) {
    List<Span> put = new ArrayList<>();
    for (int k = 1; k + 2 < t.length; k++) {
      if (!t[k].equals("of") || !t[k + 1].equals("the") || !league(t, k + 2)) {
        continue;
      }
      Span span = SpanSets.at(spans, k - 1);
      int s;
      if (span != null) {
        if (span.getEnd() != k || !span.getType().equals("LOC")) {
          continue;
        }
        s = span.getStart();
      } else {
        s = SpanSets.nameRunBefore(t, k, LONGEST);
        if (s == k || (s > 0 && SpanSets.capitalised(t[s - 1])) || !SpanSets.free(spans, s, k)) {
          continue;
        }
      }
      if (SpanSets.anyWord(t, s, k, PARTS::contains) || NerCorpus.isThe(t[s])) {
        continue;
      }
      put.add(new Span(s, k, "ORG", span == null ? 0 : span.getProb()));
    }
    return SpanSets.put(spans, put);
  }

  /** Whether up to five capitalised words from {@code k} end in "League" (no lower-case word between). */
  private static boolean league(String[] t, int k) {
    for (int i = k; i < t.length && i < k + 6 && SpanSets.capitalised(t[i]); i++) {
      if (t[i].equals("League")) {
        return i > k;
      }
    }
    return false;
  }
}
