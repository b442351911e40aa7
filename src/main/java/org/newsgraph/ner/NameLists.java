package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import opennlp.tools.util.Span;

/**
 * Two names joined by "and" are two names: "[Investigative Committee] and the [Federal Security Service]",
 * "[Lebanon] and [Turkey]", "[Green Party of England and Wales] and the [United Kingdom Independence Party]",
 * which the model ran together. A span is cut at "and" when "and the" starts a name of two or more
 * capitalised words, or when the words before "and" and the words after it are each, tagged on their own,
 * one place, or one is a place or organisation of the actor dictionary and the other, alone, one name
 * ("[World Health Organization] and [Doctors Without Borders]"), or both end in one head noun ("[Zenith Bank] and
 * [First Bank]"). Organisations that hold "and" stay whole ("National Oceanic and Atmospheric Administration",
 * "Social Democratic and Labour Party": their halves alone look like names too), as do places in a
 * complement after "of" or "for" ("Islamic State of Iraq and the Levant") and names of the actor dictionary
 * ("Bosnia and Herzegovina"). The parts take the type they get alone, else the span's. Only for sentences
 * as written.
 */
final class NameLists {
  private NameLists() {}

  private static final Set<String> COMPLEMENT = Set.of("of", "for", "on", "to", "in");

  /** The spans with each such list cut; {@code tagger} names the spans of a phrase on its own. */
  static Span[] atAnd(String[] tokens, Span[] spans, Function<String[], Span[]> tagger) {
    List<Span> out = new ArrayList<>(spans.length + 1);
    for (Span sp : spans) {
      List<Span> parts = cut(tokens, sp, tagger);
      if (parts == null) {
        out.add(sp);
      } else {
        out.addAll(parts);
      }
    }
    return out.toArray(new Span[0]);
  }

  /** The parts of a span cut at its first "and" that joins two names (the rest cut again), or null. */
  private static List<Span> cut(String[] tokens, Span sp, Function<String[], Span[]> tagger) {
    if (DictionaryNames.typeOf(DocConsistency.key(tokens, sp.getStart(), sp.getEnd())) != null) {
      return null;
    }
    boolean complement = false;
    for (int k = sp.getStart() + 1; k + 1 < sp.getEnd(); k++) {
      complement |= COMPLEMENT.contains(tokens[k - 1]);
      if (!tokens[k].equals("and")) {
        continue;
      }
      int right = NerCorpus.isThe(tokens[k + 1]) ? k + 2 : k + 1;
      Span left = new Span(sp.getStart(), k, sp.getType(), sp.getProb());
      Span rest = new Span(right, sp.getEnd(), sp.getType(), sp.getProb());
      Span leftAlone = wholeName(tokens, left, tagger);
      Span restAlone = wholeName(tokens, rest, tagger);
      boolean cut = right == k + 2 ? capitalisedWords(tokens, rest) >= 2
          : !complement && ((place(leftAlone) && place(restAlone)) || (known(tokens, left) && restAlone != null)
              || (leftAlone != null && known(tokens, rest)) || sameHead(tokens, left, rest));
      if (!cut) {
        continue;
      }
      List<Span> parts = new ArrayList<>();
      parts.add(leftAlone != null ? leftAlone : left);
      List<Span> more = cut(tokens, rest, tagger);
      if (more != null) {
        parts.addAll(more);
      } else {
        parts.add(restAlone != null ? restAlone : rest);
      }
      return parts;
    }
    return null;
  }

  /** The span typed as the tagger types its words alone, when it finds them as one name; else null. */
  private static Span wholeName(String[] tokens, Span sp, Function<String[], Span[]> tagger) {
    if (sp.length() == 0 || !Character.isUpperCase(tokens[sp.getStart()].charAt(0))) {
      return null;
    }
    Span whole = PersonNames.alone(tokens, sp.getStart(), sp.getEnd(), tagger);
    return whole == null ? null : new Span(sp.getStart(), sp.getEnd(), whole.getType(), sp.getProb());
  }

  /** Two names of two words or more with one head noun: "Zenith Bank and First Bank". */
  private static boolean sameHead(String[] tokens, Span left, Span rest) {
    return left.length() >= 2 && rest.length() >= 2 && tokens[left.getEnd() - 1].equals(tokens[rest.getEnd() - 1])
        && SpanSets.capitalised(tokens[rest.getEnd() - 1]);
  }

  /** A place or organisation of the actor dictionary, as written ("World Health Organization"). */
  private static boolean known(String[] tokens, Span sp) {
    return DictionaryNames.placeOrOrganisation(DocConsistency.key(tokens, sp.getStart(), sp.getEnd()));
  }

  private static boolean place(Span alone) {
    return alone != null && alone.getType().equals("LOC");
  }

  private static int capitalisedWords(String[] tokens, Span sp) {
    int n = 0;
    for (int k = sp.getStart(); k < sp.getEnd(); k++) {
      n += !tokens[k].isEmpty() && Character.isUpperCase(tokens[k].charAt(0)) ? 1 : 0;
    }
    return n;
  }
}
