package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import opennlp.tools.util.Span;
import org.junit.Test;

/** A word with a capital inside it names a firm, not a person or a place. */
public class InnerCapitalsTest {
  private static String collected(String sentence, Span... spans) {
    return SpanText.collected(InnerCapitals::apply, sentence, spans);
  }

  @Test
  public void personsAndPlacesWithAnInnerCapitalAreFirms() {
    assertEquals("ORG:KhetSetu", collected("KhetSetu , which links farmers , raised $ 42 million",
        new Span(0, 1, "LOC")));
    assertEquals("ORG:NovaAndino Litio", collected("The joint venture , NovaAndino Litio , is central",
        new Span(4, 6, "PER")));
    assertEquals("ORG:MercyOne", collected("medical staff from MercyOne treated 40 runners", new Span(3, 4, "PER")));
  }

  @Test
  public void surnamesTownsVenuesAndOrganisationsStay() {
    assertEquals("", collected("General MacArthur landed", new Span(1, 2, "PER")));
    assertEquals("", collected("Rohit KaduDeshmukh said", new Span(0, 2, "PER")));
    assertEquals("", collected("a game at the CenturyLink Center .", new Span(4, 6, "LOC")));
    assertEquals("", collected("KhetSetu raised money", new Span(0, 1, "ORG")));
  }

  @Test
  public void whichWordsHaveAnInnerCapital() {
    assertTrue(InnerCapitals.innerCapital("PolitiFact"));
    assertTrue(InnerCapitals.innerCapital("RecargaPay"));
    assertFalse(InnerCapitals.innerCapital("McDonald"));
    assertFalse(InnerCapitals.innerCapital("DeShawn"));
    assertFalse(InnerCapitals.innerCapital("FitzGerald"));
    assertFalse(InnerCapitals.innerCapital("KeyArena"));
    assertFalse(InnerCapitals.innerCapital("Kotkajoki"));
    assertFalse(InnerCapitals.innerCapital("ABBA"));
  }
}
