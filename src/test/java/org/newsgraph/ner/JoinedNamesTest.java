package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** A dictionary name with "and" inside stays one name inside a longer one the model cut at the "and". */
public class JoinedNamesTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied(JoinedNames::apply, sentence, spans);
  }

  @Test
  public void anOrganisationCutAtTheAndOfAPlaceIsOneOrganisation() {
    assertEquals("ORG:Airports Authority of Trinidad and Tobago",
        apply("from the Airports Authority of Trinidad and Tobago ( AATT )", new Span(2, 6, "ORG"),
            new Span(7, 8, "LOC")));
    assertEquals("ORG:Trinidad and Tobago Travel Agents Association",
        apply("president of the Trinidad and Tobago Travel Agents Association said", new Span(3, 4, "LOC"),
            new Span(5, 9, "ORG")));
    // one span of the model, the rest of the place untagged
    assertEquals("ORG:Airports Authority of Trinidad and Tobago",
        apply("from the Airports Authority of Trinidad and Tobago said", new Span(2, 6, "ORG")));
    assertEquals("ORG:UN Food and Agriculture Organization",
        apply("the UN Food and Agriculture Organization said", new Span(1, 3, "ORG"), new Span(4, 6, "ORG")));
  }

  @Test
  public void aPlaceCutInTwoIsOnePlaceAndANameTheSpansDoNotCutStays() {
    assertEquals("LOC:Antigua and Barbuda", apply("flights to Antigua and Barbuda", new Span(2, 3, "LOC"),
        new Span(4, 5, "LOC")));
    assertEquals("LOC:Trinidad and Tobago", apply("Trinidad and Tobago won", new Span(0, 3, "LOC")));
    assertEquals("LOC:Spain, LOC:Portugal", apply("Spain and Portugal agreed", new Span(0, 1, "LOC"),
        new Span(2, 3, "LOC")));
  }
}
