package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** A town before a firm's or an office's noun is a place, not the firm. */
public class HomeTownsTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied(HomeTowns::apply, sentence, spans);
  }

  @Test
  public void aTownBeforeAFirmsOrAnOfficesNounIsAPlace() {
    assertEquals("ORG:Buckeye Recovery, LOC:Dayton", apply("to Buckeye Recovery , a Dayton company whose owner",
        new Span(1, 3, "ORG"), new Span(5, 6, "ORG")));
    assertEquals("LOC:Reading", apply("run by Cobalt Ledger , a Reading software house ."));
    assertEquals("ORG:FBI, LOC:Cincinnati", apply("The FBI 's Cincinnati field office confirmed",
        new Span(1, 2, "ORG"), new Span(3, 4, "ORG")));
  }

  @Test
  public void anUnknownNameOrADictionaryFirmStays() {
    assertEquals("ORG:Kitefin", apply("a Kitefin company said", new Span(1, 2, "ORG")));
    assertEquals("ORG:Toyota", apply("a Toyota company said", new Span(1, 2, "ORG")));
    assertEquals("", apply("a Dayton resident said"));
  }
}
