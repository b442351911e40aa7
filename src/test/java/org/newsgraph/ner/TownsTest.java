package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Set;
import opennlp.tools.util.Span;
import org.junit.Test;

/** An untagged town or region of GeoNames after "in", "from", "near" is a place. */
public class TownsTest {
  private static final Set<String> FIRST = Set.of("Victoria");
  private static final Set<String> COMMON = Set.of("mobile");

  private static String untagged(String sentence, Span... spans) {
    return SpanText.applied((t, sp) -> Towns.untagged(t, sp, FIRST::contains, COMMON::contains), sentence, spans);
  }

  @Test
  public void theTableHoldsTownsAndRegions() {
    assertTrue(Towns.isTown("Putrajaya"));
    assertTrue(Towns.isTown("Selangor"));
    assertTrue(Towns.isTown("Sao Paulo"));
  }

  @Test
  public void aTownAfterAPlacePrepositionIsAPlace() {
    assertEquals("LOC:Putrajaya", untagged("Speaking in Putrajaya later , he said"));
    assertEquals("PER:Ravi Chaudhury, LOC:Hounslow",
        untagged("Ravi Chaudhury , a fan from Hounslow , said", new Span(0, 2, "PER")));
    assertEquals("LOC:Sao Paulo", untagged("a weather service in Sao Paulo forecast frost"));
    // after a place and "and" or a comma
    assertEquals("LOC:Maribor, LOC:Ptuj", untagged("the river flows past Maribor and Ptuj", new Span(4, 5, "LOC")));
    assertEquals("PER:Maribor", untagged("the river flows past Maribor and Ptuj", new Span(4, 5, "PER")));
    // after a place's part or people and "of", not after any "of"
    assertEquals("LOC:Kasur", untagged("who visited flood-hit areas of Kasur on Tuesday"));
    assertEquals("", untagged("the son of Putrajaya"));
  }

  @Test
  public void notAFirstNameACommonWordAHeadNounOrAnElectionTitle() {
    assertEquals("", untagged("a letter from Victoria to her sister"));
    assertEquals("", untagged("shares in Mobile fell"));
    assertEquals("", untagged("a ban on meetings in University"));
    assertEquals("", untagged("elected in 1978 United States Senate election in Montana"));
    // a longer capitalised run is not the town alone, and a tagged name stays
    assertEquals("", untagged("the office in Putrajaya Sentral"));
    assertEquals("", untagged("an aide in New York City Council offices"));
    assertEquals("ORG:Putrajaya", untagged("a stake in Putrajaya , the firm", new Span(3, 4, "ORG")));
  }
}
