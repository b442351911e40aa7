package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * A government body named by its field and its kind is an organisation: "the Interior Ministry", "Russia 's Foreign
 * Ministry", "the Election Commission of India", "a Defence Ministry spokesman". News name such bodies in most
 * political stories; the training corpora hold "Ministry" about fifteen times, and the model tags none of these. An
 * untagged run of two to five capitalised words ending in such a kind is one organisation (the tagger's organisation
 * rules then take its complement: "of India"). Not after "a" or "an", which make it a description ("a Parliamentary
 * Commission"), unless a spokesman or an official of the body follows ("a Defence Ministry spokesman"), and not
 * before "election", whose name holds it ("Colchester Borough Council election"). Only for sentences as written.
 *
 * <p>Session 12: the model tags "Foreign [Ministry]" and misses "the Foreign Office" (the training corpora's roles,
 * "Foreign Minister", "Foreign Secretary", are no names, so "Foreign" reads as no name's word). A kind the model tagged
 * alone takes the capitalised words before it, and "Office" is a kind after the fields that name a British department
 * ("Foreign Office", "Home Office", "Cabinet Office").
 */
final class GovernmentBodies {
  private GovernmentBodies() {}

  private static final Set<String> KINDS = Set.of("Ministry", "Ministries", "Commission", "Council", "Committee",
      "Department", "Agency", "Authority", "Directorate");
  private static final Set<String> INDEFINITE = Set.of("a", "an", "A", "An");
  private static final Set<String> ELECTIONS = Set.of("election", "elections", "by-election", "by-elections");
  private static final int LONGEST = 5;
  private static final Set<String> OFFICES = Set.of("Foreign", "Home", "Cabinet", "Colonial", "War", "Met", "Patent",
      "Passport");

  /** The spans with each such body added (spans in order). */
  static Span[] apply(String[] tokens, Span[] spans) {
    List<Span> added = new ArrayList<>();
    Span[] kept = spans;
    for (int e = 1; e < tokens.length; e++) {
      boolean kind = KINDS.contains(tokens[e]) || (tokens[e].equals("Office") && OFFICES.contains(tokens[e - 1]));
      if (!kind || (e + 1 < tokens.length && (capitalised(tokens[e + 1])
          || ELECTIONS.contains(tokens[e + 1])))) {
        continue;
      }
      int s = e;
      while (s > 0 && e - s + 1 < LONGEST && capitalised(tokens[s - 1])) {
        s--;
      }
      if (s == 0 && NameSplits.isFunctionWord(tokens[0].toLowerCase())) {
        s = 1; // "After [Foreign Ministry] talks"
      }
      if (s == e || (s > 0 && INDEFINITE.contains(tokens[s - 1]) && !beforeSpokesman(tokens, e + 1))
          || allCapitals(tokens, s, e + 1)) {
        continue;
      }
      if (SpanSets.free(kept, s, e + 1)) {
        added.add(new Span(s, e + 1, "ORG", 0));
      } else if (SpanSets.free(kept, s, e) && alone(kept, e)) {
        kept = without(kept, e); // "Foreign [Ministry]": the model's kind alone takes its field
        added.add(new Span(s, e + 1, "ORG", 0));
      }
    }
    return SpanSets.with(kept, added);
  }

  // "a Defence Ministry spokesman": a body's spokesman makes "a" no description of the body
  private static final Set<String> SPOKESMEN = Set.of("spokesman", "spokeswoman", "spokesperson", "official",
      "officials", "source", "sources", "statement");

  private static boolean beforeSpokesman(String[] tokens, int k) {
    return k < tokens.length && SPOKESMEN.contains(tokens[k]);
  }

  // a government's fields, which name a body with its kind ("Agriculture Ministry") and an office with a title
  private static final Set<String> FIELDS = Set.of("Agriculture", "Finance", "Foreign", "Defence", "Defense",
      "Interior", "Home", "Health", "Justice", "Trade", "Economy", "Economic", "Energy", "Education", "Transport",
      "Labour", "Labor", "Environment", "Culture", "Industry", "Commerce", "Information", "Communications", "Tourism",
      "Housing", "Fisheries", "Budget", "Employment", "Immigration", "Security", "Development", "Science", "Technology",
      "Sports", "Youth", "Affairs", "Internal", "Social", "Public", "Works", "Oil", "Petroleum", "Mines", "Water",
      "Planning", "European", "Competition", "Treasury", "Farm", "Regional", "Enlargement", "District", "Circuit",
      "Magistrate", "Bankruptcy", "Appeals", "Superior", "Federal");
  private static final Set<String> TITLES = Set.of("Minister", "Ministers", "Commissioner", "Secretary",
      "Secretaries", "Undersecretary", "Under-Secretary", "Judge");

  /**
   * A field before an office's title is no name: "said [Agriculture] Commissioner Franz Fischler" (session 12: the
   * model tagged the field once, and document consistency then tagged it before every "Minister" of the story),
   * "[U.S. District] Judge Robert Pitman". A span's fields right before a title leave it; a span of fields only goes.
   */
  static Span[] noFieldBeforeTitle(String[] tokens, Span[] spans) {
    List<Span> out = null; // most sentences have no such span: no copy then
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      int end = sp.getEnd();
      if (end < tokens.length && TITLES.contains(tokens[end])) {
        while (end > sp.getStart() && FIELDS.contains(tokens[end - 1])) {
          end--;
        }
      }
      if (end != sp.getEnd() && out == null) {
        out = new ArrayList<>(List.of(spans).subList(0, i));
      }
      if (out != null && end > sp.getStart()) {
        out.add(end == sp.getEnd() ? sp : new Span(sp.getStart(), end, sp.getType(), sp.getProb()));
      }
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  /** Whether a span holds the one token {@code k} and nothing else. */
  private static boolean alone(Span[] spans, int k) {
    for (Span sp : spans) {
      if (sp.getStart() == k && sp.getEnd() == k + 1) {
        return true;
      }
    }
    return false;
  }

  private static Span[] without(Span[] spans, int k) {
    List<Span> out = new ArrayList<>(spans.length);
    for (Span sp : spans) {
      if (!(sp.getStart() == k && sp.getEnd() == k + 1)) {
        out.add(sp);
      }
    }
    return out.toArray(new Span[0]);
  }

  private static boolean capitalised(String w) {
    return SpanSets.capitalised(w) && !INDEFINITE.contains(w);
  }

  /** "HEALTH MINISTRY" in a line of capitals: a heading, not read here. */
  private static boolean allCapitals(String[] t, int start, int end) {
    for (int k = start; k < end; k++) {
      if (!ClusterFeatureGeneratorFactory.isUpper(t[k])) {
        return false;
      }
    }
    return true;
  }
}
