package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Document-level consistency for the name finder's output: a name gets one type in a document
 * (the type with the highest summed probability over its occurrences), and occurrences of a
 * tagged name (or of the surname of a tagged multi-token person) that the model missed are tagged too.
 */
public final class DocConsistency {
  private DocConsistency() {}

  public static List<Span[]> apply(List<String[]> sentences, List<Span[]> spans) {
    return apply(sentences, spans, w -> false);
  }

  /**
   * {@code firstName}: words that are a person's first word (the label prior's "PER-hi-B"); a person named in full
   * as a first name and a surname then makes the surname alone a person even where the model, on every one of its
   * mentions, called it a place.
   */
  public static List<Span[]> apply(List<String[]> sentences, List<Span[]> spans, Predicate<String> firstName) {
    // 1. votes per surface string
    Map<String, double[]> votes = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      for (Span s : spans.get(i)) {
        double[] v = votes.computeIfAbsent(key(sentences.get(i), s.getStart(), s.getEnd()), k -> new double[3]);
        v[typeIndex(s.getType())] += Math.max(s.getProb(), 0.05);
      }
    }
    // an acronym defined in the document ("Syrian Democratic Forces (SDF)") is a name, and the name
    // it abbreviates votes for its type: news define most of the acronyms they use this way
    Map<String, String> definitions = acronymVotes(sentences, spans, votes);
    Map<String, String> typeOf = new HashMap<>();
    for (Map.Entry<String, double[]> e : votes.entrySet()) {
      typeOf.put(e.getKey(), NerCorpus.TYPES[argmax(e.getValue())]);
    }
    // an organisation's definition decides its acronym's type: "Housing Authority of New Orleans (HANO)" is an
    // organisation however often the model calls "HANO" alone a place. Not a place's: the model types some
    // organisations' full names as places ("National Hurricane Center (NHC)"), and their acronyms, which it
    // reads as organisations, would follow
    definitions.forEach((acronym, name) -> {
      if ("ORG".equals(typeOf.get(name))) {
        typeOf.put(acronym, "ORG");
      }
    });
    // surnames of multi-token persons (capitalised, not already a name of another type)
    Map<String, String> extra = new HashMap<>();
    for (Map.Entry<String, String> e : typeOf.entrySet()) {
      String[] parts = e.getKey().split(" ");
      if (e.getValue().equals("PER") && parts.length >= 2) {
        String last = parts[parts.length - 1];
        if (last.length() > 1 && Character.isUpperCase(last.charAt(0)) && !typeOf.containsKey(last)) {
          extra.put(last, "PER");
        }
      }
    }
    // a single token that is the surname of a person named in full in the document is that person
    for (Map.Entry<String, String> e : new HashMap<>(typeOf).entrySet()) {
      String[] parts = e.getKey().split(" ");
      if (e.getValue().equals("PER") && parts.length >= 2) {
        String last = parts[parts.length - 1];
        String alone = typeOf.get(last);
        if (alone != null && !alone.equals("PER")) {
          double[] v = votes.get(last);
          double[] full = votes.get(e.getKey());
          // the full name outweighs the lone surname's other type; and a given name and a surname always outweigh
          // a place: "Walter Munk ... Munk was born in Austria" made "Munk" a place six times, each firmly. Not an
          // organisation ("Hans Knoll ... Knoll furniture"), nor a place or organisation of the dictionary ("Scott
          // Israel ... Israel"), nor a name with particles ("Abdul-Malik al-Houthi")
          if (full[0] >= v[typeIndex(alone)] * 0.5
              || alone.equals("LOC") && givenAndSurname(parts, firstName) && !DictionaryNames.placeOrOrganisation(last)) {
            typeOf.put(last, "PER");
          }
        }
      }
    }
    Map<String, String> propagate = new HashMap<>(extra);
    for (Map.Entry<String, String> e : typeOf.entrySet()) {
      if (Character.isUpperCase(e.getKey().charAt(0)) || Character.isDigit(e.getKey().charAt(0))) {
        propagate.put(e.getKey(), e.getValue());
      }
    }
    Names names = new Names(propagate);
    List<Span[]> out = new ArrayList<>(spans.size());
    for (int i = 0; i < sentences.size(); i++) {
      String[] toks = sentences.get(i);
      List<Span> list = new ArrayList<>();
      boolean[] covered = new boolean[toks.length];
      for (Span s : spans.get(i)) {
        String t = typeOf.get(key(toks, s.getStart(), s.getEnd()));
        list.add(new Span(s.getStart(), s.getEnd(), t, s.getProb()));
        for (int k = s.getStart(); k < s.getEnd(); k++) {
          covered[k] = true;
        }
      }
      if (names.maxLen > 1) {
        growToLongerNames(toks, list, covered, names);
      }
      tagMissedOccurrences(toks, list, covered, names);
      Span[] arr = list.toArray(new Span[0]);
      Arrays.sort(arr, (x, y) -> Integer.compare(x.getStart(), y.getStart()));
      out.add(arr);
    }
    return out;
  }

  /** The document's names with their type, and what a match needs, so that most tokens are ruled out at once. */
  private static final class Names {
    final Map<String, String> types;
    final int maxLen;
    // every name's beginnings at a word boundary ("Tom", "Tom Cruise"): a match at a token starts with one of these
    private final Set<String> starts = new HashSet<>();

    Names(Map<String, String> types) {
      this.types = types;
      int max = 1;
      for (String k : types.keySet()) {
        int words = 1;
        for (int c = k.indexOf(' '); c >= 0; c = k.indexOf(' ', c + 1)) {
          starts.add(k.substring(0, c));
          words++;
        }
        starts.add(k);
        max = Math.max(max, words);
      }
      this.maxLen = max;
    }

    boolean mayStartAt(String token) {
      return starts.contains(token);
    }
  }

  /** 2a. A span inside a longer name of the document grows to it ("the Tom [Cruise] video"). */
  private static void growToLongerNames(String[] toks, List<Span> list, boolean[] covered, Names names) {
    for (int start = 0; start < toks.length; start++) {
      if (!names.mayStartAt(toks[start])) {
        continue;
      }
      for (int len = Math.min(names.maxLen, toks.length - start); len >= 2; len--) {
        String t = names.types.get(key(toks, start, start + len));
        if (t == null) {
          continue;
        }
        final int b = start;
        final int e = start + len;
        boolean overlaps = false;
        boolean inside = true;
        boolean exact = false;
        for (Span sp : list) {
          if (sp.getStart() < e && sp.getEnd() > b) {
            overlaps = true;
            inside &= sp.getStart() >= b && sp.getEnd() <= e;
          }
          exact |= sp.getStart() == b && sp.getEnd() == e;
        }
        if (overlaps && inside && !exact) {
          list.removeIf(sp -> sp.getStart() >= b && sp.getEnd() <= e);
          list.add(new Span(b, e, t, 0.5));
          for (int k = b; k < e; k++) {
            covered[k] = true;
          }
          start = e - 1;
          break;
        }
        if (overlaps) {
          break;
        }
      }
    }
  }

  /** 2b. Occurrences of the document's names the model missed: longest match first, on uncovered tokens only. */
  private static void tagMissedOccurrences(String[] toks, List<Span> list, boolean[] covered, Names names) {
    for (int start = 0; start < toks.length; start++) {
      if (covered[start] || !names.mayStartAt(toks[start])) {
        continue;
      }
      for (int len = Math.min(names.maxLen, toks.length - start); len >= 1; len--) {
        boolean free = true;
        for (int k = start; k < start + len; k++) {
          free &= !covered[k];
        }
        if (!free) {
          continue;
        }
        String t = names.types.get(key(toks, start, start + len));
        if (t == null) {
          continue;
        }
        // do not glue onto an adjacent capitalised token (part of a longer, different name), but for a title before
        // a person ("FRENCH PM JUPPE SAYS ...", "Prime Minister Juppe")
        boolean titled = t.equals("PER") && start > 0 && !HALF_TITLES.contains(toks[start - 1])
            && (NerCorpus.title(toks[start - 1]) || TITLES.contains(toks[start - 1]));
        if ((start > 0 && capitalised(toks[start - 1]) && !covered[start - 1] && start - 1 > 0 && !titled)
            || (start + len < toks.length && capitalised(toks[start + len]) && !covered[start + len])) {
          continue;
        }
        list.add(new Span(start, start + len, t, 0.5));
        for (int k = start; k < start + len; k++) {
          covered[k] = true;
        }
        break;
      }
    }
  }

  // titles written short in headlines, not in the training data's list of roles
  private static final Set<String> TITLES = Set.of("PM", "FM", "VP", "MP");
  // words of the training data's list of roles that start a title or name a field, no title before a name by
  // themselves ("Foreign Player of the Year", "the Prime Minister")
  private static final Set<String> HALF_TITLES = Set.of("Foreign", "Former", "Late", "Vice", "Deputy", "Prime", "Crown",
      "Head", "Defence", "Defense", "Interior", "Finance", "Private", "Major");

  /**
   * Acronyms written in brackets right after a name whose initials they are: the name's vote. Returns each
   * acronym with the name that defines it (the first definition in the document).
   */
  static Map<String, String> acronymVotes(List<String[]> sentences, List<Span[]> spans, Map<String, double[]> votes) {
    Map<String, String> definitions = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      String[] toks = sentences.get(i);
      for (Span s : spans.get(i)) {
        int e = s.getEnd();
        if (e + 2 < toks.length && toks[e].equals("(") && toks[e + 2].equals(")")
            && (isAcronymOf(toks[e + 1], toks, s.getStart(), e) || shortFormOfBody(toks[e + 1], s))) {
          votes.computeIfAbsent(toks[e + 1], k -> new double[3])[typeIndex(s.getType())] += Math.max(s.getProb(), 0.05);
          definitions.putIfAbsent(toks[e + 1], key(toks, s.getStart(), e));
        }
      }
    }
    return definitions;
  }

  private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
  // degrees, honours and offices written short in brackets after a body: "Yale University ( BA )", "( FRS )"
  private static final Set<String> NOT_BODIES = Set.of("BA", "MA", "BSc", "MSc", "MFA", "MBA", "PhD", "LLB", "LLM",
      "MD", "FRS", "FRCS", "FRSE", "FBA", "CBE", "OBE", "MBE", "KBE", "DBE", "HQ", "MP", "MEP", "MLA", "MPP", "QC",
      "KC", "CEO", "CFO");

  /**
   * An organisation's short form in its own language or its own spelling, whose letters are not the English name's
   * initials: "Attorney General 's Office ( FGR )", "Jalisco New Generation Cartel ( CJNG )", "Chilean Economic
   * Development Agency ( Corfo )", "Law and Justice ( PiS )". A word of 2 to 8 letters with a capital first and at
   * least two capitals, or an acronym written as a word ("Corfo"); not a numeral ("II"), a degree or an honour ("(
   * FRS )"), a word usually written in lower case ("( Home )"), a town ("Institute for the Study of Labor ( Bonn )")
   * nor a place or organisation the actor dictionary knows ("Ford ( US )": where it is).
   */
  private static boolean shortFormOfBody(String w, Span name) {
    if (!name.getType().equals("ORG") || w.length() < 2 || w.length() > 8 || !w.chars().allMatch(Character::isLetter)
        || !Character.isUpperCase(w.charAt(0)) || ROMAN.matcher(w).matches() || NOT_BODIES.contains(w)
        || DictionaryNames.typeOf(w) != null || Towns.isTown(w) || Truecaser.shipped().usuallyLowerCase(w)) {
      return false;
    }
    // not a plural: "( MPs )", "( RVCs )"
    return titleCased(w) || w.chars().filter(Character::isUpperCase).count() >= 2 && !w.endsWith("s");
  }

  /**
   * Whether {@code acronym} (2 to 8 capitals, or a word of 4 to 6 letters whose capitals they are: "Sebi") spells the
   * initials of the name's capitalised words
   * ("Islamic State of Iraq and the Levant": ISIL), of all its words ("Bank of America": BOA) or of its words'
   * capitalised parts ("Malaysian Anti-Corruption Commission": MACC); or, for a name of two words or more, its letters in
   * order from a word's initial on ("Ghana Cocoa Board": COCOBOD).
   */
  static boolean isAcronymOf(String acronym, String[] toks, int start, int end) {
    if (titleCased(acronym)) {
      return isAcronymOf(acronym.toUpperCase(Locale.ROOT), toks, start, end, false); // "Sebi", "Numsa", "Nersa"
    }
    return isAcronymOf(acronym, toks, start, end, true);
  }

  /** "Sebi", "Numsa": an acronym written as a word (four to six letters, a capital first; not "Sdf"). */
  private static boolean titleCased(String w) {
    if (w.length() < 4 || w.length() > 6 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      if (!Character.isLowerCase(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAcronymOf(String acronym, String[] toks, int start, int end, boolean inOrder) {
    if (acronym.length() < 2 || acronym.length() > 8 || !acronym.chars().allMatch(Character::isUpperCase)) {
      return false;
    }
    StringBuilder capitals = new StringBuilder();
    StringBuilder all = new StringBuilder();
    StringBuilder parts = new StringBuilder(); // "Malaysian Anti-Corruption Commission": MACC
    for (int k = start; k < end; k++) {
      if (toks[k].isEmpty() || !Character.isLetter(toks[k].charAt(0))) {
        continue;
      }
      all.append(Character.toUpperCase(toks[k].charAt(0)));
      if (Character.isUpperCase(toks[k].charAt(0))) {
        capitals.append(toks[k].charAt(0));
      }
      for (String part : toks[k].split("-")) {
        if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
          parts.append(part.charAt(0));
        }
      }
    }
    return acronym.contentEquals(capitals) || acronym.contentEquals(all) || acronym.contentEquals(parts)
        || (inOrder && end - start >= 2 && lettersInOrder(acronym, toks, start, end));
  }

  /** Whether the acronym's letters stand in order in the name's words, the first one a word's initial. */
  private static boolean lettersInOrder(String acronym, String[] toks, int start, int end) {
    String name = String.join(" ", Arrays.copyOfRange(toks, start, end)).toUpperCase(Locale.ROOT);
    for (int from = 0; from >= 0; from = name.indexOf(' ', from) < 0 ? -1 : name.indexOf(' ', from) + 1) {
      if (name.charAt(from) == acronym.charAt(0) && inOrder(acronym, name, from)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inOrder(String acronym, String name, int from) {
    int k = from;
    for (int i = 0; i < acronym.length(); i++) {
      k = name.indexOf(acronym.charAt(i), k);
      if (k < 0) {
        return false;
      }
      k++;
    }
    return true;
  }

  private static boolean capitalised(String t) {
    return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
  }

  static String key(String[] toks, int s, int e) {
    StringBuilder b = new StringBuilder();
    for (int i = s; i < e; i++) {
      if (i > s) {
        b.append(' ');
      }
      b.append(toks[i]);
    }
    return b.toString();
  }

  static int typeIndex(String t) {
    switch (t) {
      case "PER":
        return 0;
      case "ORG":
        return 1;
      default:
        return 2;
    }
  }

  /** "Walter Munk", "Alexis Tipton": two or three words of letters, each capitalised, the first a given name. */
  private static boolean givenAndSurname(String[] parts, Predicate<String> firstName) {
    if (parts.length > 3 || !firstName.test(parts[0])) {
      return false;
    }
    for (String w : parts) {
      if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)) {
        return false;
      }
    }
    return true;
  }

  private static int argmax(double[] v) {
    int b = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[b]) {
        b = i;
      }
    }
    return b;
  }
}
