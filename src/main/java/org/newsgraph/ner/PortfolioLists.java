package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * A body whose name lists its portfolios with commas is one name: "the [Ministry of Tourism , Culture and the Arts]",
 * "the [Commission for Conciliation , Mediation and Arbitration]", "the [Land , Infrastructure , Transport and Tourism
 * Ministry]", "the [Japan Railway Construction , Transport and Technology Agency]". The model ends the name at the
 * first comma ("[Ministry of Tourism] , Culture and the Arts") or starts it after the last. A body's span that opens
 * with its head ("Ministry", "Commission", ...) and stops before a comma grows over the untagged capitalised
 * portfolios that follow, each after a comma, the last after "and" (and maybe "the"), with no capitalised word after
 * it; one that ends in its head after a comma grows back over such portfolios to a "the" or the sentence's start
 * (there the first may be the model's organisation: "[Japan Railway Construction]"). A list of other names ("the
 * Justice Department , [FBI] and [Secret Service]") stays: only untagged words are taken after the head. Spans in
 * order; only for sentences as written.
 */
final class PortfolioLists {
  private PortfolioLists() {}

  private static final Set<String> HEADS = Set.of("Ministry", "Department", "Commission", "Committee", "Office",
      "Bureau", "Agency", "Directorate", "Secretariat", "Council", "Board", "Authority", "Institute");
  private static final int LONGEST = 3;

  static Span[] apply(String[] t, Span[] spans) {
    List<Span> put = new ArrayList<>();
    for (Span sp : spans) {
      if (!sp.getType().equals("ORG")) {
        continue;
      }
      if (HEADS.contains(t[sp.getStart()])) {
        int e = portfoliosAfter(t, spans, sp.getEnd());
        if (e > sp.getEnd()) {
          put.add(new Span(sp.getStart(), e, "ORG", sp.getProb()));
        }
      } else if (HEADS.contains(t[sp.getEnd() - 1]) && SpanSets.anyWord(t, sp.getStart(), sp.getEnd(), "and"::equals)) {
        int s = portfoliosBefore(t, spans, sp.getStart());
        if (s < sp.getStart()) {
          put.add(new Span(s, sp.getEnd(), "ORG", sp.getProb()));
        }
      }
    }
    return SpanSets.replacing(spans, put);
  }

  /** The end of ", A , B and the C" from {@code k}, untagged, nothing capitalised after it; {@code k} if none. */
  private static int portfoliosAfter(String[] t, Span[] spans, int k) {
    int p = k;
    while (p + 1 < t.length && t[p].equals(",")) {
      int e = SpanSets.nameRun(t, p + 1, LONGEST);
      if (e == p + 1 || e >= t.length || !SpanSets.free(spans, p + 1, e)) {
        return k;
      }
      if (t[e].equals("and")) {
        int s = e + 1 < t.length && t[e + 1].equals("the") ? e + 2 : e + 1;
        int last = SpanSets.nameRun(t, s, LONGEST);
        return last > s && SpanSets.free(spans, s, last) && SpanSets.nothingCapitalisedAt(t, last) ? last : k;
      }
      p = e;
    }
    return k;
  }

  /** The start of "the A , B ," before {@code s} (after "the" or at the sentence's start); {@code s} if none. */
  private static int portfoliosBefore(String[] t, Span[] spans, int s) {
    int p = s;
    while (p >= 2 && t[p - 1].equals(",")) {
      Span model = SpanSets.at(spans, p - 2);
      // the model's organisation, not a whole body of its own ("the Australian Taxation Office , ...")
      boolean firm = model != null && model.getType().equals("ORG") && model.getEnd() == p - 1
          && !HEADS.contains(t[p - 2]);
      int b = firm ? model.getStart() : SpanSets.nameRunBefore(t, p - 1, LONGEST);
      if (b == p - 1 || (!firm && !SpanSets.free(spans, b, p - 1))) {
        return s;
      }
      p = b;
      if (p == 0 || NerCorpus.isThe(t[p - 1])) {
        return p;
      }
    }
    return s;
  }
}
