package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** Analysts, dealers and researchers are quoted by the organisation they work at. */
public class EmployersTest {
  private static final SpanText.Rule EMPLOYERS = Employers::retype;

  @Test
  public void aDealerAtABank() {
    assertEquals("ORG:Credit Lyonnais, LOC:Paris", SpanText.applied(EMPLOYERS, "said a dealer at Credit Lyonnais in Paris",
        new Span(4, 6, "LOC"), new Span(7, 8, "LOC")));
    assertEquals("ORG:Kleinwort Benson", SpanText.applied(EMPLOYERS, "Analysts at Kleinwort Benson said", new Span(2, 4, "PER")));
  }

  @Test
  public void officialsStatesAndOtherWordsLeaveIt() {
    assertEquals("LOC:Heathrow", SpanText.applied(EMPLOYERS, "officials at Heathrow said", new Span(2, 3, "LOC")));
    assertEquals("LOC:Russia", SpanText.applied(EMPLOYERS, "analysts at Russia 's central bank", new Span(2, 3, "LOC")));
    assertEquals("LOC:Boston", SpanText.applied(EMPLOYERS, "she arrived at Boston", new Span(3, 4, "LOC")));
  }
}
