package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/** IOB2 tag sequences ↔ typed token spans. */
public final class IobTags {
  private IobTags() {}

  /** Spans of an IOB2 sequence (an I- without a matching B- starts a new span, as conlleval does). */
  public static Span[] toSpans(String[] tags) {
    List<Span> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.length; i++) {
      String t = i < tags.length ? tags[i] : "O";
      boolean inside = t.startsWith("I-") && type != null && t.substring(2).equals(type);
      if (!inside && start >= 0) {
        out.add(new Span(start, i, type));
        start = -1;
        type = null;
      }
      if (t.startsWith("B-") || (t.startsWith("I-") && !inside)) {
        start = i;
        type = t.substring(2);
      }
    }
    return out.toArray(new Span[0]);
  }

  public static String[] fromSpans(Span[] spans, int length) {
    String[] tags = new String[length];
    java.util.Arrays.fill(tags, "O");
    for (Span s : spans) {
      for (int i = s.getStart(); i < s.getEnd(); i++) {
        tags[i] = (i == s.getStart() ? "B-" : "I-") + s.getType();
      }
    }
    return tags;
  }
}
