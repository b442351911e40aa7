package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.Set;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A market report names companies by their shares. */
public class StockNamesTest {
  private static final Set<String> COMMON = Set.of("elsewhere", "banks");

  private static String apply(String sentence, Span... spans) {
    return SpanText.applied((t, sp) -> StockNames.apply(t, sp, COMMON::contains, new java.util.ArrayList<>()),
        sentence, spans);
  }

  /** The organisations the rule is sure of, which the document then means in all its mentions. */
  private static String sure(String sentence, Span... spans) {
    return SpanText.collected((t, sp, sure) -> StockNames.apply(t, sp, COMMON::contains, sure), sentence, spans);
  }

  @Test
  public void aMarketMoveMakesTheCompanySureForTheDocument() {
    assertEquals("ORG:Danforth", sure("Danforth shares rose 1-3/8 to 37-1/4 .", new Span(0, 1, "PER")));
    assertEquals("ORG:Larkin", sure("Shares of Larkin rose 18 % in premarket trading", new Span(2, 3, "PER")));
    assertEquals("ORG:Astra", sure("Astra rose 4 crowns to 120", new Span(0, 1, "PER")));
    assertEquals("ORG:Lilly", sure("Lilly shares plunged $ 29.50 to $ 79.75", new Span(0, 1, "PER")));
    // a verb "shares", points scored, or a stake without a move: put in the sentence, not sure for the document
    assertEquals("", sure("Musk shares a photo", new Span(0, 1, "PER")));
    assertEquals("ORG:Musk", apply("Musk shares a photo", new Span(0, 1, "PER")));
    assertEquals("", sure("Drews dropped 37 points in the final", new Span(0, 1, "PER")));
    assertEquals("", sure("a 30 % stake in Kitefin , the firm said"));
  }

  @Test
  public void sharesAndPriceMovesNameCompanies() {
    assertEquals("ORG:Norsk Hydro", apply("Shares in Norsk Hydro rose 3.50 crowns to 289.50 ."));
    assertEquals("ORG:Astra, ORG:Ericsson", apply("Elsewhere , Astra rose 4 crowns , while Ericsson B shares were flat",
        new Span(2, 3, "PER"), new Span(8, 10, "PER")));
    assertEquals("ORG:Cathay", apply("Cathay shares rose after the airline reported higher traffic"));
    // from one price to another, in the market's currency
    assertEquals("ORG:Hindustan Lever", apply("Hindustan Lever eased 2.00 to 915.00 .", new Span(0, 2, "PER")));
    // a currency is no name
    assertEquals("", apply("Sterling rose to $ 1.6120 from $ 1.6085 .", new Span(0, 1, "PER")));
    assertEquals("PER:Sterling", apply("Sterling said the deal was done", new Span(0, 1, "PER")));
    // a company of the actor dictionary whole, with its nationality or "and"
    assertEquals("ORG:British Telecom, ORG:Cable and Wireless",
        apply("British Telecom slipped 4 pence , while Cable and Wireless rose 6 pence"));
  }

  @Test
  public void placesNationalitiesAndCommonWordsStay() {
    assertEquals("LOC:Tokyo", apply("Tokyo shares rose 2 points", new Span(0, 1, "LOC")));
    // the model's place that no table knows as one is the company
    assertEquals("ORG:Tencent", apply("Shares in Tencent rose 3 percent", new Span(2, 3, "LOC")));
    assertEquals("", apply("German shares rose"));
    assertEquals("", apply("Banks rose 2 points on Monday"));
    assertEquals("ORG:Royal Bank of Scotland", apply("shares in Royal Bank of Scotland fell", new Span(2, 6, "ORG")));
  }
}
