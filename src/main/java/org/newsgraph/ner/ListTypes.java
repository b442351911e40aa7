package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
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
