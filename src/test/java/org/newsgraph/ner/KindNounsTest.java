package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** A name right after a noun that names only organisations ("the regulator Ofwat") is an organisation. */
public class KindNounsTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied(KindNouns::apply, sentence, spans);
  }

  @Test
  public void aNameAfterAnOrganisationsNounIsAnOrganisation() {
    assertEquals("ORG:Ofwat", apply("powers for the regulator Ofwat , including"));
    assertEquals("ORG:Knight Frank", apply("according to consultancy Knight Frank .", new Span(3, 5, "PER")));
    assertEquals("ORG:IG Metall", apply("The engineering union IG Metall said", new Span(3, 5, "PER")));
    assertEquals("ORG:TSMC", apply("shares of chipmaker TSMC fell"));
    assertEquals("ORG:Meteorum", apply("The private weather service Meteorum in Sao Paulo forecast frost"));
  }

  @Test
  public void personsTradesPlacesAndLongerNamesStay() {
    assertEquals("PER:Rob Reiner", apply("filmmaker Rob Reiner said", new Span(1, 3, "PER")));
    assertEquals("LOC:Jersey", apply("a bank Jersey regulates", new Span(2, 3, "LOC")));
    assertEquals("", apply("the firm Smith Barney Harris Upham said"));
  }
}
