package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** A body whose name lists its portfolios with commas is one name. */
public class PortfolioListsTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied(PortfolioLists::apply, sentence, spans);
  }

  @Test
  public void aBodysPortfoliosAfterItsHeadOrBeforeItAreInItsName() {
    assertEquals("ORG:Ministry of Tourism , Culture and the Arts",
        apply("from the Ministry of Tourism , Culture and the Arts and", new Span(2, 5, "ORG")));
    assertEquals("ORG:Land , Infrastructure , Transport and Tourism Ministry",
        apply("informed the Land , Infrastructure , Transport and Tourism Ministry of", new Span(6, 10, "ORG")));
    assertEquals("ORG:Japan Railway Construction , Transport and Technology Agency",
        apply("The Japan Railway Construction , Transport and Technology Agency ( JRTT )", new Span(1, 4, "ORG"),
            new Span(5, 9, "ORG")));
  }

  @Test
  public void otherNamesAfterItOrABodyBeforeItStay() {
    assertEquals("ORG:Justice Department, ORG:FBI, ORG:Secret Service",
        apply("the Justice Department , FBI and Secret Service said", new Span(1, 3, "ORG"), new Span(4, 5, "ORG"),
            new Span(6, 8, "ORG")));
    assertEquals("ORG:Australian Taxation Office, ORG:Australian Securities and Investments Commission",
        apply("the Australian Taxation Office , Australian Securities and Investments Commission and",
            new Span(1, 4, "ORG"), new Span(5, 10, "ORG")));
  }
}
