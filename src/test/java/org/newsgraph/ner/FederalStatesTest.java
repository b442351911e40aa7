package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** A state of a federation that English names "X State" is a place. */
public class FederalStatesTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied(FederalStates::apply, sentence, spans);
  }

  @Test
  public void aFederationsStateIsAPlace() {
    assertEquals("LOC:Kebbi State, LOC:Sokoto State, LOC:Zamfara State",
        apply("Kebbi State is bordered by Sokoto State , Zamfara State and Niger", new Span(0, 2, "PER"),
            new Span(5, 7, "ORG"), new Span(8, 10, "PER")));
    assertEquals("LOC:Rakhine State", apply("violence in Rakhine State ."));
  }

  @Test
  public void universitiesAndLongerNamesStay() {
    assertEquals("ORG:Ohio State", apply("a linebacker at Ohio State .", new Span(3, 5, "ORG")));
    assertEquals("ORG:Kano State University", apply("at Kano State University", new Span(1, 4, "ORG")));
    assertEquals("ORG:Islamic State", apply("the Islamic State said", new Span(1, 3, "ORG")));
  }
}
