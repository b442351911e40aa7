package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** A run of capitalised words after "the" that ends in a river's, sea's or bridge's noun is a place. */
public class LandmarksTest {
  private static String tagged(String sentence, Span... spans) {
    return SpanText.applied(Landmarks::untagged, sentence, spans);
  }

  @Test
  public void anUntaggedFeatureAfterTheIsAPlace() {
    assertEquals("LOC:Golden Gate Bridge", tagged("Police closed the Golden Gate Bridge on Friday"));
    assertEquals("LOC:Caribbean Sea", tagged("The storm moved into the Caribbean Sea ."));
    // a channel of the sea after a people's or place's name, not a TV channel
    assertEquals("LOC:English Channel", tagged("two ships collided in the English Channel early on Tuesday"));
    assertEquals("", tagged("a series on the Discovery Channel ."));
    assertEquals("LOC:Aleutian Islands", tagged("The Aleutian Islands are cold"));
  }

  @Test
  public void theModelsSpansStay() {
    assertEquals("LOC:Bronx River", tagged("near the Bronx River", new Span(2, 4, "LOC", 0.9)));
    assertEquals("ORG:Caribbean", tagged("the Caribbean Sea", new Span(1, 2, "ORG", 0.9)));
  }

  @Test
  public void aLongerNameOrNoFeatureIsLeftAlone() {
    assertEquals("", tagged("the Bay of Bengal")); // the model's to find
    assertEquals("", tagged("the Rhode Island Red is a breed"));
    assertEquals("", tagged("the Catholic Church said"));
    assertEquals("", tagged("the Sea was calm")); // the noun alone
    assertEquals("", tagged("Caribbean Sea")); // no "the"
    assertEquals("", tagged("won for \" The Salt Road , \" a film")); // a title
    assertEquals("", tagged("the Long Short Tall Wide River")); // four words before the noun
  }
}
