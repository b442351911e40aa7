package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** A university's campus named with "at" is part of its name. */
public class CampusesTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied(Campuses::apply, sentence, spans);
  }

  @Test
  public void theCampusAfterAtIsPartOfTheUniversitysName() {
    assertEquals("ORG:University of Texas at Austin", apply("at the University of Texas at Austin , said",
        new Span(2, 5, "ORG"), new Span(6, 7, "LOC")));
    assertEquals("ORG:University of North Carolina at Chapel Hill",
        apply("the University of North Carolina at Chapel Hill", new Span(1, 5, "ORG")));
  }

  @Test
  public void aUniversityNamedAfterAPlaceKeepsItsOwnName() {
    assertEquals("ORG:Islamic University of Madinah, LOC:Medina",
        apply("the Islamic University of Madinah at Medina founded", new Span(1, 5, "ORG"), new Span(6, 7, "LOC")));
    assertEquals("ORG:University of Texas", apply("the University of Texas at Austin Stadium", new Span(1, 4, "ORG")));
  }
}
