package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** A dictionary name before "'s" and a name after it are two names. */
public class PossessivesTest {
  private static String split(String sentence, Span... spans) {
    return SpanText.applied(Possessives::split, sentence, spans);
  }

  @Test
  public void theOwnerAndWhatItOwns() {
    assertEquals("ORG:Federal Reserve, ORG:Open Market Committee",
        split("the Federal Reserve 's Open Market Committee met", new Span(1, 7, "ORG")));
    assertEquals("LOC:Tajikistan, ORG:First League", split("Tajikistan 's First League", new Span(0, 4, "ORG")));
  }

  @Test
  public void namesHoldingAPossessiveStayWhole() {
    assertEquals("ORG:Socialist People 's Party", split("Socialist People 's Party", new Span(0, 4, "ORG")));
    assertEquals("LOC:St. John 's East", split("St. John 's East", new Span(0, 4, "LOC")));
    // one capitalised word after it is no name of its own
    assertEquals("ORG:Federal Reserve 's Board", split("Federal Reserve 's Board", new Span(0, 4, "ORG")));
  }
}
