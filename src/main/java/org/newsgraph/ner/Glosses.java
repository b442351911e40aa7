package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * A name given again in brackets right after a name is the same kind of name: "The [Drava] ( German : [Drau] ;
 * Hungarian : [Dráva] )", "[Transylvania] ( Romanian : [Transilvania] ; ... )", "[Légion étrangère]". Encyclopedia
 * openings give a place's, a body's or a person's name in other languages so; the model, knowing none of the other
 * names, leaves them out or reads them as persons. After a span and "(", each language (a nationality's adjective or a
 * language's name) and ":" is followed by a name of one to four words up to ";", "," or ")", which takes the span's
 * type: untagged, or the model's span over just those words typed otherwise after a place or a body ("[Llandovery]
 * ( Welsh : [Llanymddyfri] )", a person to the model; not after a person, whom the model may have taken for a place's
 * name: "[Stadt Osnabrück] ( English : [Osnabrück City] )"). Names start with a capital; only for sentences as
 * written. (A place's other name in plain brackets, "Dobbiaco ( Toblach )", was tried too: brackets after places hold
 * acronyms, dates and railway companies as often.)
 */
final class Glosses {
  private Glosses() {}

  private static final Set<String> LANGUAGES = Set.of("Latin", "Greek", "Sanskrit", "Gaelic", "Irish", "Welsh",
      "Cornish", "Breton", "Basque", "Catalan", "Galician", "Frisian", "Romansh", "Occitan", "Yiddish", "Hebrew",
      "Arabic", "Persian", "Tamil", "Hindi", "Urdu", "Bengali", "Swahili", "Zulu", "Xhosa", "Tagalog", "Filipino",
      "Malay", "Maori", "Māori", "Hawaiian", "Esperanto", "Sami", "Ladin", "Friulian", "Sardinian", "Scots");
  private static final Set<String> ENDS = Set.of(";", ",", ")");
  private static final int LONGEST = 4;

  static Span[] apply(String[] t, Span[] spans, Predicate<String> demonym) {
    List<Span> added = new ArrayList<>();
    for (Span sp : spans) {
      int p = sp.getEnd();
      if (p + 2 >= t.length || !t[p].equals("(")) {
        continue;
      }
      int k = p + 1;
      while (k + 2 < t.length && language(t[k], demonym) && t[k + 1].equals(":")) {
        int e = nameEnd(t, k + 2);
        if (e == k + 2) {
          break;
        }
        Span same = SpanSets.exactly(List.of(spans), k + 2, e);
        boolean retyped = same != null && !same.getType().equals(sp.getType()) && !sp.getType().equals("PER");
        if (SpanSets.free(spans, k + 2, e) || retyped) {
          added.add(new Span(k + 2, e, sp.getType(), 0));
        }
        if (t[e].equals(")")) {
          break;
        }
        k = e + 1;
      }
    }
    return SpanSets.put(spans, added);
  }

  private static boolean language(String w, Predicate<String> demonym) {
    return LANGUAGES.contains(w) || demonym.test(w);
  }

  /** The end of a name of one to four words from {@code k}, capitalised first, before ";", "," or ")"; else k. */
  private static int nameEnd(String[] t, int k) {
    if (k >= t.length || !SpanSets.capitalised(t[k])) {
      return k;
    }
    int e = k;
    while (e < t.length && e - k < LONGEST && !ENDS.contains(t[e]) && !t[e].equals("(") && !t[e].equals(":")
        && !t[e].equals("\"")) {
      e++;
    }
    return e < t.length && ENDS.contains(t[e]) ? e : k;
  }
}
