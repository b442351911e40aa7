package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * The names of a list are of one kind: "in Soweto, Umlazi and [Katlehong]", "at Kusile and [Tutuka]", where the
 * model took a town or a power station it did not know for a person. In a run of names joined by commas and ending in "and" or "or" (a
 * comma alone may open an apposition: "the mayor of London, Sadiq Khan"), a one-word person among places (or among
 * organisations) takes their type when the others, two or more, are all of it, or when the list of two follows a
 * preposition of place ("in", "from", "between", ...). The person must not be a given name, and no list changes a
 * place or organisation into a person. Spans in place; only for sentences as written.
 */
final class ListTypes {
  private ListTypes() {}

  private static final Set<String> JOINS = Set.of(",", "and", "or");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "from", "between", "at", "near", "to", "across",
      "through");

  static void apply(String[] tokens, Span[] spans, Predicate<String> firstName) {
    int i = 0;
    while (i < spans.length) {
      int j = i + 1; // the list is spans[i, j)
      while (j < spans.length && joined(tokens, spans[j - 1].getEnd(), spans[j].getStart())) {
        j++;
      }
      if (j - i >= 2 && !tokens[spans[j - 1].getStart() - 1].equals(",")) {
        harmonise(tokens, spans, i, j, firstName);
      }
      i = j;
    }
  }

  /**
   * The names of a list of places that the model left out are places too: "cover Murwillumbah , [Kyogle] and [Coraki]"
   * (the model found the first), "suburban areas such as Tampines and [Tengah]", "near Vucitrn and [Podujevo]". In a
   * run of names joined by commas, "and" or "or" (the last join "and" or "or"), each one to three capitalised words,
   * untagged or a span, where every span is a place and either two are or a preposition of place or a place's part
   * and "of" opens the list ("parts of Murwillumbah , [Kyogle] and [Coraki]"), the untagged names are places. Only
   * names of words a place's name may have ({@link #placeLike}). Spans in order.
   */
  static Span[] untagged(String[] t, Span[] spans, Predicate<String> commonWord, Predicate<String> demonym,
      Predicate<String> otherName) {
    List<Span> added = new ArrayList<>();
    int k = 0;
    while (k < t.length) {
      List<int[]> items = new ArrayList<>();
      int e = item(t, spans, k, commonWord, demonym, otherName);
      String lastJoin = null;
      int at = k;
      while (e > at) {
        items.add(new int[] {at, e});
        int next = e < t.length && t[e].equals(",") && e + 1 < t.length && (t[e + 1].equals("and")
            || t[e + 1].equals("or")) ? e + 2 : e < t.length && JOINS.contains(t[e]) ? e + 1 : -1;
        if (next < 0) {
          break;
        }
        int f = item(t, spans, next, commonWord, demonym, otherName);
        if (f == next) {
          break;
        }
        lastJoin = t[next - 1];
        at = next;
        e = f;
      }
      if (items.size() >= 2 && !",".equals(lastJoin)) {
        addPlaces(t, spans, items, added);
      }
      k = items.isEmpty() ? k + 1 : items.get(items.size() - 1)[1];
    }
    return SpanSets.with(spans, added);
  }

  /** The end of the list item at {@code k}: a span that starts there, or an untagged run of capitalised words. */
  private static int item(String[] t, Span[] spans, int k, Predicate<String> commonWord, Predicate<String> demonym,
      Predicate<String> otherName) {
    Span sp = SpanSets.at(spans, k);
    if (sp != null) {
      return sp.getStart() == k ? sp.getEnd() : k;
    }
    int e = SpanSets.nameRun(t, k, 3);
    if (e == k || !SpanSets.free(spans, k, e) || (e < t.length && SpanSets.capitalised(t[e]))) {
      return k;
    }
    for (int i = k; i < e; i++) {
      if (!placeLike(t[i], commonWord, demonym, otherName)) {
        return k;
      }
    }
    return e;
  }

  /**
   * A word a place's name may have: letters only, not in capitals ("HKD", "TV"), no abbreviation ("St."), no common
   * word ("World War I"), nationality or date word, and no word the label prior has in persons' or organisations'
   * names ("Carmen", "Piaggio").
   */
  private static boolean placeLike(String w, Predicate<String> commonWord, Predicate<String> demonym,
      Predicate<String> otherName) {
    return w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')
        && !(w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) && !commonWord.test(w.toLowerCase(Locale.ROOT))
        && !demonym.test(w) && !NerCorpus.isDateWord(w) && !otherName.test(w);
  }

  private static void addPlaces(String[] t, Span[] spans, List<int[]> items, List<Span> added) {
    int places = 0;
    List<int[]> free = new ArrayList<>();
    for (int[] it : items) {
      Span sp = SpanSets.at(spans, it[0]);
      if (sp == null) {
        free.add(it);
      } else if (sp.getType().equals("LOC")) {
        places++;
      } else {
        return;
      }
    }
    int first = items.get(0)[0];
    // "in Soweto and Umlazi", "parts of Murwillumbah , Kyogle and Coraki"
    boolean placeList = first > 0 && PLACE_PREPOSITIONS.contains(t[first - 1]) || Towns.ofPlace(t, first);
    if (free.isEmpty() || places == 0 || (places < 2 && !placeList)) {
      return;
    }
    for (int[] it : free) {
      added.add(new Span(it[0], it[1], "LOC", 0));
    }
  }

  /** Whether only a comma, "and", "or" or a comma and one of them stand between tokens [end, start). */
  private static boolean joined(String[] tokens, int end, int start) {
    int gap = start - end;
    if (gap < 1 || gap > 2) {
      return false;
    }
    for (int k = end; k < start; k++) {
      if (!JOINS.contains(tokens[k])) {
        return false;
      }
    }
    return gap == 1 || tokens[end].equals(",");
  }

  private static void harmonise(String[] tokens, Span[] spans, int from, int to, Predicate<String> firstName) {
    List<Integer> persons = new ArrayList<>();
    String other = null;
    for (int k = from; k < to; k++) {
      String type = spans[k].getType();
      if (type.equals("PER")) {
        persons.add(k);
      } else if (other == null) {
        other = type;
      } else if (!other.equals(type)) {
        return; // places and organisations: a mixed list
      }
    }
    int others = to - from - persons.size();
    if (persons.size() != 1 || other == null) {
      return;
    }
    Span person = spans[persons.get(0)];
    int before = spans[from].getStart() - 1;
    boolean placeList = other.equals("LOC") && before >= 0 && PLACE_PREPOSITIONS.contains(tokens[before]);
    if ((others >= 2 || placeList) && !firstName.test(tokens[person.getStart()]) && person.length() == 1) {
      spans[persons.get(0)] = new Span(person.getStart(), person.getEnd(), other, person.getProb());
    }
  }
}
