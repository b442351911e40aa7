package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * A name followed by the words that close an organisation's name is that organisation: "[Kuala Lumpur] Stock
 * Exchange", "[Jardine Fleming] Securities", "[Israel] Radio", "[Korea] University". The model stops at the place or
 * the founders' names it knows and leaves the rest out, so business and wire news lose the exchange, the broker or the
 * broadcaster and gain a place or a person. A span directly followed by such words, untagged or tagged alone, grows
 * over them and becomes an organisation (whose complement the tagger then takes: "London College of Communication").
 * Also "[Thames Valley] Police", "[US National Park] Service", and newspapers: "[San Francisco] Chronicle", "[New York]
 * Post". Not "Bank" ("West Bank"), "Capital" or "Center", which close places too, nor "Government", which CrossNER
 * leaves out of the name ("the state [Liberal] Government") where GUM takes it in ("[UK Government]"). Only for
 * sentences as written (a truecased headline's capitals are guesses).
 */
final class OrganisationTails {
  private OrganisationTails() {}

  private static final Set<String> ONE = Set.of("Securities", "Radio", "Television", "Airlines", "Airways",
      "Holdings", "Partners", "Insurance", "Investments", "Motors", "Corporation", "Company", "Group", "Brothers",
      "University", "College", "Institute", "Polytechnic", "Service", "Police", "Post", "Times", "Herald", "Tribune",
      "Gazette", "Telegraph", "Chronicle", "Courier", "Journal", "Inquirer", "Examiner", "Club", "Shipping");
  private static final Set<String> EXCHANGES = Set.of("Stock", "Futures", "Mercantile", "Commodities", "Commodity",
      "Metal", "Metals", "Options");

  static Span[] apply(String[] tokens, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      int e = sp.getEnd();
      int tail = tail(tokens, e);
      Span next = i + 1 < spans.length ? spans[i + 1] : null;
      boolean taggedAlone = next != null && next.getStart() == e && next.getEnd() == e + tail; // "[Korea] [University]"
      if (tail > 0 && (next == null || next.getStart() >= e + tail || taggedAlone)) {
        out.add(new Span(sp.getStart(), e + tail, "ORG", sp.getProb()));
        i += taggedAlone ? 1 : 0;
      } else {
        out.add(sp);
      }
    }
    return out.size() == spans.length ? out.toArray(spans) : out.toArray(new Span[0]);
  }

  // words that close organisations' names and no places' or events': a run of capitalised words before one is an
  // organisation on its own (not "Conference", which closes events as often: "United Nations Water Conference")
  private static final Set<String> CLOSING = Set.of("Securities", "Holdings", "Airlines", "Airways", "Insurance",
      "Investments", "Motors", "Corporation", "Brothers", "Partners", "Association", "Committee", "Commission",
      "Council", "Federation", "Ministry", "Agency", "Institute", "University", "College", "Foundation", "Society",
      "Authority", "Bureau", "Board", "Army", "Forces", "Exchange", "Club", "Shipping", "Television", "Radio",
      "Broadcasting", "Aerospace", "Analytics", "Technologies", "Pharmaceuticals", "Industries", "Enterprises",
      "Logistics", "Electronics", "Software", "Studios", "Ventures", "Bancorp", "Labs", "Networks", "Aviation",
      "Platinum", "Minerals", "Mining", "Resources", "Futures", "Commodities", "Plantations", "Shipbuilding",
      "Group", "Markets", "Invest", "Advisory", "Renewables", "Therapeutics");
  // closing words that end common phrases too ("Final Group", "Financial Markets"): they close an organisation's name
  // only after a word that is no common word ("Seorin Group", "Coastline Pacific Markets")
  private static final Set<String> AFTER_NAMES = Set.of("Group", "Markets");
  // boards that are part of a body, not bodies: "the Executive Board of [Toledo Suffrage Society]"
  private static final Set<String> PARTS_BOARDS = Set.of("Executive", "Management", "Supervisory", "Editorial",
      "Advisory", "Governing", "Funding", "Review", "Tracking");
  private static final Set<String> QUOTES = Set.of("\"", "``", "“", "'", "‘");
  private static final Set<String> AND = Set.of("and", "&");
  private static final Set<String> LINKS = Set.of("and", "&", "of", "for");

  /**
   * An untagged run of one to three capitalised words and a word that closes only organisations' names is that
   * organisation: "Analysts at Goldman Sachs and [Enskilda Securities]", "[Cathay Pacific Airways]", "the [Nobel
   * Foundation]", "the [Royal Horticultural Society]", "the [Residential Tenancies Board]", "the [Polish Army]", "the
   * [Canadian Armed Forces]", "the [International Petroleum Exchange]" (session 21: the model left out all four). The
   * model leaves out such names when it knows none of their words. Not a body's own board ("the Executive Board of").
   * Not a run that starts a sentence with a common word ("Some Securities ..."), nor one inside a longer untagged
   * name: a capitalised word, or "and" and one, after it ("Australian Securities and Investments Commission"), or
   * "and", "of" or "for" after an untagged capitalised word before it, unless a title ("President of [Russian
   * Marketing Association]"); nor one in quotes (a ship or a title: "Two Brothers").
   */
  static Span[] untagged(String[] tokens, Span[] spans, Predicate<String> commonWord) {
    List<Span> added = new ArrayList<>();
    for (int k = 1; k < tokens.length; k++) {
      if (!CLOSING.contains(tokens[k]) || !SpanSets.free(spans, k, k + 1)
          || (k + 1 < tokens.length && SpanSets.capitalised(tokens[k + 1]))) {
        continue;
      }
      int s = k;
      while (s > 0 && k - s < 3 && SpanSets.capitalised(tokens[s - 1]) && SpanSets.free(spans, s - 1, s)
          && Character.isLetter(tokens[s - 1].charAt(0))) {
        s--;
      }
      boolean opening = s == 0 && k >= 2 && commonWord.test(tokens[0].toLowerCase(Locale.ROOT));
      if (opening) {
        s = 1; // the sentence's common word before the name: "Owner [Ironbark Resources] , a small miner"
      }
      if (s == k || (tokens[k].equals("Board") && PARTS_BOARDS.contains(tokens[k - 1]))
          || (AFTER_NAMES.contains(tokens[k]) && allCommon(tokens, s, k, commonWord))
          || (s == 0 && commonWord.test(tokens[0].toLowerCase(Locale.ROOT)))
          || (s > 0 && !opening && (SpanSets.capitalised(tokens[s - 1]) || QUOTES.contains(tokens[s - 1])))
          || (k + 2 < tokens.length && AND.contains(tokens[k + 1]) && SpanSets.capitalised(tokens[k + 2]))
          || (s > 1 && LINKS.contains(tokens[s - 1]) && SpanSets.capitalised(tokens[s - 2])
              && SpanSets.free(spans, s - 2, s - 1) && !NerCorpus.title(tokens[s - 2]))) {
        continue;
      }
      added.add(new Span(s, k + 1, "ORG", 1.0));
    }
    return SpanSets.with(spans, added);
  }

  private static boolean allCommon(String[] tokens, int start, int end, Predicate<String> commonWord) {
    for (int i = start; i < end; i++) {
      if (!commonWord.test(tokens[i].toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** How many tokens from {@code k} close an organisation's name: "Securities" 1, "Stock Exchange" 2, else 0. */
  private static int tail(String[] t, int k) {
    if (k >= t.length) {
      return 0;
    }
    if (k + 1 < t.length && EXCHANGES.contains(t[k]) && t[k + 1].equals("Exchange")) {
      return k + 2 < t.length && SpanSets.capitalised(t[k + 2]) ? 0 : 2;
    }
    return ONE.contains(t[k]) && !(k + 1 < t.length && SpanSets.capitalised(t[k + 1])) ? 1 : 0;
  }
}
