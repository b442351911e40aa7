package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.Set;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A name that says "it" of itself ("Safaricom said on Monday it would lay fibre") is an organisation. */
public class ItSubjectsTest {
  private static String found(String sentence, Span... spans) {
    return SpanText.applied((t, sp) -> SpanSets.put(sp, ItSubjects.found(t, sp, Set.of("Smith")::contains,
        Set.of("officials")::contains)), sentence, spans);
  }

  @Test
  public void aNameThatSaysItOfItselfIsAnOrganisation() {
    assertEquals("ORG:Safaricom", found("Safaricom said on Monday it would lay fibre", new Span(0, 1, "PER")));
    assertEquals("ORG:Telstra", found("Telstra said in a statement it had installed batteries"));
    assertEquals("ORG:Euroclear", found("a spokesman said Euroclear confirmed it expects no losses"));
  }

  @Test
  public void personsPlacesLongerNamesAndDummySubjectsStay() {
    assertEquals("PER:Smith", found("Smith said it would cut the budget", new Span(0, 1, "PER")));
    assertEquals("PER:Sufianov", found("Sufianov said it was English", new Span(0, 1, "PER")));
    assertEquals("PER:Ivanov", found("Ivanov said it would be difficult", new Span(0, 1, "PER")));
    assertEquals("LOC:Russia", found("Russia said it would retaliate", new Span(0, 1, "LOC")));
    assertEquals("", found("Officials said it would reopen"));
    assertEquals("ORG:Ministry of Labour", found("the Ministry of Labour and Employment said it had formed a panel",
        new Span(1, 4, "ORG")));
  }
}
