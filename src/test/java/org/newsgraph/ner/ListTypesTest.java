package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.Set;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A one-word person in a list of places or organisations takes their type. */
public class ListTypesTest {
  private static final Set<String> GIVEN = Set.of("Alexandra", "Hardik");

  private static String listed(String sentence, Span... spans) {
    return SpanText.applied((t, s) -> {
      ListTypes.apply(t, s, GIVEN::contains);
      return s;
    }, sentence, spans);
  }

  private static String added(String sentence, Span... spans) {
    return SpanText.applied((t, s) -> ListTypes.untagged(t, s, Set.of("world", "war")::contains,
        Set.of("Kurdish")::contains, Set.of("Piaggio", "Carmen")::contains), sentence, spans);
  }

  @Test
  public void namesTheModelLeftOutOfAListOfPlacesArePlaces() {
    assertEquals("LOC:Murwillumbah, LOC:Kyogle, LOC:Coraki", added("flooding in Murwillumbah , Kyogle and Coraki , where",
        new Span(2, 3, "LOC")));
    assertEquals("LOC:Vucitrn, LOC:Podujevo", added("shelling near Vucitrn and Podujevo overnight",
        new Span(2, 3, "LOC")));
    assertEquals("LOC:Riyadh, LOC:Jeddah, LOC:Dammam", added("live in Riyadh , Jeddah , or Dammam .",
        new Span(2, 3, "LOC"), new Span(4, 5, "LOC")));
    assertEquals("LOC:Murwillumbah, LOC:Kyogle, LOC:Coraki",
        added("low-lying parts of Murwillumbah , Kyogle and Coraki", new Span(3, 4, "LOC")));
    // one place and no preposition of place; a person or organisation in the list; words no place has
    assertEquals("LOC:Paris", added("Paris and Kyogle said", new Span(0, 1, "LOC")));
    assertEquals("LOC:Jaffna, PER:Ann", added("in Jaffna , Ann and Kyogle", new Span(1, 2, "LOC"),
        new Span(3, 4, "PER")));
    assertEquals("LOC:Madras", added("from Madras and Piaggio", new Span(1, 2, "LOC")));
    assertEquals("LOC:Madras", added("from Madras and HKD", new Span(1, 2, "LOC")));
    assertEquals("LOC:Madras", added("from Madras and World War", new Span(1, 2, "LOC")));
  }

  @Test
  public void aPersonAmongPlacesIsAPlace() {
    assertEquals("LOC:Soweto, LOC:Umlazi, LOC:Katlehong", listed("in Soweto , Umlazi and Katlehong",
        new Span(1, 2, "LOC"), new Span(3, 4, "LOC"), new Span(5, 6, "PER")));
    assertEquals("ORG:Akbank, ORG:Isbank, ORG:Garanti", listed("Akbank , Isbank or Garanti fell",
        new Span(0, 1, "ORG"), new Span(2, 3, "PER"), new Span(4, 5, "ORG")));
    // two names after a preposition of place
    assertEquals("LOC:Arequipa, LOC:Tutuka", listed("from Arequipa and Tutuka",
        new Span(1, 2, "LOC"), new Span(3, 4, "PER")));
  }

  @Test
  public void otherListsStay() {
    // a given name; an apposition after a comma; two names without a preposition of place; a mixed list
    assertEquals("LOC:Soweto, LOC:Umlazi, PER:Alexandra", listed("in Soweto , Umlazi and Alexandra",
        new Span(1, 2, "LOC"), new Span(3, 4, "LOC"), new Span(5, 6, "PER")));
    assertEquals("LOC:Paris, LOC:Lyon, PER:Hidalgo", listed("mayors of Paris , Lyon , Hidalgo",
        new Span(2, 3, "LOC"), new Span(4, 5, "LOC"), new Span(6, 7, "PER")));
    assertEquals("LOC:Paris, PER:Hidalgo", listed("Paris and Hidalgo agreed",
        new Span(0, 1, "LOC"), new Span(2, 3, "PER")));
    assertEquals("LOC:Sudan, ORG:UN, PER:Burhan", listed("Sudan , UN and Burhan",
        new Span(0, 1, "LOC"), new Span(2, 3, "ORG"), new Span(4, 5, "PER")));
  }
}
