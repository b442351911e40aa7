package org.newsgraph.ner;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * A word with a capital inside it after three or more small letters names a firm, an outlet or a brand, not a person
 * or a place: "[KhetSetu] raises $ 42 million", "[MercyOne] treated about 40 runners", "[RecargaPay]", "[PolitiFact]".
 * The model has never seen most such words and types them by their context, a third of them as persons or places. A
 * person or place span holding one becomes an organisation. Not the prefixes of surnames and given names ("MacArthur",
 * "McCarthy", "DeShawn", "LaToya", "VanDyke": two letters, or "Mac", "Van", ...), nor a town GeoNames lists
 * ("PyeongChang"), nor a word or a span ending in a place's noun ("KeyArena", "CenturyLink Center"). In a person span
 * only its first word counts ("Rohit KaduDeshmukh" is a person).
 */
final class InnerCapitals {
  private InnerCapitals() {}

  // surnames' first parts of four letters or more: "FitzGerald", "VanderBilt", "DellaVecchia" (shorter ones, "Mac",
  // "Van", "Kwa", are too short to count)
  private static final Set<String> NAME_PREFIXES = Set.of("fitz", "vander", "vanden", "della", "dela");
  private static final Set<String> PLACE_ENDINGS = Set.of("Arena", "Park", "Town", "City", "Land", "Ville", "Field",
      "Stadium", "Square", "Dome", "Centre", "Center");

  /** The spans with each person or place span that holds such a word retyped an organisation (also returned). */
  static Span[] apply(String[] tokens, Span[] spans, List<Span> retyped) {
    return SpanSets.organisations(spans,
        sp -> (sp.getType().equals("PER") || sp.getType().equals("LOC")) && holdsOne(tokens, sp), retyped);
  }


  private static boolean holdsOne(String[] tokens, Span sp) {
    if (PLACE_ENDINGS.contains(tokens[sp.getEnd() - 1])) {
      return false; // "CenturyLink Center"
    }
    // a person's other words are a given name and a surname written together ("Rohit KaduDeshmukh"); a firm's first
    // word is its own ("NovaAndino Litio")
    int last = sp.getType().equals("PER") ? sp.getStart() + 1 : sp.getEnd();
    for (int k = sp.getStart(); k < last; k++) {
      if (innerCapital(tokens[k])) {
        String one = tokens[k].charAt(0) + tokens[k].substring(1).toLowerCase(Locale.ROOT); // "Pyeongchang"
        return !Towns.isTown(tokens[k]) && !Towns.isTown(one)
            && !Towns.isTown(String.join(" ", Arrays.copyOfRange(tokens, sp.getStart(), sp.getEnd())));
      }
    }
    return false;
  }

  /** "KhetSetu", "NovaAndino", "PolitiFact"; not "MacArthur", "DeAndre", "McDonald", "KeyArena", "iPhone". */
  static boolean innerCapital(String w) {
    if (w.length() < 5 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    int k = 1;
    while (k < w.length() && Character.isLowerCase(w.charAt(k))) {
      k++;
    }
    if (k < 4 || k >= w.length() - 1 || !Character.isUpperCase(w.charAt(k))
        || !Character.isLowerCase(w.charAt(k + 1))) {
      return false;
    }
    String prefix = w.substring(0, k).toLowerCase(Locale.ROOT);
    if (NAME_PREFIXES.contains(prefix)) {
      return false;
    }
    for (String end : PLACE_ENDINGS) {
      if (w.endsWith(end) && w.length() > end.length()) {
        return false;
      }
    }
    return true;
  }
}
