package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** What only a firm does to a thing ("published by", "operated by") names a firm after "by". */
public class FirmsByTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied((t, sp) -> FirmsBy.apply(t, sp, "John"::equals), sentence, spans);
  }

  @Test
  public void aNameAfterPublishedOrOperatedByIsAFirm() {
    assertEquals("ORG:Heinemann", apply("The novel was published by Heinemann and follows", new Span(5, 6, "PER")));
    assertEquals("ORG:DFDS", apply("for a ferry operated by DFDS ."));
    // goods bought from their maker; not a unit's number, nor a sentence cut after "No."
    assertEquals("ORG:Boeing", apply("ordered 31 jets from Boeing , the biggest order"));
    assertEquals("ORG:Garmin", apply("avionics from Garmin and", new Span(2, 3, "LOC")));
    assertEquals("", apply("helicopters from No. 3 Squadron"));
    assertEquals("", apply("helicopters from No."));
    assertEquals("ORG:Smokestack Books", apply("it was distributed by Smokestack Books in 2008"));
  }

  @Test
  public void personsInitialsLongerNamesAndPlacesStay() {
    assertEquals("PER:John Murray", apply("published by John Murray in 1859", new Span(2, 4, "PER")));
    assertEquals("PER:W S Gwynn Williams", apply("published by W S Gwynn Williams", new Span(2, 6, "PER")));
    assertEquals("", apply("tours operated by Guide to Iceland ,"));
    assertEquals("", apply("owned by Heinemann"));
  }
}
