package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** An unknown acronym the model typed a place is a body. */
public class AcronymsTest {
  private static String collected(String sentence, Span... spans) {
    return SpanText.collected(Acronyms::apply, sentence, spans);
  }

  @Test
  public void anAcronymTypedAPlaceIsAnOrganisation() {
    assertEquals("ORG:UNITA", collected("UNITA still keeps thousands of armed men", new Span(0, 1, "LOC")));
    assertEquals("ORG:MNLA", collected("fighters of the MNLA took the town", new Span(3, 4, "LOC")));
  }

  @Test
  public void countriesTownsShortWordsAndOtherTypesStay() {
    assertEquals("", collected("troops of the USSR", new Span(3, 4, "LOC")));
    assertEquals("", collected("flights to LAGOS resumed", new Span(2, 3, "LOC")));
    assertEquals("", collected("the UAE said", new Span(1, 2, "LOC")));
    assertEquals("", collected("UNITA said", new Span(0, 1, "ORG")));
  }
}
