package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * A market report names companies by their shares: "Shares in [Norsk Hydro] rose", "[Volvo] B shares were unchanged",
 * "[Astra] rose 4 crowns". The model, which saw few market reports, leaves such names out or takes them for persons
 * ("Astra" a person). A run of one to three capitalised words, untagged or tagged a person, is an organisation after
 * "shares in" / "shares of" / "stake in", before "shares" or "stock" (a share class letter between: "Ericsson B
 * shares"), or before a price move in a currency's small unit or points ("rose 4 crowns", "fell 12 pence", "added 1.5
 * points") or from one price to another ("eased 2.00 to 915.00"); so is the model's place that is no country, town of
 * GeoNames or place of the actor dictionary ("Shares in [Tencent] rose"). A known place stays a place ("Tokyo shares",
 * "shares in Europe": the market), nationalities are no part of it ("German shares"), and a run opening the sentence must not
 * start with a common word ("Elsewhere", "Banks rose 2 points"); an organisation of the actor dictionary is taken
 * whole ("British Telecom slipped 4 pence", "Cable and Wireless rose 6 pence"). A currency before such a verb is
 * no name ("Sterling rose to $ 1.6120", the model's person). Sentences as written only.
 */
final class StockNames {
  private StockNames() {}

  private static final Set<String> SHARES = Set.of("shares", "stock", "stocks", "stake");
  private static final Set<String> MOVES = Set.of("rose", "fell", "gained", "lost", "added", "shed", "slipped",
      "climbed", "jumped", "dropped", "eased", "firmed", "slid", "rallied", "dipped", "edged", "tumbled", "surged",
      "plunged", "soared", "slumped", "sank", "plummeted", "advanced", "declined", "retreated", "recovered", "skidded");
  private static final Set<String> UNITS = Set.of("crowns", "crown", "pence", "penny", "cents", "cent", "points",
      "point", "yen", "marks", "mark", "pfennigs", "pfennig", "francs", "franc", "centimes", "rupees", "lire",
      "pesetas", "kronor", "kroner", "euro", "euros", "dollars", "dollar", "baht", "ringgit", "rand", "won", "pesos");
  private static final int LONGEST = 3;

  /**
   * The spans with the market's companies (class comment), and the organisations put where the market speaks of
   * nothing else ("Shares of [Larkin] rose", "[Danforth] shares rose") added to {@code sure}: the document means the
   * firm in its other mentions too. Not "[Musk] shares a photo", nor points ("Drews dropped 37 points").
   */
  static Span[] apply(String[] t, Span[] spans, Predicate<String> commonWord, List<Span> sure) {
    List<Span> found = new ArrayList<>();
    List<Span> certain = new ArrayList<>();
    for (int k = 0; k < t.length; k++) {
      // "shares in X", "stake in X"
      if (k + 2 < t.length && SHARES.contains(t[k].toLowerCase())
          && (t[k + 1].equals("in") || t[k + 1].equals("of"))) {
        int e = runEnd(t, k + 2);
        if (e > k + 2) {
          found.add(new Span(k + 2, e, "ORG"));
          if (e < t.length && (MOVES.contains(t[e]) || QUOTED.contains(t[e]))) {
            certain.add(found.get(found.size() - 1));
          }
        }
      }
      // "X shares", "X B shares", "X rose 4 crowns"
      if (k > 0 && (SHARES.contains(t[k]) || priceMove(t, k))) {
        int end = k > 1 && isShareClass(t[k - 1]) && SHARES.contains(t[k]) ? k - 1 : k;
        int known = ExpectedOrganisations.nameEndingAt(t, end); // "British Telecom", "Cable and Wireless"
        int s = known >= 0 ? known : runStart(t, end);
        if (s < end && (s == 0 || !SpanSets.capitalised(t[s - 1]))
            && !(s == 0 && commonWord.test(t[0].toLowerCase()))) { // "Elsewhere , ...", "Banks rose"
          found.add(new Span(s, end, "ORG"));
          boolean moved = k + 1 < t.length && (MOVES.contains(t[k + 1]) || QUOTED.contains(t[k + 1]));
          // not points: "Drews dropped 37 points" is a player, and an index is no firm
          if ((priceMove(t, k) && !t[k + 2].startsWith("point")) || (SHARES.contains(t[k]) && moved)) {
            certain.add(found.get(found.size() - 1));
          }
        }
      }
    }
    spans = withoutCurrencies(t, spans);
    if (found.isEmpty()) {
      return spans;
    }
    List<Span> out = new ArrayList<>(List.of(spans));
    for (Span f : found) {
      Span same = SpanSets.exactly(out, f.getStart(), f.getEnd());
      if (same == null && f.getEnd() < t.length && isShareClass(t[f.getEnd()])) {
        same = SpanSets.exactly(out, f.getStart(), f.getEnd() + 1); // "[Ericsson B] shares"
      }
      if (same == null ? !SpanSets.free(out, f.getStart(), f.getEnd())
          : !(same.getType().equals("PER") || (same.getType().equals("LOC")
              && !Towns.isPlace(DocConsistency.key(t, same.getStart(), same.getEnd()))))) {
        continue; // part of another name, a known place ("Tokyo shares"), or an organisation already
      }
      out.remove(same);
      out.add(new Span(f.getStart(), f.getEnd(), "ORG", same == null ? 1.0 : same.getProb()));
      if (certain.contains(f)) {
        sure.add(f);
      }
    }
    out.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
    return out.toArray(new Span[0]);
  }

  // a currency named at a market report's sentence start, "Sterling rose to $ 1.6120": no person, no name (CoNLL: MISC)
  private static final Set<String> CURRENCIES = Set.of("Sterling", "Dollar", "Yen", "Euro", "Rupee", "Rouble",
      "Ruble", "Peso", "Franc", "Lira", "Rand", "Yuan", "Ringgit", "Baht", "Won", "Swissie", "Aussie", "Kiwi",
      "Loonie");
  private static final Set<String> QUOTED = Set.of("was", "traded", "ended", "closed", "opened", "stood", "held");

  private static Span[] withoutCurrencies(String[] t, Span[] spans) {
    for (int i = 0; i < spans.length; i++) {
      int s = spans[i].getStart();
      if (spans[i].length() == 1 && CURRENCIES.contains(t[s]) && s + 1 < t.length
          && (MOVES.contains(t[s + 1]) || QUOTED.contains(t[s + 1]))) {
        List<Span> out = new ArrayList<>(List.of(spans));
        out.remove(i);
        return withoutCurrencies(t, out.toArray(new Span[0]));
      }
    }
    return spans;
  }

  /** "rose 4 crowns", "fell 1.5 points", "eased 2.00 to 915.00" (a price in the market's currency) from {@code k}. */
  private static boolean priceMove(String[] t, int k) {
    return k + 2 < t.length && MOVES.contains(t[k]) && isNumber(t[k + 1]) && (UNITS.contains(t[k + 2])
        || k + 3 < t.length && t[k + 2].equals("to") && isNumber(t[k + 3]));
  }

  private static boolean isNumber(String w) {
    return !w.isEmpty() && Character.isDigit(w.charAt(0)) && w.chars().allMatch(c -> Character.isDigit(c) || c == '.'
        || c == ',' || c == '/');
  }

  /** "A", "B", "C": a share class ("Ericsson B shares"). */
  private static boolean isShareClass(String w) {
    return w.equals("A") || w.equals("B") || w.equals("C");
  }

  /** The end of a run of capitalised name words from {@code k} (at most three). */
  private static int runEnd(String[] t, int k) {
    int e = k;
    while (e < t.length && e - k < LONGEST && nameWord(t[e])) {
      e++;
    }
    return e < t.length && SpanSets.capitalised(t[e]) ? k : e; // a longer name: left alone
  }

  /** The start of a run of capitalised name words ending before {@code end} (at most three). */
  private static int runStart(String[] t, int end) {
    int s = end;
    while (s > 0 && end - s < LONGEST && nameWord(t[s - 1])) {
      s--;
    }
    return s;
  }

  private static boolean nameWord(String w) {
    return SpanSets.capitalised(w) && Character.isLetter(w.charAt(0)) && !NerCorpus.isDateWord(w)
        && !NerCorpus.isDemonym(w) && !w.equals("Shares");
  }
}
