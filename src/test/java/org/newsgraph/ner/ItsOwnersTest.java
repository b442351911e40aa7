package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** A name the model took for a person that acts on "its" own things is an organisation. */
public class ItsOwnersTest {
  private static String found(String sentence, Span... spans) {
    return SpanText.applied((t, sp) -> SpanSets.put(sp, ItsOwners.found(t, sp)), sentence, spans);
  }

  @Test
  public void aPersonActingOnItsOwnThingsIsAnOrganisation() {
    assertEquals("ORG:Tarangi", found("approved the offer after Tarangi revised its disclosures",
        new Span(4, 5, "PER")));
    assertEquals("ORG:Coles", found("while Coles defended its margins", new Span(1, 2, "PER")));
    assertEquals("ORG:Kestrel", found("Kestrel has cut its forecast", new Span(0, 1, "PER")));
    assertEquals("ORG:Ofcom", found("Before Ofcom published its review", new Span(1, 2, "PER")));
    assertEquals("ORG:Carpatho-Ukraine", found("In March 1939 Carpatho-Ukraine declared its independence",
        new Span(3, 4, "PER")));
  }

  @Test
  public void speakingBeingAndPrepositionsLeaveThePerson() {
    assertEquals("PER:Musk", found("Musk said its rockets would fly", new Span(0, 1, "PER")));
    assertEquals("PER:Kenneth Dike", found("The historian Kenneth Dike became its first principal",
        new Span(2, 4, "PER")));
    assertEquals("PER:Prigge", found("In 1915 , Prigge served at its headquarters", new Span(3, 4, "PER")));
    // a subject the person is only part of: "the score by Max Richter and Edward Artemyev"
    assertEquals("PER:Edward Artemyev", found("the score by Max Richter and Edward Artemyev sounds its own alarms",
        new Span(6, 8, "PER")));
  }

  @Test
  public void placesAndOtherTypesStay() {
    assertEquals("PER:Chile", found("Chile raised its rates", new Span(0, 1, "PER")));
    assertEquals("LOC:Tver", found("Tver raised its taxes", new Span(0, 1, "LOC")));
  }
}
