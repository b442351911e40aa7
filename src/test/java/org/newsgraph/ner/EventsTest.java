package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.Test;

/** Sports events are no names, nor are the places, bodies and persons they are named after. */
public class EventsTest {
  private static final SpanText.Rule EVENTS = (t, spans) -> Events.drop(List.<String[]>of(t), List.<Span[]>of(spans)).get(0);

  @Test
  public void placesAndBodiesInsideAnEventGo() {
    assertEquals("PER:Pete Sampras", SpanText.applied(EVENTS, "Pete Sampras won the U.S. Open on Sunday",
        new Span(0, 2, "PER"), new Span(4, 6, "ORG")));
    assertEquals("PER:Damon Hill, LOC:Germany",
        SpanText.applied(EVENTS, "Damon Hill won the Monaco Grand Prix ahead of Michael Schumacher of Germany",
            new Span(0, 2, "PER"), new Span(4, 5, "LOC"), new Span(12, 13, "LOC")));
    assertEquals("ORG:Bayern Munich", SpanText.applied(EVENTS, "Bayern Munich reached the UEFA Cup final",
        new Span(0, 2, "ORG"), new Span(4, 5, "ORG")));
    assertEquals("LOC:Nigeria", SpanText.applied(EVENTS, "Nigeria will host the Africa Cup of Nations",
        new Span(0, 1, "LOC"), new Span(4, 8, "ORG")));
    assertEquals("", SpanText.applied(EVENTS, "He won the Tour de France and the Tour of Spain",
        new Span(5, 6, "LOC"), new Span(10, 11, "LOC")));
    assertEquals("LOC:New Zealand", SpanText.applied(EVENTS, "New Zealand won the America 's Cup",
        new Span(0, 2, "LOC"), new Span(4, 5, "LOC")));
    assertEquals("", SpanText.applied(EVENTS, "She won the Boston Marathon", new Span(3, 5, "LOC")));
  }

  @Test
  public void fairsFestivalsPrizesAndTheOlympicsAreEventsToo() {
    assertEquals("PER:Mohamed", SpanText.applied(EVENTS, "Mohamed was a guest at the Google Science Fair",
        new Span(0, 1, "PER"), new Span(6, 9, "ORG")));
    assertEquals("", SpanText.applied(EVENTS, "It premiered at the Rhode Island International Film Festival",
        new Span(4, 6, "LOC")));
    assertEquals("", SpanText.applied(EVENTS, "she won the Lindsey Morris Prize", new Span(3, 5, "PER")));
    assertEquals("", SpanText.applied(EVENTS, "before the Atlanta Olympics", new Span(2, 3, "LOC")));
    assertEquals("", SpanText.applied(EVENTS, "a gold medal at the Paris Exposition", new Span(5, 7, "LOC")));
    // a company named with "Games"; a magazine the actor dictionary knows
    assertEquals("ORG:Epic Games", SpanText.applied(EVENTS, "Epic Games said", new Span(0, 2, "ORG")));
    assertEquals("ORG:Vanity Fair", SpanText.applied(EVENTS, "an editor at Vanity Fair", new Span(3, 5, "ORG")));
  }

  @Test
  public void treatiesNamedAfterAPlace() {
    assertEquals("LOC:France", SpanText.applied(EVENTS, "France will meet the Maastricht treaty 's criteria",
        new Span(0, 1, "LOC"), new Span(4, 5, "LOC")));
    assertEquals("", SpanText.applied(EVENTS, "under the Kyoto Protocol and the Treaty of Rome",
        new Span(2, 3, "LOC"), new Span(8, 9, "LOC")));
    // an organisation's treaty names the organisation
    assertEquals("ORG:NATO", SpanText.applied(EVENTS, "Article 5 of the NATO treaty", new Span(4, 5, "ORG")));
  }

  @Test
  public void namesBesideAnEventStay() {
    // a person's possessive before an event: "Park 's World Cup matches"
    assertEquals("PER:Park", SpanText.applied(EVENTS, "photos of Park 's World Cup goals", new Span(2, 3, "PER")));
    // "Open" or "Cup" inside a longer name is no event's closing word
    assertEquals("ORG:Open Society Foundations",
        SpanText.applied(EVENTS, "the Open Society Foundations said", new Span(1, 4, "ORG")));
    // a span that reaches outside the event stays
    assertEquals("PER:Graf", SpanText.applied(EVENTS, "Graf won in Hamburg", new Span(0, 1, "PER")));
    assertEquals("LOC:Germany, LOC:Russia",
        SpanText.applied(EVENTS, "Germany beat Russia in the Davis Cup", new Span(0, 1, "LOC"), new Span(2, 3, "LOC")));
  }
}
