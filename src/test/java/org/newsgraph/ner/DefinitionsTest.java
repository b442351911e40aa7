package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.Span;
import org.junit.Test;

/** An encyclopedia's "X is a village in ..." types X by the kind it names. */
public class DefinitionsTest {
  private static final Set<String> COMMON = Set.of("it", "this", "he");

  private static String apply(String sentence, Span... spans) {
    return SpanText.applied((t, sp) -> SpanSets.put(sp, Definitions.defined(t, sp, COMMON::contains)), sentence,
        spans);
  }

  @Test
  public void aPlaceOrAnOrganisationByItsKind() {
    assertEquals("LOC:Lenwick", apply("Lenwick is a small market town and civil parish in the Eden Valley"));
    assertEquals("ORG:Nordhavn Marine Systems A/S",
        apply("Nordhavn Marine Systems A/S is a Danish manufacturer of propulsion equipment"));
    // the model's person is retyped; a bracket may stand before the verb; a leading "The" is no part of the name
    assertEquals("ORG:Arcadea, LOC:Atlanta",
        apply("Arcadea is an American rock band from Atlanta", new Span(0, 1, "PER"), new Span(7, 8, "LOC")));
    assertEquals("LOC:Ortaköy", apply("Ortaköy ( Kurdish : Xozat ) is a village in Turkey"));
    assertEquals("ORG:Adelaide Times", apply("The Adelaide Times was a daily newspaper in South Australia"));
    assertEquals("ORG:Investigation Discovery", apply("Investigation Discovery is an American television channel ."));
    assertEquals("ORG:Salt Harbour", apply("Salt Harbour are an English rock band formed in Sheffield",
        new Span(0, 2, "LOC")));
  }

  @Test
  public void notPersonsTradesPronounsOrKindsRunningOn() {
    assertEquals("PER:Max Ratner", apply("Max Ratner was an American real estate developer", new Span(0, 2, "PER")));
    assertEquals("", apply("It is a town in Kent"));
    assertEquals("PER:Smith", apply("Smith is a town councillor in Kent", new Span(0, 1, "PER")));
    assertEquals("PER:Smith", apply("Smith is a member of the band", new Span(0, 1, "PER")));
    // a span over part of the subject is left as it is
    assertEquals("LOC:Salt Museum", apply("Anchovy and Salt Museum is a museum in the town", new Span(2, 4, "LOC")));
  }

  @Test
  public void aDefinedNameTakesItsTypeInTheWholeDocument() {
    List<String[]> doc = List.of("Lenwick is twinned with Brehal".split(" "), "Lenwick - based Smith said".split(" "),
        "Pezani said it was profitable".split(" "));
    List<Span[]> spans = List.of(new Span[] {new Span(0, 1, "PER"), new Span(4, 5, "LOC")},
        new Span[] {new Span(0, 1, "PER"), new Span(3, 4, "PER")}, new Span[] {new Span(0, 1, "PER")});
    // "Lenwick" by a definition, "Pezani" by an appositive, elsewhere in the document
    List<Span[]> out = Definitions.throughDocument(doc, spans, Map.of("Lenwick", "LOC", "Pezani", "ORG"));
    assertEquals("LOC:Lenwick, LOC:Brehal", SpanText.of(doc.get(0), out.get(0)));
    assertEquals("LOC:Lenwick, PER:Smith", SpanText.of(doc.get(1), out.get(1)));
    assertEquals("ORG:Pezani", SpanText.of(doc.get(2), out.get(2)));
  }
}
