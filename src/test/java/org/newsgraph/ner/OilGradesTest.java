package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.Test;

/** Crude oil benchmarks are no names. */
public class OilGradesTest {
  private static String drop(List<String> sentences, Span[]... spans) {
    List<String[]> t = sentences.stream().map(s -> s.split(" ")).toList();
    List<Span[]> out = OilGrades.drop(t, List.of(spans));
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < t.size(); i++) {
      b.append(i == 0 ? "" : " | ").append(SpanText.of(t.get(i), out.get(i)));
    }
    return b.toString();
  }

  @Test
  public void brentAndWestTexasIntermediateInAMarketsReport() {
    assertEquals(" | ORG:Goldman Sachs | LOC:Dubai",
        drop(List.of("Brent crude rose while U.S. West Texas Intermediate crude fell",
            "Goldman Sachs raised its Brent forecast", "Prices fell in Dubai"),
            new Span[] {new Span(0, 1, "PER"), new Span(4, 7, "LOC")},
            new Span[] {new Span(0, 2, "ORG"), new Span(4, 5, "PER")}, new Span[] {new Span(3, 4, "LOC")}));
  }

  @Test
  public void aPersonCalledBrentElsewhereStays() {
    assertEquals("PER:Brent", drop(List.of("Brent scored twice"), new Span[] {new Span(0, 1, "PER")}));
  }
}
