package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import opennlp.tools.util.Span;

/** Spans written as "TYPE:words, TYPE:words" for readable assertions. */
final class SpanText {
  private SpanText() {}

  /** A tagger rule that reads one sentence and its spans. */
  interface Rule {
    Span[] apply(String[] tokens, Span[] spans);
  }

  /** The rule's spans for a sentence (tokens split at spaces) and the model's spans, as text. */
  static String applied(Rule rule, String sentence, Span... spans) {
    String[] t = sentence.split(" ");
    return of(t, rule.apply(t, spans));
  }

  /** A tagger rule that reads one sentence and its spans and collects the names it is sure of. */
  interface Collecting {
    void apply(String[] tokens, Span[] spans, List<Span> sure);
  }

  /** The names the rule is sure of in a sentence (tokens split at spaces), as text. */
  static String collected(Collecting rule, String sentence, Span... spans) {
    String[] t = sentence.split(" ");
    List<Span> sure = new ArrayList<>();
    rule.apply(t, spans, sure);
    return of(t, sure.toArray(new Span[0]));
  }

  static String of(String[] tokens, Span[] spans) {
    return Arrays.stream(spans)
        .map(s -> s.getType() + ":" + String.join(" ", Arrays.copyOfRange(tokens, s.getStart(), s.getEnd())))
        .collect(Collectors.joining(", "));
  }

  /** The names the shipped tagger finds in a document (sentences' tokens split at spaces), as "TYPE:words" in order. */
  static List<String> tagged(String... sentences) {
    List<String[]> doc = new ArrayList<>();
    for (String s : sentences) {
      doc.add(s.split(" "));
    }
    List<Span[]> spans = new EntityTagger().tagTokens(doc);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      for (Span sp : spans.get(i)) {
        out.add(sp.getType() + ":" + String.join(" ", Arrays.copyOfRange(doc.get(i), sp.getStart(), sp.getEnd())));
      }
    }
    return out;
  }
}
