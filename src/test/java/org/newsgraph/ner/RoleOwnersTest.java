package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.Set;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A name right before a role and a person is whose role it is. */
public class RoleOwnersTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied((t, sp) -> RoleOwners.apply(t, sp, Set.of("former", "the")::contains,
        Set.of("French")::contains), sentence, spans);
  }

  @Test
  public void aNameBeforeARoleAndAPersonIsTheirOrganisation() {
    assertEquals("ORG:FNSEA, PER:Arnaud Rousseau", apply("FNSEA president Arnaud Rousseau threatened",
        new Span(2, 4, "PER")));
    assertEquals("ORG:Partech, PER:Tidjane Dème", apply("Partech general partner Tidjane Dème will join",
        new Span(3, 5, "PER")));
    // a country is a place
    assertEquals("LOC:Ghana, PER:Kofi Mensah", apply("Ghana coach Kofi Mensah said", new Span(2, 4, "PER")));
  }

  @Test
  public void commonWordsNationalitiesCodesAndTaggedNamesStay() {
    assertEquals("PER:Barack Obama", apply("Former president Barack Obama said", new Span(2, 4, "PER")));
    assertEquals("PER:Ana Ruiz", apply("French minister Ana Ruiz said", new Span(2, 4, "PER")));
    assertEquals("PER:Ana Ruiz", apply("his T20I captain Ana Ruiz", new Span(3, 5, "PER")));
    assertEquals("ORG:Labour, PER:Keir Starmer", apply("Labour leader Keir Starmer", new Span(0, 1, "ORG"),
        new Span(2, 4, "PER")));
    // no person after the role
    assertEquals("", apply("FNSEA president said"));
  }
}
