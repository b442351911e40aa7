package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * A name between "the" and "family" is a family, persons in CoNLL's reading: "the [Corsini] family", "at the expense of
 * the [Pârvulescu] family", "owned by the [Lehtonen] family since the 1880s". The model read a third of them as
 * organisations or places, or left them out. One or two capitalised words there, untagged or tagged alone, become a
 * person; not a common word or a nationality ("the Holy family", "the Polish family"), nor a family of living things
 * ("the Nymphalidae family") or of genes ("the SOBER1 family"). Only for sentences as written.
 */
final class Families {
  private Families() {}

  static Span[] apply(String[] t, Span[] spans, Predicate<String> commonWord, Predicate<String> demonym) {
    List<Span> put = new ArrayList<>();
    for (int f = 2; f < t.length; f++) {
      if (!t[f].equals("family")) {
        continue;
      }
      int s = SpanSets.nameRunBefore(t, f, 2);
      if (s == f || s == 0 || !t[s - 1].equalsIgnoreCase("the")
          || SpanSets.anyWord(t, s, f, w -> !plainWord(w) || commonWord.test(w.toLowerCase(Locale.ROOT))
              || demonym.test(w))) {
        continue;
      }
      Span span = SpanSets.at(spans, s);
      if (span == null ? SpanSets.free(spans, s, f)
          : span.getStart() == s && span.getEnd() == f && !span.getType().equals("PER")) {
        put.add(new Span(s, f, "PER", span == null ? 0 : span.getProb()));
      }
    }
    return SpanSets.put(spans, put);
  }

  /** A surname's word: letters (and hyphens, apostrophes), no inner capital, no zoologist's "-idae" or "-aceae". */
  private static boolean plainWord(String w) {
    for (int i = 1; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isUpperCase(c) && w.charAt(i - 1) != '-' || Character.isDigit(c)) {
        return false;
      }
    }
    return !w.endsWith("idae") && !w.endsWith("aceae") && !w.endsWith("inae");
  }
}
