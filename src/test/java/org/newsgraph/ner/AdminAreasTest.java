package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** A known place before an administrative unit's word is the unit, a place. */
public class AdminAreasTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied((t, sp) -> AdminAreas.apply(t, sp, "police"::equals), sentence, spans);
  }

  @Test
  public void aKnownPlaceAndAUnitsWordAreAPlaceAndTheCountryAfterOfAnother() {
    assertEquals("LOC:Atyrau Region, LOC:Aktobe Region", apply("in Atyrau Region and Aktobe Region ,",
        new Span(1, 3, "LOC"), new Span(4, 6, "ORG")));
    assertEquals("LOC:Potosí Department, LOC:Bolivia", apply("a protected area in the Potosí Department of Bolivia ,",
        new Span(5, 9, "ORG")));
  }

  @Test
  public void aBodyAUnknownNameOrACommonWordStays() {
    assertEquals("ORG:Punjab Department of Health", apply("the Punjab Department of Health said",
        new Span(1, 5, "ORG")));
    assertEquals("ORG:Kitefin Region", apply("the Kitefin Region said", new Span(1, 3, "ORG")));
    assertEquals("", apply("the Police Prefecture said"));
  }
}
