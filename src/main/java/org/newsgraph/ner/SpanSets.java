package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
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
}
