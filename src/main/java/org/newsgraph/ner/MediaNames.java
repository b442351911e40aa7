package org.newsgraph.ner;

import static org.newsgraph.ner.SpanSets.capitalised;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * A newspaper, news agency or broadcaster named next to the word for what it is is an organisation: "the
 * state news agency Tanjug", "the newspaper El Comercio", "Le Monde newspaper", "the Kathimerini daily",
 * "Itar-Tass news agency". News cite such outlets in nearly every article, and the model, which knows few
 * foreign ones, leaves them out or takes them for persons or places ("Le Monde", "El Comercio"). A run of
 * capitalised words right after such a noun, or right before it, is one organisation, whether the model tagged
 * it or not. Before the noun, nationalities and the dictionary's places describe the outlet and are left as they
 * are ("the Hungarian daily", "a Moscow newspaper"). Only for sentences as written (a truecased headline's capitals are
 * guesses).
 */
final class MediaNames {
  private MediaNames() {}

  // "the newspaper X", "the daily X", "state news agency X", "the magazine X"
  private static final Set<String> BEFORE_NAME = Set.of("newspaper", "daily", "weekly", "tabloid", "broadcaster",
      "agency", "magazine", "newsmagazine", "journal");
  // "X newspaper", "X daily", "X news agency", "X television"
  private static final Set<String> AFTER_NAME = Set.of("newspaper", "daily", "weekly", "tabloid", "broadcaster",
      "magazine", "newsmagazine", "television", "radio");
  private static final int LONGEST = 5;

  /**
   * The document's spans with each outlet named so as one organisation, and its other mentions in the document too
   * ("the November 4 issue of [Magyar Nemzet]"); {@code asWritten} marks the sentences read as written,
   * {@code commonWord} the lower-case words that are no names, {@code demonym} the nationality adjectives.
   */
  static List<Span[]> retype(List<String[]> sentences, boolean[] asWritten, List<Span[]> spans,
      Predicate<String> commonWord, Predicate<String> demonym) {
    Set<String> outlets = new HashSet<>();
    List<Span[]> out = new ArrayList<>(spans);
    for (int i = 0; i < sentences.size(); i++) {
      if (!asWritten[i]) {
        continue;
      }
      List<Span> found = new ArrayList<>();
      out.set(i, apply(sentences.get(i), spans.get(i), commonWord, demonym, found));
      for (Span sp : found) {
        outlets.add(DocConsistency.key(sentences.get(i), sp.getStart(), sp.getEnd()));
      }
    }
    if (outlets.isEmpty()) {
      return out;
    }
    for (int i = 0; i < sentences.size(); i++) {
      String[] t = sentences.get(i);
      List<Span> sp = new ArrayList<>(List.of(out.get(i)));
      boolean changed = false;
      for (int k = 0; k < sp.size(); k++) {
        Span s = sp.get(k);
        if (!s.getType().equals("ORG") && outlets.contains(DocConsistency.key(t, s.getStart(), s.getEnd()))) {
          sp.set(k, new Span(s.getStart(), s.getEnd(), "ORG", s.getProb()));
          changed = true;
        }
      }
      if (asWritten[i]) { // mentions the model left out: "the Time cover", "[Time] named her"
        for (String name : outlets) {
          String[] w = name.split(" ");
          for (int k = 0; k + w.length <= t.length; k++) {
            if (matches(t, k, w) && SpanSets.free(sp, k, k + w.length)) {
              sp.add(new Span(k, k + w.length, "ORG", 0));
              changed = true;
            }
          }
        }
      }
      if (changed) {
        sp.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
        out.set(i, sp.toArray(new Span[0]));
      }
    }
    return out;
  }

  private static boolean matches(String[] t, int k, String[] w) {
    for (int j = 0; j < w.length; j++) {
      if (!t[k + j].equals(w[j])) {
        return false;
      }
    }
    return (k == 0 || !capitalised(t[k - 1])) && (k + w.length == t.length || !capitalised(t[k + w.length]));
  }

  /** One sentence's spans with each outlet named so as one organisation, the outlets added to {@code found}. */
  static Span[] apply(String[] tokens, Span[] spans, Predicate<String> commonWord, Predicate<String> demonym,
      List<Span> found) {
    Span[] out = spans;
    for (int k = 0; k < tokens.length; k++) {
      String w = tokens[k];
      if (BEFORE_NAME.contains(w) && k > 0) {
        int start = k + 1 < tokens.length && NerCorpus.isThe(tokens[k + 1]) ? k + 2 : k + 1; // "the newspaper The Guardian"
        int end = runEnd(tokens, start);
        if (end > start) {
          out = asOrganisation(tokens, out, start, end, commonWord, demonym, false, found);
        }
      }
      boolean newsAgency = w.equals("agency") && k > 0 && tokens[k - 1].equals("news");
      if (AFTER_NAME.contains(w) || newsAgency) {
        int end = newsAgency ? k - 1 : k;
        int start = runStart(tokens, end);
        if (start < end) {
          out = asOrganisation(tokens, out, start, end, commonWord, demonym, true, found);
        }
      }
    }
    return out;
  }

  /** The end of the capitalised run from {@code start} ("Vecernje Novosti", "Itar - Tass"). */
  private static int runEnd(String[] t, int start) {
    int e = start;
    while (e < t.length && e - start < LONGEST && (capitalised(t[e]) || hyphenInside(t, e, start))) {
      e++;
    }
    return e > start && t[e - 1].equals("-") ? e - 1 : e;
  }

  /** The start of the capitalised run that ends before {@code end}. */
  private static int runStart(String[] t, int end) {
    int s = end;
    while (s > 0 && end - s < LONGEST && (capitalised(t[s - 1]) || (t[s - 1].equals("-") && s - 1 > 0 && s < end
        && capitalised(t[s - 2])))) {
      s--;
    }
    if (s > 0 && end - s == LONGEST && capitalised(t[s - 1])) {
      return end; // a longer run: a headline or a list, not one outlet
    }
    return s;
  }

  private static boolean hyphenInside(String[] t, int k, int start) {
    return t[k].equals("-") && k > start && k + 1 < t.length && capitalised(t[k + 1]);
  }

  /**
   * The spans with [start, end) one organisation, unless the run is a nationality, a common word at a sentence's
   * start, a place before the noun, or a span runs across its ends.
   */
  private static Span[] asOrganisation(String[] t, Span[] spans, int start, int end, Predicate<String> commonWord,
      Predicate<String> demonym, boolean beforeNoun, List<Span> found) {
    if ((start == 0 && end - start == 1 && commonWord.test(t[0].toLowerCase())) || NerCorpus.isDateWord(t[start])
        || t[start].equals("I")) {
      return spans; // "Local newspaper reports", "the agency Monday said", "the newspaper I read"
    }
    for (int k = start; k < end; k++) {
      if (demonym.test(t[k]) || t[k].endsWith("-based")) {
        return spans; // "the Hungarian daily", "a London-based newspaper"
      }
    }
    String name = DocConsistency.key(t, start, end);
    if (beforeNoun && (Nations.isNation(name) || "LOC".equals(DictionaryNames.typeOf(name)))) {
      return spans; // "a Moscow newspaper", "U.S. television"
    }
    List<Span> out = new ArrayList<>(spans.length + 1);
    double prob = 0;
    for (Span sp : spans) {
      boolean inside = sp.getStart() >= start && sp.getEnd() <= end;
      boolean across = !inside && sp.getStart() < end && sp.getEnd() > start;
      if (across) {
        return spans; // "[Daily Mail] newspaper" tagged longer than the run: the model's reading stands
      }
      if (!inside) {
        out.add(sp);
      } else {
        prob = Math.max(prob, sp.getProb());
      }
    }
    Span outlet = new Span(start, end, "ORG", prob);
    out.add(outlet);
    found.add(outlet);
    out.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
    return out.toArray(new Span[0]);
  }
}
