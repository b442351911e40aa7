package org.newsgraph.ner;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A storm's given name is no person. */
public class NamedStormsTest {
  @Test
  public void aStormsNameIsDroppedWhereverTheDocumentUsesIt() {
    List<String[]> doc = List.of(
        "Hurricane Dorian hit the Bahamas .".split(" "),
        "Dorian then moved north , as Tropical Storm Humberto formed near Florida .".split(" "),
        "Storm Humberto missed Dorian Gray .".split(" "));
    List<Span[]> spans = List.of(
        new Span[] {new Span(0, 2, "PER", 0.6), new Span(4, 5, "LOC", 0.9)},
        new Span[] {new Span(0, 1, "PER", 0.7), new Span(7, 9, "PER", 0.5), new Span(11, 12, "LOC", 0.9)},
        new Span[] {new Span(0, 2, "PER", 0.5), new Span(3, 5, "PER", 0.9)});
    List<Span[]> out = NamedStorms.drop(doc, spans);
    assertArrayEquals(new Span[] {new Span(4, 5, "LOC", 0.9)}, out.get(0));
    assertArrayEquals(new Span[] {new Span(11, 12, "LOC", 0.9)}, out.get(1));
    // a person who shares the name keeps the full name
    assertArrayEquals(new Span[] {new Span(3, 5, "PER", 0.9)}, out.get(2));
  }

  @Test
  public void aCommonWordAfterHurricaneIsNoStormsName() {
    // the "Center" of the agency's name, alone in a later sentence
    List<String[]> doc = List.of("The National Hurricane Center warned .".split(" "), "Center staff left .".split(" "));
    List<Span[]> spans = List.of(new Span[] {new Span(1, 4, "ORG", 0.9)}, new Span[] {new Span(0, 1, "ORG", 0.6)});
    assertEquals(spans.get(1), NamedStorms.drop(doc, spans).get(1));
  }

  @Test
  public void aEuropeanStormIsNamedWithStormAloneInADocumentAboutWeather() {
    List<String[]> doc = List.of("Storm Ciarán battered Cornwall .".split(" "),
        "Ciarán brought winds of 100 mph .".split(" "));
    List<Span[]> spans = List.of(new Span[] {new Span(0, 2, "PER", 0.6), new Span(3, 4, "LOC", 0.9)},
        new Span[] {new Span(0, 1, "PER", 0.7)});
    List<Span[]> kept = NamedStorms.drop(doc, spans);
    assertArrayEquals(new Span[] {new Span(3, 4, "LOC", 0.9)}, kept.get(0));
    assertArrayEquals(new Span[0], kept.get(1));
  }

  @Test
  public void documentsWithoutStormsAreLeftAlone() {
    List<String[]> doc = List.<String[]>of("Storm Reid met Barry Jenkins .".split(" "));
    List<Span[]> spans = List.<Span[]>of(new Span[] {new Span(0, 2, "PER", 0.9), new Span(3, 5, "PER", 0.9)});
    assertEquals(spans.get(0), NamedStorms.drop(doc, spans).get(0));
  }
}
