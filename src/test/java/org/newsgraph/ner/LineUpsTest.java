package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** A side's line-up names its players. */
public class LineUpsTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied(LineUps::apply, sentence, spans);
  }

  @Test
  public void aClubsLineUpNamesPersons() {
    assertEquals("ORG:Brentford, PER:Flekken, PER:Van den Berg, PER:Pinnock, PER:Lewis-Potter, PER:Norgaard, "
        + "PER:Janelt", apply("Brentford : Flekken ; Van den Berg , Pinnock , Lewis-Potter , "
        + "Norgaard ( Damsgaard 70 ) , Janelt .", new Span(0, 1, "ORG"), new Span(6, 7, "LOC"), new Span(8, 9, "ORG")));
  }

  @Test
  public void nationsProseAndShortListsStay() {
    // a group's nations keep their type; a sentence with a lower-case word is prose; four names are no line-up
    assertEquals("ORG:Group Two, LOC:Brazil", apply("Group Two : Brazil , Germany , Japan , Chile , Peru",
        new Span(0, 2, "ORG"), new Span(3, 4, "LOC")));
    assertEquals("ORG:Brentford", apply("Brentford : Flekken , Collins and six others started",
        new Span(0, 1, "ORG")));
    assertEquals("ORG:Brentford", apply("Brentford : Flekken , Collins , Pinnock , Janelt", new Span(0, 1, "ORG")));
    // an item of particles alone is no name
    assertEquals("ORG:Brentford", apply("Brentford : Flekken , de la , Pinnock , Janelt , Wissa , Schade",
        new Span(0, 1, "ORG")));
    // no club before the colon
    assertEquals("", apply("Scorers : Flekken , Collins , Pinnock , Janelt , Wissa"));
  }
}
