package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * A town before a firm's or an office's noun says where the firm is: "a [Dayton] company", "a [Reading] software
 * house", "an [Otaru] fish processor", "the FBI 's [Cincinnati] field office". The model, seeing a capitalised word
 * before "company", reads the town as the firm ("a [Dayton] company" an organisation). After "a", "an" or a possessive,
 * a run of one to three capitalised words that is a known place ({@link Towns#isPlace}), untagged or tagged over just
 * those words, followed by at most two lower-case words and such a noun, is a place. Not a name the dictionary knows
 * as an organisation ("a Toyota company": a city too). Only for sentences as written.
 */
final class HomeTowns {
  private HomeTowns() {}

  private static final Set<String> BEFORE = Set.of("a", "an", "'s");
  private static final Set<String> FIRMS = Set.of("company", "firm", "house", "processor", "maker", "manufacturer",
      "start-up", "startup", "office", "plant", "factory", "branch", "bureau", "developer", "lender", "retailer",
      "supplier", "operator", "contractor", "producer", "exporter", "importer", "businessman", "businesswoman",
      "entrepreneur", "shipyard", "brokerage", "consultancy");
  private static final int LONGEST = 3;
  private static final int BETWEEN = 2;

  static Span[] apply(String[] t, Span[] spans) {
    List<Span> put = new ArrayList<>();
    for (int k = 1; k < t.length - 1; k++) {
      if (!BEFORE.contains(t[k - 1])) {
        continue;
      }
      int e = SpanSets.nameRun(t, k, LONGEST);
      if (e == k || e >= t.length || !beforeFirm(t, e)) {
        continue;
      }
      Span same = SpanSets.exactly(List.of(spans), k, e);
      String name = DocConsistency.key(t, k, e);
      if ((same != null || SpanSets.free(spans, k, e)) && Towns.isPlace(name)
          && !"ORG".equals(DictionaryNames.typeOf(name))) {
        put.add(new Span(k, e, "LOC", 0));
      }
    }
    return SpanSets.put(spans, put);
  }

  /** Whether a firm's or an office's noun follows at {@code e}, after at most two lower-case words. */
  private static boolean beforeFirm(String[] t, int e) {
    for (int k = e; k < t.length && k - e <= BETWEEN; k++) {
      if (FIRMS.contains(t[k])) {
        return true;
      }
      if (t[k].isEmpty() || !Character.isLowerCase(t[k].charAt(0))) {
        return false;
      }
    }
    return false;
  }
}
