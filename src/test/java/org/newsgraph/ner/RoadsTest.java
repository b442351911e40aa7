package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import opennlp.tools.util.Span;
import org.junit.Test;

/** A numbered road is a place with its number. */
public class RoadsTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied(Roads::apply, sentence, spans);
  }

  @Test
  public void aRoadsWordAndItsNumberAreOnePlace() {
    assertEquals("LOC:Highway 3, LOC:Highway 1", apply("drive south on Highway 3 and then Highway 1 toward Alberta",
        new Span(3, 4, "LOC"), new Span(7, 8, "LOC")));
    assertEquals("LOC:U.S. Route 24", apply("north of U.S. Route 24 .", new Span(2, 3, "LOC")));
    assertEquals("LOC:Provincial Highway 27A", apply("along Provincial Highway 27A", new Span(1, 3, "LOC")));
  }

  @Test
  public void noNumberOrALongerNameAddsNothing() {
    assertEquals("", apply("the Highway Code says"));
    assertEquals("ORG:Pacific Highway Authority",
        apply("the Pacific Highway Authority 3 times", new Span(1, 4, "ORG")));
    assertEquals("", apply("the Old Route 66 diner"));
    assertTrue(Roads.roadNumber("97"));
    assertTrue(Roads.roadNumber("1A"));
    assertFalse(Roads.roadNumber("2019"));
    assertFalse(Roads.roadNumber("3rd"));
  }
}
