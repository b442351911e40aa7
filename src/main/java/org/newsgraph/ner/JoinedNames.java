package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * A name of the actor dictionary with "and" inside ("Trinidad and Tobago", "Bosnia and Herzegovina", "Food and Drug
 * Administration") is one name even inside a longer one: "the [Airports Authority of Trinidad and Tobago]", "the
 * [Trinidad and Tobago Travel Agents Association]". The model, which splits names at "and", read "[Airports Authority
 * of Trinidad] and [Tobago]" and "[Trinidad] and [Tobago Travel Agents Association]". Where the model's spans cut the
 * dictionary's name (a span starts or ends inside it), the spans that touch it and the name become one span: an
 * organisation when an organisation of the model reaches past the name, else of the dictionary's type. Spans in order.
 */
final class JoinedNames {
  private JoinedNames() {}

  private static final int SIDE = 3; // words on each side of "and"

  static Span[] apply(String[] t, Span[] spans) {
    if (spans.length == 0) {
      return spans;
    }
    List<Span> joined = new ArrayList<>();
    for (int a = 1; a + 1 < t.length; a++) {
      if (!t[a].equals("and")) {
        continue;
      }
      Span name = known(t, a);
      if (name == null || !cut(spans, name)) {
        continue;
      }
      int s = name.getStart();
      int e = name.getEnd();
      String type = name.getType();
      for (Span sp : spans) {
        if (sp.getEnd() > s && sp.getStart() < e) {
          if (sp.getType().equals("ORG") && (sp.getStart() < s || sp.getEnd() > e)) {
            type = "ORG";
          }
          s = Math.min(s, sp.getStart());
          e = Math.max(e, sp.getEnd());
        }
      }
      joined.add(new Span(s, e, type, 0));
      a = e - 1;
    }
    return SpanSets.put(spans, joined);
  }

  /**
   * The place or organisation of the dictionary around the "and" at {@code a} that starts first, the longest of those;
   * or null.
   */
  private static Span known(String[] t, int a) {
    for (int s = Math.max(0, a - SIDE); s < a; s++) {
      for (int e = Math.min(t.length, a + 1 + SIDE); e > a + 1; e--) {
        String type = DictionaryNames.typeOf(DocConsistency.key(t, s, e));
        if (type != null && !type.equals("PER") && SpanSets.capitalised(t[s])) {
          return new Span(s, e, type);
        }
      }
    }
    return null;
  }

  /** Whether some span starts or ends strictly inside the name, or covers part of it only. */
  private static boolean cut(Span[] spans, Span name) {
    for (Span sp : spans) {
      boolean overlaps = sp.getEnd() > name.getStart() && sp.getStart() < name.getEnd();
      if (overlaps && !(sp.getStart() <= name.getStart() && sp.getEnd() >= name.getEnd())) {
        return true;
      }
    }
    return false;
  }
}
