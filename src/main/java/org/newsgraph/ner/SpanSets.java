package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/** Small operations on a sentence's spans that the tagger's rules share. */
final class SpanSets {
  private SpanSets() {}

  /** Whether no span overlaps tokens [start, end). */
  static boolean free(Iterable<Span> spans, int start, int end) {
    for (Span s : spans) {
      if (s.getStart() < end && s.getEnd() > start) {
        return false;
      }
    }
    return true;
  }

  static boolean free(Span[] spans, int start, int end) {
    return free(List.of(spans), start, end);
  }

  /** Whether every span that overlaps tokens [start, end) lies inside them. */
  static boolean onlyInside(Span[] spans, int start, int end) {
    for (Span s : spans) {
      if (s.getStart() < end && start < s.getEnd() && (s.getStart() < start || s.getEnd() > end)) {
        return false;
      }
    }
    return true;
  }

  /** Whether no capitalised word stands at token k: the name before it ends there. */
  static boolean nothingCapitalisedAt(String[] tokens, int k) {
    return k == tokens.length || !EntityTagger.hasUpperCase(tokens, k, k + 1);
  }

  /** Whether the word before token k is capitalised (and not "The"): the name there may run on to the left. */
  static boolean capitalisedBefore(String[] tokens, int k) {
    return EntityTagger.hasUpperCase(tokens, k - 1, k) && !NerCorpus.isThe(tokens[k - 1]);
  }

  /** The span holding token k, or null. */
  static Span at(Span[] spans, int k) {
    for (Span sp : spans) {
      if (sp.getStart() <= k && k < sp.getEnd()) {
        return sp;
      }
    }
    return null;
  }

  /** The span that is exactly tokens [start, end), or null. */
  static Span exactly(Iterable<Span> spans, int start, int end) {
    for (Span s : spans) {
      if (s.getStart() == start && s.getEnd() == end) {
        return s;
      }
    }
    return null;
  }

  /**
   * The words of the document's persons of several words ("Michael Jordan", "Harrison Ford"): a lone "Jordan" or
   * "Ford" of the same document may be that person, not the state or the company.
   */
  static Set<String> personWords(List<String[]> sentences, List<Span[]> spans) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      for (Span sp : spans.get(i)) {
        if (sp.getType().equals("PER") && sp.length() >= 2) {
          for (int k = sp.getStart(); k < sp.getEnd(); k++) {
            out.add(sentences.get(i)[k]);
          }
        }
      }
    }
    return out;
  }

  /** A capitalised word that may be part of a name's run of capitals; not "The". */
  static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !NerCorpus.isThe(w);
  }

  /**
   * The spans with each span that {@code parts} cuts replaced by its parts, in order; {@code parts} returns null for a
   * span that stays. {@code spans} itself when none is cut (most sentences: no copy).
   */
  static Span[] cutEach(Span[] spans, Function<Span, List<Span>> parts) {
    List<Span> out = null;
    for (int i = 0; i < spans.length; i++) {
      List<Span> cut = parts.apply(spans[i]);
      if (cut == null) {
        if (out != null) {
          out.add(spans[i]);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(List.of(spans).subList(0, i));
      }
      out.addAll(cut);
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  /** The spans of {@code after} that {@code before} has not with the same words and type. */
  static List<Span> added(Span[] before, Span[] after) {
    List<Span> out = new ArrayList<>();
    for (Span a : after) {
      Span same = exactly(List.of(before), a.getStart(), a.getEnd());
      if (same == null || !same.getType().equals(a.getType())) {
        out.add(a);
      }
    }
    return out;
  }

  /** The spans and the added ones in order of their start; {@code spans} itself when none was added. */
  static Span[] with(Span[] spans, List<Span> added) {
    if (added.isEmpty()) {
      return spans;
    }
    List<Span> out = new ArrayList<>(spans.length + added.size());
    out.addAll(List.of(spans));
    out.addAll(added);
    out.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
    return out.toArray(new Span[0]);
  }

  /**
   * The spans with {@code names} in the place of every span they overlap ("[Atlético Mineiro]" for the model's
   * person and place there), in order of their start; {@code spans} itself when {@code names} is empty.
   */
  static Span[] replacing(Span[] spans, List<Span> names) {
    if (names.isEmpty()) {
      return spans;
    }
    List<Span> out = new ArrayList<>(names);
    for (Span s : spans) {
      if (free(names, s.getStart(), s.getEnd())) {
        out.add(s);
      }
    }
    out.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
    return out.toArray(new Span[0]);
  }

  /**
   * The spans with each of {@code put} in the place of a span of the same tokens (which lends it its probability) or
   * of the spans inside it ("[Bastos] & [Lemos]"), or added, in order of their start; {@code spans} itself when
   * {@code put} is empty.
   */
  static Span[] put(Span[] spans, List<Span> put) {
    if (put.isEmpty()) {
      return spans;
    }
    List<Span> out = new ArrayList<>(List.of(spans));
    for (Span p : put) {
      Span same = exactly(out, p.getStart(), p.getEnd());
      out.removeIf(s -> s.getStart() >= p.getStart() && s.getEnd() <= p.getEnd());
      out.add(same == null ? p : new Span(p.getStart(), p.getEnd(), p.getType(), same.getProb()));
    }
    out.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
    return out.toArray(new Span[0]);
  }

  /**
   * The spans with each span that passes {@code which} as an organisation, each such also added to {@code retyped};
   * {@code spans} itself when none passes.
   */
  static Span[] organisations(Span[] spans, Predicate<Span> which, List<Span> retyped) {
    Span[] out = spans;
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      if (!sp.getType().equals("ORG") && which.test(sp)) {
        if (out == spans) {
          out = spans.clone();
        }
        out[i] = new Span(sp.getStart(), sp.getEnd(), "ORG", sp.getProb());
        retyped.add(out[i]);
      }
    }
    return out;
  }

  /** Whether any of tokens [s, e) passes {@code test}. */
  static boolean anyWord(String[] tokens, int s, int e, Predicate<String> test) {
    for (int k = s; k < e; k++) {
      if (test.test(tokens[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of the name that starts at token {@code k}: the model's span there (one that starts at k and is not of type
   * {@code notType}; null: any type), or one to {@code longest} untagged name words with no capitalised word after them
   * ("a spokesman for [Euroclear]", "published by [Heinemann]"); -1 when there is none.
   */
  static int nameAt(String[] t, Span[] spans, int k, int longest, String notType) {
    Span span = at(spans, k);
    if (span != null) {
      return span.getStart() == k && !span.getType().equals(notType) ? span.getEnd() : -1;
    }
    int e = nameRun(t, k, longest);
    return e == k || (e < t.length && capitalised(t[e])) || !free(spans, k, e) ? -1 : e;
  }

  /** The end of the run of name words (at most {@code longest}) from token {@code k}; {@code k} when there is none. */
  static int nameRun(String[] tokens, int k, int longest) {
    int e = k;
    while (e < tokens.length && e - k < longest && nameWord(tokens[e])) {
      e++;
    }
    return e;
  }

  /** The first token of the run of name words (at most {@code longest}) that ends before token {@code end}. */
  static int nameRunBefore(String[] tokens, int end, int longest) {
    int s = end;
    while (s > 0 && end - s < longest && nameWord(tokens[s - 1])) {
      s--;
    }
    return s;
  }

  /** A word that may be part of a name's run: capitalised, a letter first, no date word ("March"), no title. */
  static boolean nameWord(String w) {
    return capitalised(w) && Character.isLetter(w.charAt(0)) && !NerCorpus.isDateWord(w) && !NerCorpus.title(w);
  }

  /**
   * The end of a run of one to {@code longest} capitalised words from {@code k}, none of them in capitals (an acronym
   * or a headline), with no capitalised word after it; {@code k} when there is none ("in [Putrajaya] later", not "in
   * Putrajaya Sentral").
   */
  static int capitalisedRun(String[] tokens, int k, int longest) {
    int e = k;
    while (e < tokens.length && e - k < longest && capitalised(tokens[e])
        && !ClusterFeatureGeneratorFactory.isUpper(tokens[e])) {
      e++;
    }
    return nothingCapitalisedAt(tokens, e) ? e : k;
  }

  /**
   * The name that ends before token {@code v}, [start, end): the model's span there (not of {@code type} already) or
   * one to three untagged name words; null when there is none, it is a longer name's part ("Ministry of Labour and
   * Employment"), or it is a sentence's first word that is a common word ("Officials said it"). For the rules that read
   * a cue after a name ("Safaricom said it would", "Mokoena , a 29-year-old miner").
   */
  static int[] nameBefore(String[] t, Span[] spans, int v, String type, Predicate<String> commonWord) {
    Span subject = at(spans, v - 1);
    int s;
    if (subject == null) {
      int run = nameRunBefore(t, v, 3);
      // "An Airwars spokesperson": the article is no name's word
      boolean article = run < v && NameSplits.isFunctionWord(t[run].toLowerCase(Locale.ROOT));
      s = article ? run + 1 : run;
      if (s == v || (!article && s > 0 && capitalised(t[s - 1])) || !free(spans, s, v)
          || (!article && s == 0 && commonWord.test(t[0].toLowerCase(Locale.ROOT)))) {
        return null; // none, a longer name, or a sentence's first common word ("Officials said it")
      }
    } else if (subject.getEnd() != v || subject.getType().equals(type)) {
      return null;
    } else {
      s = subject.getStart();
    }
    if (s >= 2 && INSIDE.contains(t[s - 1]) && (capitalised(t[s - 2]) || at(spans, s - 2) != null)) {
      return null; // a longer name's last part
    }
    return new int[] {s, v};
  }

  // words that join a longer name's parts: "Ministry of Labour and [Employment]", "Volkswagen do [Brasil]"
  private static final Set<String> INSIDE = Set.of("and", "&", "of", "for", "do", "de", "da", "di", "du", "von", "van",
      "der", "la", "le");
}
