package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * A name right after a person's occupation or kin in lower case is a person: "featured the pianist [Cedar Walton]",
 * "the composer [Genaro Codina]", "interviews with her grandmother , [Nneka Obi]". The model, knowing none of the
 * name's words, read "Cedar Walton" as a place. The noun must open its phrase ("the", "a", "his", "her", "their" or
 * "'s" before it) and the name follow it, or a comma and it: one to four capitalised words, no capitalised word after
 * them; untagged (no common word, date or title in it) or tagged a place or an organisation. Spans in order; only for
 * sentences as written.
 */
final class Occupations {
  private Occupations() {}

  private static final Set<String> PERSONS = Set.of("pianist", "composer", "poet", "novelist", "writer", "author",
      "painter", "sculptor", "singer", "songwriter", "actor", "actress", "architect", "saxophonist", "guitarist",
      "drummer", "violinist", "cellist", "bassist", "trumpeter", "conductor", "photographer", "journalist",
      "historian", "economist", "physicist", "chemist", "mathematician", "philosopher", "playwright", "filmmaker",
      "businessman", "businesswoman", "banker", "financier", "industrialist", "entrepreneur", "footballer", "cyclist",
      "sprinter", "boxer", "jockey", "grandmother", "grandfather", "grandson", "granddaughter", "mother", "father",
      "son", "daughter", "wife", "husband", "brother", "sister", "uncle", "aunt", "nephew", "niece", "widow", "cousin");
  private static final Set<String> OPENERS = Set.of("the", "a", "an", "his", "her", "their", "'s");
  private static final int LONGEST = 4;

  static Span[] apply(String[] t, Span[] spans, Predicate<String> commonWord) {
    List<Span> put = new ArrayList<>();
    for (int k = 1; k + 1 < t.length; k++) {
      if (!PERSONS.contains(t[k]) || !OPENERS.contains(t[k - 1])) {
        continue;
      }
      int s = t[k + 1].equals(",") ? k + 2 : k + 1;
      Span span = s < t.length ? SpanSets.at(spans, s) : null;
      if (span != null) {
        if (span.getStart() == s && !span.getType().equals("PER") && span.length() <= LONGEST
            && SpanSets.nothingCapitalisedAt(t, span.getEnd())) {
          put.add(new Span(span.getStart(), span.getEnd(), "PER", span.getProb()));
        }
        continue;
      }
      int e = SpanSets.nameRun(t, s, LONGEST);
      if (e > s && SpanSets.nothingCapitalisedAt(t, e) && SpanSets.free(spans, s, e)
          && !SpanSets.anyWord(t, s, e, w -> commonWord.test(w.toLowerCase(Locale.ROOT)))) {
        put.add(new Span(s, e, "PER", 0));
      }
    }
    return SpanSets.put(spans, put);
  }
}
