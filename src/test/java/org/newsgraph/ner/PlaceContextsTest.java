package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.Set;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A person right after "city of" or "in" is a place. */
public class PlaceContextsTest {
  private static String typed(String sentence, Span... spans) {
    return SpanText.applied((t, s) -> {
      PlaceContexts.apply(t, s, Set.of("Karen")::contains, new java.util.ArrayList<>());
      return s;
    }, sentence, spans);
  }

  /** The places the document then means in all their mentions. */
  private static String sure(String sentence, Span... spans) {
    return SpanText.collected((t, sp, sure) -> PlaceContexts.apply(t, sp, Set.of("Karen")::contains, sure), sentence,
        spans);
  }

  @Test
  public void aKindOrADistanceMakesThePlaceSureForTheDocument() {
    assertEquals("LOC:Lavina", sure("the former village of Lavina", new Span(4, 5, "PER")));
    assertEquals("LOC:Tver", sure("20 km north of Tver", new Span(4, 5, "PER")));
    assertEquals("LOC:Kampong Tungku", sure("Kampong Tungku is a village", new Span(0, 2, "PER")));
    // "in" alone, "state of", a name cut at an apostrophe: the sentence's place, not the document's
    assertEquals("", sure("he died in Bosa .", new Span(3, 4, "PER")));
    assertEquals("", sure("the parlous state of Talcott and Kimmer 's marriage", new Span(4, 5, "PER")));
    assertEquals("LOC:James", typed("the town of James ' Mills", new Span(3, 4, "PER")));
    assertEquals("", sure("the town of James ' Mills", new Span(3, 4, "PER")));
  }

  @Test
  public void wherePeopleComeFromIsAPlace() {
    assertEquals("LOC:Ruhengeri", typed("Jean , a 34-year-old schoolteacher from Ruhengeri , said",
        new Span(6, 7, "PER")));
    assertEquals("LOC:Sai Kung", sure("Chan , a father of three from Sai Kung , showed", new Span(7, 9, "PER")));
    // a birthplace: "born at", "born in", "native of"
    assertEquals("LOC:Cromarty", sure("He was born at Cromarty on the Black Isle", new Span(4, 5, "PER")));
    assertEquals("LOC:Glen Osmond", sure("Gill was born in Glen Osmond the son of", new Span(4, 6, "PER")));
    assertEquals("LOC:Apex", sure("Griffin is a native of Apex , North Carolina", new Span(5, 6, "PER")));
    assertEquals("LOC:Dingwall", SpanText.of("a daughter born in Dingwall".split(" "),
        PlaceContexts.untagged("a daughter born in Dingwall".split(" "), new Span[0])));
    assertEquals("LOC:Marlow", SpanText.of("a 24-year-old from Marlow".split(" "),
        PlaceContexts.untagged("a 24-year-old from Marlow".split(" "), new Span[0])));
    // descent, a letter, a date: no place
    assertEquals("PER:Joachim Poschinger", typed("a family descended from Joachim Poschinger",
        new Span(4, 6, "PER")));
    assertEquals("", SpanText.of("open to residents from April".split(" "),
        PlaceContexts.untagged("open to residents from April".split(" "), new Span[0])));
  }

  @Test
  public void aPersonAfterCityOfOrInIsAPlace() {
    assertEquals("LOC:Kobe", typed("the port city of Kobe", new Span(4, 5, "PER")));
    assertEquals("LOC:Khan Younis", typed("shortages in the town of Khan Younis", new Span(5, 7, "PER")));
    assertEquals("LOC:Bosa", typed("he died in Bosa .", new Span(3, 4, "PER")));
  }

  @Test
  public void aPersonAfterAnUntaggedPlacesWordIsThatPlace() {
    assertEquals("LOC:Estádio da Luz", typed("after the Estádio da Luz and", new Span(4, 5, "PER")));
    assertEquals("LOC:Teatro Carlo Felice", typed("at the Teatro Carlo Felice", new Span(3, 5, "PER")));
    assertEquals("LOC:Schloss Babenhausen", sure("Lord of Schloss Babenhausen", new Span(3, 4, "PER")));
    // a place's word inside another name stays out
    assertEquals("ORG:Teatro Real, PER:Ana Ruiz", typed("the Teatro Real Ana Ruiz", new Span(1, 3, "ORG"),
        new Span(3, 5, "PER")));
  }

  @Test
  public void aPersonOpenedByAPlacesWordIsAPlace() {
    assertEquals("LOC:Kampong Tungku", typed("Kampong Tungku is a village", new Span(0, 2, "PER")));
    assertEquals("LOC:Rue Octavio Mey", typed("the office on Rue Octavio Mey", new Span(3, 6, "PER")));
    assertEquals("LOC:Wadi Barada", typed("fighting in Wadi Barada continued", new Span(2, 4, "PER")));
    // not "Monte", "Villa", which open persons' names too; not one word alone
    assertEquals("PER:Monte Buchsbaum", typed("Monte Buchsbaum said", new Span(0, 2, "PER")));
    assertEquals("PER:Cape", typed("Cape said", new Span(0, 1, "PER")));
  }

  @Test
  public void personsStay() {
    // a given name, a possessive, a longer name, two words after "in"
    assertEquals("PER:Karen", typed("she starred in Karen .", new Span(3, 4, "PER")));
    assertEquals("PER:Trump", typed("in Trump 's view", new Span(1, 2, "PER")));
    assertEquals("PER:Jones", typed("in Jones Day", new Span(1, 2, "PER")));
    assertEquals("PER:Stan Driver", typed("a role in Stan Driver", new Span(3, 5, "PER")));
  }

  @Test
  public void anUntaggedNameAfterVillageOfIsAPlace() {
    assertEquals("LOC:Legrad", SpanText.applied((t, sp) -> PlaceContexts.untagged(t, sp),
        "joins it near the Croatian village of Legrad ."));
    assertEquals("", SpanText.applied((t, sp) -> PlaceContexts.untagged(t, sp),
        "the horse reaches the city of King Hansadhwaja ."));
    assertEquals("ORG:Legrad Council", SpanText.applied((t, sp) -> PlaceContexts.untagged(t, sp),
        "the village of Legrad Council", new Span(3, 5, "ORG")));
    // a distance and a direction: "6 kilometres south-east of", not a direction alone ("east of Eden" is a title)
    assertEquals("LOC:Stromiec, LOC:Tver", SpanText.applied((t, sp) -> PlaceContexts.untagged(t, sp),
        "6 kilometres south-east of Stromiec and 20 km north of Tver ."));
    assertEquals("", SpanText.applied((t, sp) -> PlaceContexts.untagged(t, sp), "the film east of Eden ."));
  }
}
