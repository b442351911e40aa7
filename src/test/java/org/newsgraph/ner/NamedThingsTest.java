package org.newsgraph.ner;

import static org.junit.Assert.assertArrayEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** A disease named after its describer and a ship are no persons or places. */
public class NamedThingsTest {
  @Test
  public void aDiseaseNamedAfterAPersonIsNoPerson() {
    String[] t = "Mendez died of Parkinson 's disease , as Bell 's Palsy spread .".split(" ");
    Span[] in = {new Span(0, 1, "PER", 0.9), new Span(3, 4, "PER", 0.8), new Span(8, 9, "PER", 0.7)};
    assertArrayEquals(new Span[] {new Span(0, 1, "PER", 0.9)}, NamedThings.drop(t, in));
  }

  @Test
  public void aPersonBeforeAPossessiveOtherwiseStays() {
    String[] t = "He joined Mr Spenlow 's law firm and Parkinson 's team .".split(" ");
    Span[] in = {new Span(3, 4, "PER", 0.9), new Span(8, 9, "PER", 0.8)};
    assertArrayEquals(in, NamedThings.drop(t, in));
  }

  @Test
  public void aShipsNameIsNoPersonOrPlace() {
    String[] t = "The USS Ronald Reagan and HMS Queen Elizabeth left HMS Ocean in Portsmouth .".split(" ");
    Span[] in = {new Span(2, 4, "PER", 0.9), new Span(6, 8, "PER", 0.8), new Span(9, 11, "LOC", 0.7),
        new Span(12, 13, "LOC", 0.9)};
    assertArrayEquals(new Span[] {new Span(12, 13, "LOC", 0.9)}, NamedThings.drop(t, in));
  }

  @Test
  public void aLegislatorsPartyAndStateIsNoOrganisation() {
    String[] t = "Sen. Chuck Schumer , D-N.Y. , and Rep. Joe Barton , R-Texas , met the DNC .".split(" ");
    Span[] in = {new Span(1, 3, "PER", 0.9), new Span(4, 5, "ORG", 0.8), new Span(8, 10, "PER", 0.9),
        new Span(11, 12, "ORG", 0.6), new Span(15, 16, "ORG", 0.9)};
    assertArrayEquals(
        new Span[] {new Span(1, 3, "PER", 0.9), new Span(8, 10, "PER", 0.9), new Span(15, 16, "ORG", 0.9)},
        NamedThings.drop(t, in));
  }
}
