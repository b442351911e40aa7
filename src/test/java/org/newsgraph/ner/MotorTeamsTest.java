package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.Test;

/** Motor racing's constructors after "for", "of", "with" are teams in a story about motor racing. */
public class MotorTeamsTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied(MotorTeams::apply, sentence, spans);
  }

  @Test
  public void aConstructorAfterForOrOfIsTheTeam() {
    assertEquals("PER:Jacques Villeneuve, ORG:Williams", apply("Jacques Villeneuve took third for Williams .",
        new Span(0, 2, "PER"), new Span(5, 6, "PER")));
    assertEquals("PER:Giancarlo Fisichella, ORG:Benetton", apply("Giancarlo Fisichella of Benetton retired",
        new Span(0, 2, "PER"), new Span(3, 4, "LOC")));
    assertEquals("ORG:Red Bull", apply("he drove for Red Bull in 2019"));
  }

  @Test
  public void personsAndLongerNamesStay() {
    assertEquals("PER:Williams", apply("Williams said he was pleased", new Span(0, 1, "PER")));
    assertEquals("PER:Frank Williams", apply("a deal with Frank Williams .", new Span(3, 5, "PER")));
    assertTrue(MotorTeams.aboutRacing(List.<String[]>of("the Hungarian Grand Prix".split(" "))));
    assertFalse(MotorTeams.aboutRacing(List.<String[]>of("the Grand Hotel".split(" "))));
  }
}
