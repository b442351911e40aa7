package org.newsgraph.ner;

import java.util.Arrays;
import java.util.stream.Collectors;
import opennlp.tools.util.Span;

/** Spans written as "TYPE:words, TYPE:words" for readable assertions. */
final class SpanText {
  private SpanText() {}

  static String of(String[] tokens, Span[] spans) {
    return Arrays.stream(spans)
        .map(s -> s.getType() + ":" + String.join(" ", Arrays.copyOfRange(tokens, s.getStart(), s.getEnd())))
        .collect(Collectors.joining(", "));
  }
}
