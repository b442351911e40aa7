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

  @Test
  public void aSourceQuotedWithOfAndHisEmployer() {
    SpanText.Rule of = (t, sp) -> Employers.ofPerson(t, sp, w -> w.equals("Catherine"));
    assertEquals("PER:Sunita Iyer, ORG:Kotak Mahindra", SpanText.applied(of, "said Sunita Iyer of Kotak Mahindra .",
        new Span(1, 3, "PER"), new Span(4, 6, "PER")));
    assertEquals("PER:Raymond Leung, ORG:Wing Lung Bank", SpanText.applied(of,
        "Raymond Leung of Wing Lung Bank said", new Span(0, 2, "PER")));
    // no verb of saying: a laird and his land; a given name after "of"
    assertEquals("PER:David Patrick, PER:Dalry", SpanText.applied(of, "with David Patrick of Dalry appointed",
        new Span(1, 3, "PER"), new Span(4, 5, "PER")));
    assertEquals("PER:Henry Tudor, PER:Catherine Parr", SpanText.applied(of,
        "said Henry Tudor of Catherine Parr .", new Span(1, 3, "PER"), new Span(4, 6, "PER")));
  }
}
