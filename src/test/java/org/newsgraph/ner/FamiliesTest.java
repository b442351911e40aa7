package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.Set;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A name between "the" and "family" is a family: persons. */
public class FamiliesTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied((t, sp) -> Families.apply(t, sp, Set.of("holy")::contains, Set.of("Polish")::contains),
        sentence, spans);
  }

  @Test
  public void aFamilysNameIsAPerson() {
    assertEquals("PER:Pârvulescu", apply("at the expense of the Pârvulescu family ;"));
    assertEquals("PER:Corsini", apply("sold to the Corsini family in 1649", new Span(3, 4, "ORG")));
    assertEquals("PER:Lauw-Sim-Zecha", apply("The Lauw-Sim-Zecha family owned it"));
  }

  @Test
  public void commonWordsNationalitiesAndLivingThingsAreNoFamilyOfPersons() {
    assertEquals("", apply("the Holy family"));
    assertEquals("", apply("a poor Polish family"));
    assertEquals("", apply("the Polish family"));
    assertEquals("", apply("moths of the Nymphalidae family"));
    assertEquals("", apply("proteins of the SOBER1 family"));
    // a longer name the model found stays
    assertEquals("ORG:House of Medici", apply("the House of Medici family", new Span(1, 4, "ORG")));
  }
}
