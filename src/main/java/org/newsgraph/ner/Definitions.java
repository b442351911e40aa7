package org.newsgraph.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * An encyclopedia says what its subject is in its first words: "[Lenwick] is a small market town in the Eden Valley",
 * "[Nordhavn Marine Systems A/S] is a Danish manufacturer of propulsion equipment", "[Arcadea] is an American rock band
 * from Atlanta". The model took villages and firms it did not know for persons ("Kampong Kapok", "LogDNA") or left them
 * out; the kind named after "is a" types them. A sentence that opens with a name (after "The", maybe with a bracket
 * before the verb: "Ortaköy ( Kurdish : ... ) is a village"), then "is" or "was", "a", "an" or "the", up to five words
 * that describe (adjectives, nationalities, no preposition) and a kind of place or organisation, with the kind's phrase
 * ending there ("in", "of", "and", ",", ...; not "a town councillor"): the name is a place or an
 * organisation, whether the model tagged it whole with another type or left it out; after document consistency the
 * definition types the subject's other mentions too ({@link #throughDocument}). Spans in order; only for sentences as
 * written.
 */
final class Definitions {
  private Definitions() {}

  private static final Map<String, String> KINDS = kinds();
  // "Salt Harbour are an English rock band"
  private static final Set<String> VERBS = Set.of("is", "was", "are", "were");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  // words that may end the kind's phrase: "a village in", "a company based in", "a river ,"
  private static final Set<String> ENDS = Set.of("in", "on", "at", "near", "and", "or", "located", "situated", "based",
      "headquartered", "founded", "formed", "established", "that", "which", "from", "with", "within", ",", ".", "(",
      ";", ":", "–", "of"); // not a hyphen: "a university - based sports doctor"
  // words inside a name of the subject: "Vitória de Guimarães", "Pratt & Whitney", "Bank of England"
  private static final Set<String> INSIDE = Set.of("de", "da", "do", "dos", "du", "des", "di", "del", "la", "le", "of",
      "and", "&", "-", "'s", "van", "von", "der", "den", "al", "el", "y", "e", "the", "upon", "on");
  private static final int LONGEST_NAME = 6;
  private static final int MOST_WORDS = 5;

  private static Map<String, String> kinds() {
    Map<String, String> m = new HashMap<>();
    for (String k : List.of("town", "village", "city", "river", "municipality", "commune", "parish", "suburb",
        "neighbourhood", "neighborhood", "district", "county", "province", "region", "island", "lake", "mountain",
        "hamlet", "settlement", "township", "locality", "borough", "valley", "peninsula", "country", "capital",
        "archipelago", "desert", "volcano", "glacier", "stream", "creek", "tributary", "oblast", "governorate",
        "prefecture", "canton", "mukim")) { // not "bay" ("a bay mare"), "range", "quarter"
      m.put(k, "LOC");
    }
    // not the kinds that are persons' trades too: "a property developer", "a broadcaster", "a publisher"
    for (String k : List.of("company", "manufacturer", "firm", "corporation", "conglomerate", "bank", "party",
        "university", "college", "club", "band", "newspaper", "magazine", "airline", "retailer", "charity",
        "organisation", "organization", "agency", "federation", "association", "startup", "start-up", "brewery",
        "orchestra", "choir", "insurer", "subsidiary", "tabloid", "franchise", "channel", "network", "team",
        "school", "journal")) {
      m.put(k, "ORG");
    }
    return Map.copyOf(m);
  }

  /**
   * The subject the sentence defines, typed, as a list of one (to take the place of the model's span there, {@link
   * SpanSets#put}), or none: no definition, or a span over part of the subject ("Anchovy and [Salt Museum]").
   */
  static List<Span> defined(String[] t, Span[] spans, Predicate<String> commonWord) {
    Span subject = subject(t, commonWord);
    if (subject == null || SpanSets.exactly(List.of(spans), subject.getStart(), subject.getEnd()) == null
        && !SpanSets.free(spans, subject.getStart(), subject.getEnd())) {
      return List.of();
    }
    return List.of(subject);
  }

  /**
   * After document consistency: a definition decides its subject's type in the whole document, as an acronym's
   * definition does ("Lenwick is a small market town ... Lenwick is twinned with Bréhal": the model's votes for a
   * person in the later mentions outweighed the one definition). {@code defined}: each defined name (as written) and
   * its type, from the sentences' definitions and appositives ("Pezani , a Nairobi start-up").
   */
  static List<Span[]> throughDocument(List<String[]> sentences, List<Span[]> spans, Map<String, String> defined) {
    if (defined.isEmpty()) {
      return spans;
    }
    for (int i = 0; i < sentences.size(); i++) {
      Span[] sp = spans.get(i);
      for (int k = 0; k < sp.length; k++) {
        String type = defined.get(DocConsistency.key(sentences.get(i), sp[k].getStart(), sp[k].getEnd()));
        if (type != null && !type.equals(sp[k].getType())) {
          sp[k] = new Span(sp[k].getStart(), sp[k].getEnd(), type, sp[k].getProb());
        }
      }
    }
    return spans;
  }

  /** The sentence's subject, typed by the kind its definition names, or null when the sentence defines none. */
  private static Span subject(String[] t, Predicate<String> commonWord) {
    int s = t.length > 0 && NerCorpus.isThe(t[0]) ? 1 : 0;
    int v = s;
    while (v < t.length && v - s < LONGEST_NAME && (SpanSets.capitalised(t[v]) || INSIDE.contains(t[v]))
        && !VERBS.contains(t[v])) {
      v++;
    }
    int name = v; // the subject is [s, name)
    if (name == s || !SpanSets.capitalised(t[name - 1])
        || (name - s == 1 && commonWord.test(t[s].toLowerCase(Locale.ROOT)))) { // "It is a town", "This is a"
      return null;
    }
    if (v < t.length && t[v].equals("(")) { // "Ortaköy ( Kurdish : Xozat ) is a village"
      while (v < t.length && !t[v].equals(")")) {
        v++;
      }
      v++;
    }
    if (v + 2 >= t.length || !VERBS.contains(t[v]) || !ARTICLES.contains(t[v + 1])) {
      return null;
    }
    String type = kindAfter(t, v + 2);
    return type == null ? null : new Span(s, name, type);
  }

  /** The type of the kind that the words from {@code k} describe, or null. */
  private static String kindAfter(String[] t, int k) {
    for (int i = k; i < t.length && i - k <= MOST_WORDS; i++) {
      String w = t[i];
      String type = KINDS.get(w);
      if (type != null && (i + 1 == t.length || ENDS.contains(t[i + 1]))) {
        return type;
      }
      if (!describes(w)) {
        return null;
      }
    }
    return null;
  }

  /** An adjective, a noun or a nationality before the kind: "small market", "Danish", "rural , coastal". */
  private static boolean describes(String w) {
    if (w.equals(",") || w.equals("-")) {
      return true;
    }
    if (NameSplits.isFunctionWord(w.toLowerCase()) || KINDS.containsKey(w)) {
      return false;
    }
    return Character.isLetterOrDigit(w.charAt(0));
  }
}
