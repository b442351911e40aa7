package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** A side named "of the" a league is a club. */
public class LeagueMembersTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied(LeagueMembers::apply, sentence, spans);
  }

  @Test
  public void aSideOfALeagueIsAClub() {
    assertEquals("ORG:Ak Bars Kazan", apply("plays for Ak Bars Kazan of the Kontinental Hockey League"));
    assertEquals("ORG:Colorado Rapids", apply("joined the Colorado Rapids of the Major League Soccer",
        new Span(2, 4, "LOC")));
    assertEquals("ORG:Redbridge", apply("loaned to Redbridge of the National League", new Span(2, 3, "LOC")));
  }

  @Test
  public void membersPartsAndHonoursStay() {
    assertEquals("PER:Tofail Ahmed", apply("said Tofail Ahmed of the Awami League", new Span(1, 3, "PER")));
    assertEquals("", apply("the West Division of the Sun Belt Conference League"));
    assertEquals("", apply("was named MVP of the V-League"));
    assertEquals("", apply("won the title of the Premier League")); // no name before "of"
  }
}
