package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** A name right before an age ("Dube , 34 , said", "Mokoena , a 29-year-old miner") is a person. */
public class AgesTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied((t, sp) -> Ages.apply(t, sp, "officials"::equals), sentence, spans);
  }

  @Test
  public void aNameBeforeAnAgeIsAPerson() {
    assertEquals("PER:Mokoena, LOC:Phokeng", apply("Mokoena , a 29-year-old miner from Phokeng , said",
        new Span(0, 1, "LOC"), new Span(6, 7, "LOC")));
    assertEquals("PER:Okonkwo", apply("Okonkwo , 34 , declined to comment"));
  }

  @Test
  public void thingsWithAnAgeAndCitationsStay() {
    assertEquals("ORG:Siemens", apply("Siemens , a 170-year-old company , said", new Span(0, 1, "ORG")));
    assertEquals("", apply("Depression and Anxiety , 29 , 409-416"));
    assertEquals("", apply("Officials , 12 , were hurt"));
  }
}
