package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A wire story's dateline ("JERUSALEM 1996-09-02") names places. */
public class DatelinesTest {
  @Test
  public void aDatelineIsPlacesAndADate() {
    assertTrue(Datelines.isDateline("Jerusalem 1996-09-02".split(" ")));
    assertTrue(Datelines.isDateline("AKRON , Ohio 1996-08-23".split(" ")));
    assertFalse(Datelines.isDateline("Leeds won on 1996-08-23".split(" ")));
    assertFalse(Datelines.isDateline("Jerusalem , 1996-09-02".split(" ")));
    assertFalse(Datelines.isDateline("Results on Saturday".split(" ")));
  }

  @Test
  public void itsPartsArePlacesWhateverTheModelSaid() {
    List<String[]> doc = List.of("AKRON , Ohio 1996-08-23".split(" "), "Jerusalem 1996-09-02".split(" "),
        "Leeds beat Chelsea".split(" "));
    List<Span[]> spans = new ArrayList<>(List.of(new Span[] {new Span(0, 1, "ORG", 0.7)}, new Span[0],
        new Span[] {new Span(0, 1, "ORG"), new Span(2, 3, "ORG")}));
    List<Span[]> out = Datelines.places(doc, spans);
    assertEquals("LOC:AKRON, LOC:Ohio", SpanText.of(doc.get(0), out.get(0)));
    assertEquals(0.7, out.get(0)[0].getProb(), 0);
    assertEquals("LOC:Jerusalem", SpanText.of(doc.get(1), out.get(1)));
    assertEquals("ORG:Leeds, ORG:Chelsea", SpanText.of(doc.get(2), out.get(2)));
  }

  @Test
  public void aStoryOpeningWithItsDatelineAndAgency() {
    String[] ap = "AUSTIN , Texas ( AP ) — A federal judge in Austin blocked the law".split(" ");
    assertEquals("LOC:AUSTIN, LOC:Texas, ORG:AP, LOC:Austin", SpanText.of(ap, Datelines.places(List.<String[]>of(ap),
        new ArrayList<>(List.<Span[]>of(new Span[] {new Span(0, 1, "ORG"), new Span(11, 12, "LOC")}))).get(0)));
    String[] reuters = "LONDON , March 3 ( Reuters ) - Oil prices rose".split(" ");
    assertEquals("LOC:LONDON, ORG:Reuters", SpanText.of(reuters, Datelines.places(List.<String[]>of(reuters),
        new ArrayList<>(List.<Span[]>of(new Span[0]))).get(0)));
    // a place whose hyphen the tokens split off; the story starts after the dash
    String[] afp = "SAINT - DENIS , France , July 12 ( AFP ) - Zinedine Zidane scored".split(" ");
    assertEquals("LOC:SAINT - DENIS, LOC:France, ORG:AFP", SpanText.of(afp, Datelines.places(List.<String[]>of(afp),
        new ArrayList<>(List.<Span[]>of(new Span[0]))).get(0)));
    assertEquals(12, Datelines.storyStart(afp));
    assertEquals(0, Datelines.storyStart("Zinedine Zidane scored".split(" ")));
    assertEquals(-1, Datelines.opening("Mr Smith ( Labour ) - said".split(" ")));
    assertEquals(-1, Datelines.opening("LONDON is ( sometimes ) - rainy".split(" ")));
  }

  @Test
  public void aStoryOpeningWithItsDatelineAndADash() {
    String[] ottawa = "OTTAWA — Mark Carney was sworn in".split(" ");
    assertEquals("LOC:OTTAWA, PER:Mark Carney", SpanText.of(ottawa, Datelines.places(List.<String[]>of(ottawa),
        new ArrayList<>(List.<Span[]>of(new Span[] {new Span(0, 1, "ORG"), new Span(2, 4, "PER")}))).get(0)));
    String[] delhi = "NEW DELHI , May 10 - India and Pakistan agreed".split(" ");
    assertEquals(5, Datelines.dashOpening(delhi));
    assertEquals(1, Datelines.dashOpening("MUMBAI : The civic body began".split(" ")));
    // a line of its own
    assertEquals(3, Datelines.dashOpening("OAKLAND , Calif. —".split(" ")));
    // a headline's slug, a position before a name, a note: no openings
    assertEquals(-1, Datelines.dashOpening("SOCCER - JAPAN GET LUCKY WIN".split(" ")));
    assertEquals(-1, Datelines.dashOpening("WR Nathan Stewart - Sr".split(" ")));
    assertEquals(-1, Datelines.dashOpening("NATO Secretary-General - Mark Rutte".split(" ")));
    assertEquals(-1, Datelines.dashOpening("PLEASE NOTE : The office is closed".split(" ")));
  }
}
